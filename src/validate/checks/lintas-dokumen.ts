// Cross-document checks: PK against Renstra/IKU (targets, indicators, budgets), wording, Renstra tables.
import { pohonAnggaran } from '../../compute/anggaran.ts';
import { samaTarget } from '../../compute/capaian.ts';
import { D, teksUang } from '../../compute/decimal.ts';
import { pohonRenstra, type SimpulRenstra } from '../../compute/renstra-program.ts';
import { koma, uang } from '../../format/angka.ts';
import { locOf, type Content } from '../build-content.ts';
import { diag, type Diagnostic } from '../diagnostics.ts';

const id = koma;
/** An indicator's wording compared without case, punctuation or spacing. */
export const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

export function checkLintasDokumen(c: Content): Diagnostic[] {
  const out: Diagnostic[] = [];
  const renstraTahun = (tahun: number) => [...c.renstra].filter(([, r]) => r.value.periode.awal <= tahun && tahun <= r.value.periode.akhir);
  for (const pk of c.pk) {
    const tahun = pk.front.tahun;
    const kepala = c.jabatan.get(pk.front.pihak_pertama)?.value.jenis === 'kepala_opd';
    pk.front.sasaran.forEach((s, i) => s.indikator.forEach((ind, k) => {
      for (const [periode, r] of renstraTahun(tahun)) {
        const hit = r.value.tujuan.flatMap((t, ti) => t.sasaran.flatMap((ss, si) => ss.iku.map((x, xi) => ({ x, path: ['tujuan', ti, 'sasaran', si, 'iku', xi] as PropertyKey[] })))).find((h) => h.x.ref === ind.ref);
        const at = locOf(pk, 'sasaran', i, 'indikator', k, 'target');
        if (!hit) {
          if (kepala) out.push(diag('LINTAS_INDIKATOR', locOf(pk, 'sasaran', i, 'indikator', k, 'ref'), `indikator "${c.indikator.get(ind.ref)?.value.nama ?? ind.ref}" (target ${id(ind.target.nilai)}) tidak ada sebagai IKU di Renstra ${periode} (${r.src.file})`));
          continue;
        }
        const t = hit.x.target[String(tahun)];
        if (t !== undefined && !samaTarget(t, ind.target.nilai)) {
          const rl = locOf({ src: r.src, path: hit.path }, 'target');
          out.push(diag('LINTAS_TARGET', at, `target ${tahun} "${c.indikator.get(ind.ref)?.value.nama ?? ind.ref}" di PK ${id(ind.target.nilai)}, di Renstra ${periode} ${id(t)} (${rl.file}:${rl.line})`));
        }
      }
    }));
  }
  // Renstra's own tables: Tabel 3.2 (target) against Tabel 4.5 (target_tabel_4_5)
  for (const [periode, r] of c.renstra) r.value.tujuan.forEach((t, ti) => t.sasaran.forEach((s, si) => s.iku.forEach((x, xi) => {
    for (const [y, v] of Object.entries(x.target_tabel_4_5 ?? {})) {
      if (x.target[y] !== undefined && !samaTarget(x.target[y], v)) {
        out.push(diag('RENSTRA_TABEL_BEDA', locOf(r, 'tujuan', ti, 'sasaran', si, 'iku', xi, 'target_tabel_4_5', y), `Renstra ${periode}: target ${y} "${c.indikator.get(x.ref)?.value.nama ?? x.ref}" ${id(x.target[y])} pada tabel tujuan/sasaran, ${id(v)} pada tabel IKU`));
      }
    }
  })));
  // budgets: the year's budget tree (DPA/PK) against the Renstra's indicative pagu of that year
  for (const [periode, d] of c.renstraDok) {
    if (!d.program) continue;
    const rp = pohonRenstra(d.program.value);
    const byId = new Map<string, SimpulRenstra>();
    const walk = (n: SimpulRenstra) => { if (n.id) byId.set(n.id, n); n.anak.forEach(walk); };
    rp.urusan.forEach(walk);
    rp.tahun.forEach((tahun, yi) => {
      const tree = c.anggaran.get(tahun);
      if (!tree) return;
      const pohon = pohonAnggaran(tree.value);
      if (!pohon.total.eq(rp.total[yi])) {
        out.push(diag('LINTAS_ANGGARAN', locOf(tree, 'program'), `jumlah pagu program ${tahun} ${uang(teksUang(pohon.total))} (anggaran ${tahun}), jumlah pagu indikatif Renstra ${periode} ${uang(teksUang(rp.total[yi]))} (${d.program!.src.file})`));
      }
      pohon.program.forEach((p, i) => {
        const rn = byId.get(p.id);
        const rpagu = rn?.pagu[yi];
        if (rpagu && !rpagu.eq(p.pagu)) out.push(diag('LINTAS_ANGGARAN', locOf(tree, 'program', i, 'id'), `pagu ${tahun} "${p.nama}" ${uang(teksUang(p.pagu))}, di Renstra ${periode} ${uang(teksUang(rpagu))}`));
        // wording of the program's outcome indicator between the LKIP/DPA tree and the Renstra
        const a = p.indikator[0]?.nama;
        const b = rn?.raw.indikator?.[0]?.nama;
        if (a && b && norm(a) !== norm(b)) out.push(diag('LINTAS_RUMUSAN', locOf(tree, 'program', i, 'indikator', 0, 'nama'), `indikator program "${p.nama}": "${a}" di anggaran ${tahun}, "${b}" di Renstra ${periode}`));
      });
    });
  }
  return out;
}
