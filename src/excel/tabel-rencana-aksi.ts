// Rencana Aksi tables (landscape, as the document): A. the quarterly targets of each indicator with the rule
// combining them, evidence and penanggung jawab (No, Sasaran… span two header rows, "Target Triwulan" spans TW I–IV;
// the sasaran spans its indicator rows); B. the quarterly budget plan of its kegiatan and sub kegiatan with the total.
import { LABEL_RA } from '../jenis/rencana-aksi/label.ts';
import type { RencanaAksiView } from '../jenis/rencana-aksi/hitung.ts';
import { kepala, nilai, teks, uang, type Tabel } from './tabel.ts';

const labelAturan = LABEL_RA.labelAturan;

export function tabelRencanaAksi(v: RencanaAksiView): Tabel[] {
  const dua = (s: string): [string, number, number] => [s, 1, 2];
  const target: Tabel = {
    nama: 'Target Triwulanan', lanskap: true, judul: `Rencana Aksi Tahun ${v.tahun} – ${v.jabatan}: A. Target Kinerja Triwulanan`,
    kepala: [
      kepala(dua('No'), dua('Sasaran'), dua('Indikator Kinerja'), dua('Target Tahunan'), ['Target Triwulan', 4], dua('Sifat Target'), dua('Data Dukung'), dua('Penanggung Jawab')),
      kepala('TW I', 'TW II', 'TW III', 'TW IV'),
    ],
    baris: v.indikator.map((i) => [
      teks(i.no), ...(i.baruSasaran ? [teks(i.sasaran, { rowspan: i.barisSasaran })] : []), teks(i.indikator),
      nilai(i.targetTahunan), ...i.target.map((t) => nilai(t)), teks(labelAturan[i.aturan] ?? i.aturan),
      teks(i.dataDukung.map((d) => ('tw' in d ? `TW ${d.tw}: ${d.teks}` : d.teks)).join('\n')), teks(i.penanggungJawab),
    ]),
  };
  const { baris, total } = v.anggaran;
  if (!baris.length) return [target];
  const anggaran: Tabel = {
    nama: 'Rencana Anggaran', lanskap: true, judul: 'B. Rencana Anggaran Kegiatan dan Sub Kegiatan per Triwulan',
    kepala: [kepala('No', 'Kegiatan / Sub Kegiatan', 'Pagu (Rp)', 'TW I (Rp)', 'TW II (Rp)', 'TW III (Rp)', 'TW IV (Rp)', 'Jumlah (Rp)')],
    baris: [
      ...baris.map((b) => [teks(b.no), teks(b.nama, { tebal: b.tingkat === 'kegiatan' }), uang(b.pagu), ...b.rencana.map((r) => uang(r)), uang(b.jumlah)]),
      ...(total ? [[teks(''), teks('JUMLAH', { tebal: true }), uang(total.pagu, { tebal: true }), ...total.rencana.map((r) => uang(r, { tebal: true })), uang(total.jumlah, { tebal: true })]] : []),
    ],
  };
  return [target, anggaran];
}
