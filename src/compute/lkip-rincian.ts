// The component table behind a derived realisasi, as cells (numbers stay numbers; templates format them).
import type { HasilIndikator } from './indikator-hasil.ts';

export interface Sel { teks?: string; angka?: string; desimal?: number }
export interface TabelRincian { judul?: string; kolom: string[]; baris: Sel[][]; hasil: Sel }

const dec = (s?: string): Sel => (s === undefined ? { teks: '-' } : { angka: s, desimal: s.includes('.') ? Math.min(s.split('.')[1].length, 2) : 0 });
const pct = (s?: string): Sel => (s === undefined ? { teks: '-' } : { angka: s, desimal: 2 });

export function tabelRincian(h: HasilIndikator, tahun: number): TabelRincian | undefined {
  if (!h.rincian.length || !h.realisasi) return undefined;
  const hasil = pct(h.realisasi.nilai);
  const u = (x: { uraian?: string; kelompok?: string }) => ({ teks: [x.kelompok, x.uraian].filter(Boolean).join(' – ') || '-' });
  switch (h.jenisRincian) {
    case 'rata_rata_rasio': return {
      judul: h.judulRincian, hasil,
      kolom: ['Uraian', h.labelPembilang ?? 'Pembilang', h.labelPenyebut ?? 'Penyebut', 'Satuan', '%'],
      baris: h.rincian.map((r) => [u(r), dec(r.pembilang), dec(r.penyebut), { teks: r.satuan ?? '' }, pct(r.persenTeks)]),
    };
    case 'rasio_jumlah': return {
      judul: h.judulRincian, hasil, kolom: ['Uraian', h.labelPembilang ?? 'Pembilang', h.labelPenyebut ?? 'Penyebut'],
      baris: h.rincian.map((r) => [u(r), dec(r.pembilang), dec(r.penyebut)]),
    };
    case 'pertumbuhan': return {
      judul: h.judulRincian, hasil, kolom: ['Uraian', `Tahun ${tahun - 1}`, `Tahun ${tahun}`],
      baris: h.rincian.map((r) => [u(r), dec(r.sebelumnya), dec(r.sekarang)]),
    };
    case 'rata_rata': case 'jumlah': return {
      judul: h.judulRincian, hasil, kolom: ['Uraian', 'Nilai'], baris: h.rincian.map((r) => [u(r), dec(r.nilai)]),
    };
    default: return undefined;
  }
}
