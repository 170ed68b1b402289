// Evaluasi Rencana Aksi table (landscape, as the document): per indicator the target and realisasi to the quarter,
// capaian, predikat, the quarter's evidence and its status, the follow-up; the mean capaian row.
import type { EvaluasiRaView } from '../jenis/evaluasi-rencana-aksi/hitung.ts';
import { kepala, nilai, persen, teks, type Tabel } from './tabel.ts';

export function tabelEvaluasiRencanaAksi(v: EvaluasiRaView): Tabel[] {
  const tw = v.triwulanRomawi;
  return [{
    nama: `Evaluasi RA TW ${tw}`, lanskap: true, judul: `Evaluasi Rencana Aksi Triwulan ${tw} Tahun ${v.tahun} – ${v.jabatan}`,
    kepala: [kepala('No', 'Sasaran', 'Indikator Kinerja', 'Target Tahunan', `Target s.d. TW ${tw}`, `Realisasi s.d. TW ${tw}`, `Capaian s.d. TW ${tw}`, 'Capaian thd Target Tahunan', 'Predikat', `Data Dukung TW ${tw}`, 'Status', 'Tindak Lanjut')],
    baris: [
      ...v.indikator.map((b) => [
        teks(b.no), ...(b.baruSasaran ? [teks(b.sasaran, { rowspan: b.barisSasaran })] : []), teks(b.indikator),
        nilai(b.targetTahunan), nilai(b.targetSampai), nilai(b.realisasiSampai),
        b.capaianSampai ? persen(b.capaianSampai) : teks(b.gagal ? '–*' : '-'), persen(b.capaianTahunan), teks(b.predikat ?? '-'),
        teks(b.dataDukung), teks(b.dataDukungAda ? 'Ada' : 'Belum ada'), teks(b.tindakLanjut ?? '-'),
      ]),
      [teks(''), teks(`Rata-rata capaian s.d. TW ${tw}`, { colspan: 5, tebal: true }), persen(v.rataRata.nilai, { tebal: true }), teks(''),
        teks(v.predikatRataRata ?? '-', { tebal: true }), teks('', { colspan: 3 })],
    ],
  }];
}
