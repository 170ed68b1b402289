// IKU document: the table of IKU per sasaran with (optional) baseline, target of every year, formulasi and
// penanggung jawab; No and Sasaran span the sasaran's IKU rows, Target spans the year columns.
import type { computeIku } from '../compute/iku.ts';
import { kepala, nilai, teks, type Tabel } from './tabel.ts';

type Iku = ReturnType<typeof computeIku>;
const atau = (v: string | undefined) => teks(v || '-');

export function tabelIku(v: Iku): Tabel[] {
  if (!v.sasaran.length) return [];
  const dua = (s: string): [string, number, number] => [s, 1, 2];
  return [{
    nama: 'Tabel IKU', lanskap: true, judul: `Indikator Kinerja Utama ${v.instansi} Tahun ${v.awal}–${v.akhir}`,
    kepala: [
      kepala(dua('No'), dua('Sasaran Strategis'), dua('Indikator Kinerja Utama'), dua('Satuan'), ...(v.adaBaseline ? [dua(`Baseline ${v.tahunBaseline}`)] : []), ['Target', v.tahun.length], dua('Formulasi'), dua('Penanggung Jawab')),
      kepala(...v.tahun.map(String)),
    ],
    baris: v.sasaran.flatMap((s) => s.iku.map((i, j) => [
      ...(j ? [] : [teks(s.no, { rowspan: s.iku.length }), teks(s.uraian, { rowspan: s.iku.length })]),
      teks(i.nama), teks(i.satuan), ...(v.adaBaseline ? [i.baseline ? nilai(i.baseline) : teks('-')] : []),
      ...i.target.map((t) => (t ? nilai(t) : teks('-'))), atau(i.formulasi), atau(i.penanggungJawab),
    ])),
  }];
}
