// PK Lampiran 1: the performance table (sasaran spanning its indicator rows; target and satuan under one header)
// and the budget table of each level with its total.
import type { computePk } from '../compute/pk.ts';
import { kepala, nilai, teks, uang, type Tabel } from './tabel.ts';

type Pk = ReturnType<typeof computePk>;
const LABEL: Record<string, string> = { program: 'Program', kegiatan: 'Kegiatan', sub_kegiatan: 'Sub Kegiatan' };

export function tabelPk(v: Pk): Tabel[] {
  const kinerja: Tabel = {
    nama: 'Tabel Kinerja', judul: `Lampiran 1 Perjanjian Kinerja Tahun ${v.tahun}: Tabel Kinerja`,
    kepala: [kepala('NO', v.labelSasaran.toUpperCase(), 'INDIKATOR KINERJA', ['TARGET', 2]), kepala('(1)', '(2)', '(3)', ['(4)', 2])],
    baris: v.sasaran.flatMap((s) => s.indikator.map((i, j) => [
      ...(j ? [] : [teks(s.no, { rowspan: s.indikator.length }), teks(s.uraian, { rowspan: s.indikator.length })]),
      teks(i.nama), nilai(i.target), teks(i.target.satuan),
    ])),
  };
  const anggaran = v.anggaran.map((a): Tabel => ({
    nama: `Anggaran ${LABEL[a.tingkat]}`,
    judul: `${v.judulAnggaran ?? 'Anggaran'} (${LABEL[a.tingkat]})`,
    kepala: [kepala('NO', LABEL[a.tingkat].toUpperCase(), 'ANGGARAN')],
    baris: [
      ...a.baris.map((b) => [teks(b.no), teks(b.nama), uang(b.pagu, { rupiah: true })]),
      [teks(''), teks('JUMLAH', { tebal: true }), uang(a.total, { rupiah: true, tebal: true })],
    ],
  }));
  return [kinerja, ...anggaran];
}
