// Budget tree: a parent printed with an amount must equal its children's sum; a leaf needs an amount.
import { pohonAnggaran, type Simpul } from '../../compute/anggaran.ts';
import { D, sum, teksUang } from '../../compute/decimal.ts';
import { uang } from '../../format/angka.ts';
import { locOf, type Content } from '../build-content.ts';
import { diag, type Diagnostic } from '../diagnostics.ts';

export function checkAnggaran(c: Content): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const file of c.anggaran.values()) {
    const pohon = pohonAnggaran(file.value);
    const seen = new Set<string>();
    const visit = (n: Simpul) => {
      const at = (...k: PropertyKey[]) => locOf({ src: file.src, path: n.path }, ...k);
      if (seen.has(n.id)) out.push(diag('ID_DUPLIKAT', at('id'), `id anggaran "${n.id}" dipakai lebih dari sekali`));
      seen.add(n.id);
      if (n.anak.length && n.paguTertulis !== undefined && !n.pagu.eq(n.paguTertulis)) {
        const selisih = n.pagu.minus(n.paguTertulis);
        out.push(diag('ANGGARAN_INDUK_SELISIH', at('pagu'),
          `pagu ${n.tingkat.replace('_', ' ')} "${n.nama}" tertulis ${uang(n.paguTertulis)}, jumlah rinciannya ${uang(teksUang(n.pagu))} (selisih ${uang(teksUang(selisih))})`));
      }
      if (!n.anak.length && n.paguTertulis === undefined) out.push(diag('ANGGARAN_DAUN_KOSONG', at('id'), `"${n.nama}" tidak memiliki rincian maupun pagu`));
      // the four quarters of a leaf's budget realisation must add up to its annual realisation
      const tw = n.realisasiTriwulan;
      if (!n.anak.length && tw?.length === 4 && n.realisasi) {
        const jumlah = sum(tw.map((x) => new D(x)));
        if (!jumlah.eq(n.realisasi)) out.push(diag('REALISASI_TRIWULAN_BEDA', at('realisasi_anggaran_triwulan'), `realisasi anggaran TW I–IV "${n.nama}" berjumlah ${uang(teksUang(jumlah))}, realisasi anggaran tahunan ${uang(teksUang(n.realisasi))}`));
      }
      n.anak.forEach(visit);
    };
    pohon.program.forEach(visit);
  }
  return out;
}
