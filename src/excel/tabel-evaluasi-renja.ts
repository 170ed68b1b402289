// Evaluasi terhadap hasil Renja (Permendagri 86/2017 form, landscape): the three header rows of the form (K/Rp
// pairs under columns 6–15, "Realisasi Kinerja pada Triwulan" over I–IV) and the column-number row; per indicator
// row the K and Rp figures (numbers as numbers, targets written as ranges or words as text, "-" when absent; a
// node's Rp only on its first indicator row); the mean and predikat rows; the prose rows.
import type { EvaluasiRenjaView } from '../jenis/evaluasi-renja/hitung.ts';
import { kepala, nilai, teks, uang, type Sel, type Tabel } from './tabel.ts';

/** One figure of the form ({nilai, desimal, target} as the view gives it). */
type Angka = { nilai: string; desimal: number; target: { nilai: string; desimal: number } | '' } | undefined;
const sel = (x: unknown, o: Partial<Sel> = {}): Sel => {
  const a = x as Angka;
  if (!a) return teks('-', o);
  if (a.target) return nilai(a.target, o);
  return nilai({ nilai: a.nilai, desimal: a.desimal }, o);
};
/** A rupiah figure of the form (stored as money, sen shown when present); blank on a node's later indicator rows. */
const rp = (x: unknown, ada: boolean): Sel => (!ada ? teks('') : x ? uang((x as NonNullable<Angka>).nilai) : teks('-'));

export function tabelEvaluasiRenja(v: EvaluasiRenjaView): Tabel[] {
  const tiga = (s: string): [string, number, number] => [s, 1, 3];
  const pasang = (s: string): [string, number, number] => [s, 2, 2];
  const sd = v.tahunan ? '' : ` s.d. TW ${v.triwulanRomawi}`;
  const kr = Array.from({ length: 10 }, () => ['K', 'Rp']).flat();
  const nomor = [...['1', '2', '3', '4', '5'].map((s) => teks(s)), ...['6', '7', '8', '9', '10', '11', '12', '13 = 9 s.d. 12*', '14 = 7 + 13', '15 = 14 / 6 × 100'].map((s) => teks(s, { colspan: 2 })), teks('16')];
  type Baris = { no: string; sasaran: string; kode: string; nama: string; tebal: boolean; indikator: string; rp: boolean; unit: string; tw: { k: unknown; rp: unknown }[] } & Record<string, unknown>;
  const judul = `Evaluasi terhadap Hasil Renja ${v.instansi} ${v.tahunan ? `Tahun ${v.tahun}` : `Triwulan ${v.triwulanRomawi} Tahun ${v.tahun}`} (Renstra ${v.periode})`;
  return [{
    nama: 'Evaluasi Renja', lanskap: true, judul,
    kepala: [
      kepala(tiga('No'), tiga('Sasaran'), tiga('Kode'), tiga('Urusan/Program/Kegiatan/Sub Kegiatan'), tiga('Indikator Kinerja Program (Outcome)/Kegiatan (Output)'),
        pasang(`Target Renstra Akhir Periode (${v.akhir})`), pasang(`Realisasi Renstra s.d. ${v.tahunLalu}`), pasang(`Target Renja Tahun ${v.tahun}`),
        ['Realisasi Kinerja pada Triwulan', 8], pasang(`Realisasi Renja${sd} Tahun ${v.tahun}`), pasang(`Realisasi Renstra s.d. ${v.tahun}`),
        pasang(`Capaian Renstra s.d. ${v.tahun} (%)`), tiga('Unit Penanggung Jawab')),
      kepala(['I', 2], ['II', 2], ['III', 2], ['IV', 2]),
      kepala(...kr),
      nomor,
    ],
    baris: [
      ...(v.baris as Baris[]).map((b) => [
        teks(b.no), teks(b.sasaran), teks(b.kode), teks(b.nama, { tebal: b.tebal }), teks(b.indikator),
        sel(b.k6), rp(b.rp6, b.rp), sel(b.k7), rp(b.rp7, b.rp), sel(b.k8), rp(b.rp8, b.rp),
        ...b.tw.flatMap((t) => [sel(t.k), rp(t.rp, b.rp)]),
        sel(b.k13), rp(b.rp13, b.rp), sel(b.k14), rp(b.rp14, b.rp), sel(b.k15), b.rp ? sel(b.rp15) : teks(''), teks(b.unit),
      ]),
      [teks('Rata-rata capaian kinerja dan realisasi anggaran (%)', { colspan: 23, tebal: true }), sel(v.rataK, { tebal: true }), sel(v.rataRp, { tebal: true }), teks('')],
      [teks('Predikat kinerja', { colspan: 23, tebal: true }), teks(v.predikatK, { tebal: true }), teks(v.predikatRp, { tebal: true }), teks('')],
      ...v.prosa.map((p) => [teks(p.judul, { colspan: 5, tebal: true }), teks(p.teks || '-', { colspan: 21 })]),
    ],
  }];
}
