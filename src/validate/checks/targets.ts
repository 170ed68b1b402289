// The same indicator carried by two PKs of one year (one cascade) with different targets: a warning naming both.
import { samaTarget } from '../../compute/capaian.ts';
import { locOf, type Content } from '../build-content.ts';
import { diag, type Diagnostic, type Location } from '../diagnostics.ts';
import { koma } from '../../format/angka.ts';

export function checkTargets(c: Content): Diagnostic[] {
  const out: Diagnostic[] = [];
  const first = new Map<string, { target: string; loc: Location; slug: string }>();
  for (const pk of c.pk) {
    pk.front.sasaran.forEach((s, i) => s.indikator.forEach((ind, k) => {
      const key = `${pk.front.tahun}/${ind.ref}`;
      const loc = locOf(pk, 'sasaran', i, 'indikator', k, 'target');
      const prev = first.get(key);
      if (!prev) { first.set(key, { target: ind.target.nilai, loc, slug: pk.slug }); return; }
      // numbers compare by value (80 = 80,00), ranges by their bounds, words of a scale as written
      if (prev.slug !== pk.slug && !samaTarget(prev.target, ind.target.nilai)) {
        out.push(diag('TARGET_BERBEDA', loc, `indikator "${ind.ref}" bertarget ${koma(ind.target.nilai)} di sini, tetapi ${koma(prev.target)} di ${prev.loc.file}:${prev.loc.line}`));
      }
    }));
  }
  return out;
}
