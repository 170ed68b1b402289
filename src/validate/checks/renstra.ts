// Renstra files: indicator references exist; tujuan/sasaran ids are unique across all Renstra periods.
import { locOf, type Content } from '../build-content.ts';
import { diag, type Diagnostic, type Location } from '../diagnostics.ts';
import { checkRenstraProgram } from './renstra-program.ts';

export function checkRenstra(c: Content): Diagnostic[] {
  const out: Diagnostic[] = checkRenstraProgram(c);
  const seen = new Map<string, Location>();
  for (const [periode, r] of c.renstra) {
    r.value.tujuan.forEach((t, i) => {
      const ids: [string, Location][] = [[t.id, locOf(r, 'tujuan', i, 'id')], ...t.sasaran.map((s, j) => [s.id, locOf(r, 'tujuan', i, 'sasaran', j, 'id')] as [string, Location])];
      for (const [id, loc] of ids) {
        const prev = seen.get(id);
        if (prev) out.push(diag('ID_DUPLIKAT', loc, `id "${id}" sudah dipakai di ${prev.file}:${prev.line}`));
        else seen.set(id, loc);
      }
      t.sasaran.forEach((s, j) => s.iku.forEach((k, m) => {
        if (!c.indikator.has(k.ref)) out.push(diag('ID_TIDAK_DIKENAL', locOf(r, 'tujuan', i, 'sasaran', j, 'iku', m, 'ref'), `indikator "${k.ref}" (renstra ${periode}) tidak ada di katalog indikator`));
      }));
    });
  }
  for (const [periode, d] of c.iku) {
    if (!c.renstra.has(d.front.renstra)) out.push(diag('ID_TIDAK_DIKENAL', locOf(d, 'renstra'), `renstra ${d.front.renstra} tidak ada (IKU ${periode})`));
  }
  return out;
}
