// Renstra BAB IV tables: programs, kegiatan and sub kegiatan with indicator, baseline, target and indicative pagu of
// every year (landscape; Kode … Baseline span the two header rows, each year spans its target and pagu columns),
// the IKU of every sasaran with yearly targets, and the IKK.
import type { computeRenstra } from '../compute/renstra.ts';
import { kepala, nilai, teks, uang, type Sel, type Tabel } from './tabel.ts';

type Renstra = ReturnType<typeof computeRenstra>;

const target = (t: { nilai: string; desimal?: number } | null | undefined) => (t ? nilai(t) : teks('-'));

function tabelIku(v: Renstra): Tabel[] {
  const sasaran = v.tujuan.flatMap((t) => t.sasaran).filter((s) => s.iku.length);
  if (!sasaran.length) return [];
  return [{
    nama: 'IKU', lanskap: true, judul: 'Indikator Kinerja Utama Perangkat Daerah',
    kepala: [kepala(['No', 1, 2], ['Sasaran', 1, 2], ['Indikator Kinerja Utama', 1, 2], ['Satuan', 1, 2], [`Baseline ${v.tahunBaseline}`, 1, 2], ['Target', v.tahun.length]), kepala(...v.tahun.map(String))],
    baris: sasaran.flatMap((s) => s.iku.map((i, j) => [
      ...(j ? [] : [teks(s.no, { rowspan: s.iku.length }), teks(s.uraian, { rowspan: s.iku.length })]),
      teks(i.nama), teks(i.satuan), target('baseline' in i ? (i.baseline as Parameters<typeof target>[0]) : undefined), ...i.target.map(target),
    ])),
  }];
}

function tabelIkk(v: Renstra): Tabel[] {
  if (!v.ikk.length) return [];
  return [{
    nama: 'IKK', lanskap: true, judul: 'Indikator Kinerja Kunci',
    kepala: [kepala('No', 'Indikator', 'Satuan', ...v.tahun.map(String))],
    baris: v.ikk.map((k, i) => [teks(i + 1), teks(k.nama), teks(k.satuan), ...k.target.map(target)]),
  }];
}

export const tabelRenstra = (v: Renstra): Tabel[] => [...tabelProgram(v), ...tabelIku(v), ...tabelIkk(v)];

function tabelProgram(v: Renstra): Tabel[] {
  const p = v.program;
  if (!p?.baris.length) return [];
  const kolom = 5 + 2 * p.tahun.length;
  const baris: Sel[][] = p.baris.map((b) => [
    teks(b.kode ?? ''), teks(b.nama ? b.nama + ('prioritas' in b && b.prioritas ? ' *' : '') : '', { tebal: b.tingkat === 'urusan' || b.tingkat === 'program' }),
    teks(('indikator' in b && b.indikator) || '-'), teks(('satuan' in b && b.satuan) || ''), 'baseline' in b && b.baseline ? nilai(b.baseline) : teks('-'),
    ...p.tahun.flatMap((_, i) => [b.target[i] ? nilai(b.target[i]!) : teks('-'), uang(b.pagu[i])]),
  ]);
  return [{
    nama: 'Program dan Pendanaan', lanskap: true,
    judul: `Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Tahun ${v.tahunPertama}–${v.tahunTerakhir}`,
    kepala: [
      kepala(['Kode', 1, 2], ['Uraian', 1, 2], ['Indikator', 1, 2], ['Satuan', 1, 2], [`Baseline ${v.tahunBaseline}`, 1, 2], ...p.tahun.map((t): [string, number] => [String(t), 2])),
      kepala(...p.tahun.flatMap(() => ['Target', 'Pagu (Rp)'])),
      kepala(...Array.from({ length: kolom }, (_, i) => `(${i + 1})`)),
    ],
    baris: [...baris, [teks(''), teks('JUMLAH', { colspan: 4, tebal: true }), ...p.total.flatMap((t) => [teks(''), uang(t, { tebal: true })])]],
  }];
}
