// LKIP tables: capaian of every IKU (BAB III), the landscape program table of each sasaran (capaian and budget,
// a node's name and budget spanning its indicator rows) and the budget realisasi table.
import type { computeLkip } from '../compute/lkip.ts';
import { kepala, nilai, persen, teks, uang, type Sel, type Tabel } from './tabel.ts';

type Lkip = ReturnType<typeof computeLkip>;
type Simpul = Lkip['sasaran'][number]['program'][number];
const nomor = (n: number) => kepala(...Array.from({ length: n }, (_, i) => `(${i + 1})`));
const tebal = (tingkat: string) => tingkat === 'program' || tingkat === 'urusan';

function barisSimpul(s: Simpul): Sel[][] {
  const nama = teks(s.nama + (s.dilaksanakan ? '' : ' (tidak dilaksanakan)'), { tebal: tebal(s.tingkat) });
  const anggaran = [uang(s.pagu), s.realisasi ? uang(s.realisasi) : teks('-'), persen(s.serapan)];
  if (!s.indikator.length) return [[teks(s.no), nama, teks('-'), teks('-'), teks('-'), teks('-'), teks('-'), ...anggaran]];
  const n = s.indikator.length;
  return s.indikator.map((i, j) => [
    ...(j ? [] : [teks(s.no, { rowspan: n }), { ...nama, rowspan: n }]),
    teks(i.nama), nilai(i.target), nilai(i.realisasi), persen(i.capaian), teks(i.predikat ?? i.gagal ?? '-'),
    ...(j ? [] : anggaran.map((a) => ({ ...a, rowspan: n }))),
  ]);
}

export function tabelLkip(v: Lkip): Tabel[] {
  const iku: Tabel = {
    nama: 'Capaian IKU', judul: `Capaian Indikator Kinerja Utama Tahun ${v.tahun}`,
    kepala: [kepala('No', 'Sasaran Strategis', 'Indikator Kinerja Utama', ['Target', 2], 'Realisasi', 'Capaian', 'Predikat')],
    baris: v.sasaran.flatMap((s) => s.iku.map((i, j) => [
      ...(j ? [] : [teks(s.no, { rowspan: s.iku.length }), teks(s.uraian, { rowspan: s.iku.length })]),
      teks(i.nama), nilai(i.target), teks(i.satuan), nilai(i.realisasi), persen(i.capaian), teks(i.predikat ?? '-'),
    ])),
  };
  const program = v.sasaran.filter((s) => s.program.length).map((s): Tabel => ({
    nama: `Program SS ${s.no}`, lanskap: true,
    judul: `Capaian Kinerja dan Anggaran Program, Kegiatan dan Sub Kegiatan Sasaran Strategis ${s.no} Tahun ${v.tahun}`,
    kepala: [kepala('No', 'Program / Kegiatan / Sub Kegiatan', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian', 'Predikat', 'Pagu (Rp)', 'Realisasi (Rp)', 'Serapan'), nomor(10)],
    baris: [
      ...s.program.flatMap(barisSimpul),
      [teks(''), teks(`JUMLAH SASARAN STRATEGIS ${s.no}`, { colspan: 6, tebal: true }), uang(s.pagu, { tebal: true }), uang(s.realisasi, { tebal: true }), persen(s.serapan, { tebal: true })],
    ],
  }));
  const a = v.anggaran;
  if (!a) return [iku, ...program];
  const anggaran: Tabel = {
    nama: 'Realisasi Anggaran', lanskap: true, judul: `Realisasi Anggaran Program, Kegiatan dan Sub Kegiatan Tahun ${v.tahun}`,
    kepala: [kepala('No', 'Program / Kegiatan / Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', 'Serapan'), kepala('(1)', '(2)', '(3)', '(4)', '(5) = (4) / (3) × 100')],
    baris: [
      ...a.baris.map((b) => [teks(b.no), teks(b.nama + (b.dilaksanakan ? '' : ' (tidak dilaksanakan)'), { tebal: tebal(b.tingkat) }), uang(b.pagu), b.realisasi ? uang(b.realisasi) : teks('-'), persen(b.serapan)]),
      [teks(''), teks('JUMLAH', { tebal: true }), uang(a.total, { tebal: true }), uang(a.totalRealisasi, { tebal: true }), persen(a.serapan, { tebal: true })],
    ],
  };
  return [iku, ...program, anggaran];
}
