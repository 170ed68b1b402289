// Quarterly report tables: IKU of every sasaran to date, and per sasaran its programs, kegiatan and sub kegiatan
// with budget to date (landscape, as the report).
import type { computePengukuran } from '../compute/pengukuran.ts';
import { kepala, nilai, persen, teks, uang, type Sel, type Tabel } from './tabel.ts';

type Pengukuran = ReturnType<typeof computePengukuran>;
type Baris = Pengukuran['tabelIku'][number]['iku'][number];

/** Target, realisasi, capaian and predicate to date; a capaian that cannot be computed prints –* as in the report. */
const ukur = (b: Baris): Sel[] => [
  nilai(b.targetTahunan), nilai(b.targetSampai), nilai(b.realisasiSampai),
  b.capaianSampai ? persen(b.capaianSampai) : teks(b.gagal ? '–*' : '-'), persen(b.capaianTahunan), teks(b.predikat ?? '-'),
];

export function tabelPengukuran(v: Pengukuran): Tabel[] {
  const tw = v.triwulanRomawi;
  const iku: Tabel = {
    nama: 'Capaian IKU', lanskap: true, judul: `A. Capaian Indikator Kinerja Utama s.d. Triwulan ${tw} Tahun ${v.tahun}`,
    kepala: [kepala('No', 'Sasaran Strategis', 'Indikator Kinerja Utama', 'Target Tahunan', `Target s.d. TW ${tw}`, `Realisasi s.d. TW ${tw}`, `Capaian s.d. TW ${tw}`, 'Capaian thd Target Tahunan', 'Predikat')],
    baris: v.tabelIku.flatMap((s) => s.iku.map((b, j) => [
      ...(j ? [] : [teks(s.no, { rowspan: s.iku.length }), teks(s.uraian, { rowspan: s.iku.length })]),
      teks(b.indikator), ...ukur(b),
    ])),
  };
  const program = v.tabelProgram.map((s): Tabel => ({
    nama: `Program SS ${s.no}`, lanskap: true, judul: `Sasaran Strategis ${s.no}: ${s.uraian}`,
    kepala: [kepala('No', 'Program / Kegiatan / Sub Kegiatan', 'Indikator', 'Target Tahunan', `Target s.d. TW ${tw}`, `Realisasi s.d. TW ${tw}`, `Capaian s.d. TW ${tw}`, 'Capaian thd Target Tahunan', 'Predikat', 'Pagu (Rp)', `Realisasi Anggaran s.d. TW ${tw} (Rp)`, 'Serapan')],
    baris: s.baris.map((b) => [
      teks(b.no), teks(b.tidakDilaksanakan ? `${b.nama} (tidak dilaksanakan)` : b.nama, { tebal: b.tingkat === 'program' }), teks(b.indikator), ...ukur(b),
      uang(b.pagu), b.realisasiAnggaran ? uang(b.realisasiAnggaran) : teks(b.pagu ? '-' : ''), b.serapan ? persen(b.serapan) : teks(b.pagu ? '-' : ''),
    ]),
  }));
  return [iku, ...program];
}
