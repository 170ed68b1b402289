// Renstra program tree (program.yaml): a program's `sasaran` and the sub kegiatan of `program_prioritas` name ids
// that exist, so the teknik-merumuskan and priority tables never print an unknown reference.
import { locOf, type Content } from '../build-content.ts';
import { diag, type Diagnostic } from '../diagnostics.ts';

export function checkRenstraProgram(c: Content): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [periode, files] of c.renstraDok) {
    const p = files.program;
    if (!p) continue;
    const sasaran = new Set(c.renstra.get(periode)?.value.tujuan.flatMap((t) => t.sasaran.map((s) => s.id)) ?? []);
    const sub = new Set<string>();
    p.value.urusan.forEach((u, i) => u.program.forEach((g, j) => {
      if (g.sasaran && !sasaran.has(g.sasaran)) out.push(diag('ID_TIDAK_DIKENAL', locOf(p, 'urusan', i, 'program', j, 'sasaran'), `sasaran "${g.sasaran}" tidak ada di renstra ${periode}`));
      for (const k of g.kegiatan ?? []) for (const s of k.sub_kegiatan ?? []) sub.add(s.id);
    }));
    p.value.program_prioritas.forEach((x, i) => x.sub_kegiatan.forEach((id, j) => {
      if (!sub.has(id)) out.push(diag('ID_TIDAK_DIKENAL', locOf(p, 'program_prioritas', i, 'sub_kegiatan', j), `sub kegiatan "${id}" tidak ada di pohon program renstra ${periode}`));
    }));
  }
  return out;
}
