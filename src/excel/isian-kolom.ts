// Shared by `isian` and `impor`: the sheets and columns of the fill-in workbook and how a content value becomes a
// cell value (numbers as numbers, words as written), so a locked cell can be compared with the content again.
import type { Lembar } from './isian-baris.ts';

export const LEMBAR: Lembar[] = ['IKU', 'Anggaran'];
export const LEMBAR_META = 'sakip';
export const PENANDA = 'sakip-isian 1';
export const BARIS_AWAL = 2; // row 1: headers
export const KOLOM_ISI = 11; // K
export const huruf = (kolom: number) => String.fromCharCode(64 + kolom);

export function judulKolom(lembar: Lembar, tw: string): string[] {
  const iku = lembar === 'IKU';
  return ['id', iku ? 'Sasaran' : 'Jenis', iku ? 'Indikator Kinerja Utama' : 'Uraian', 'Satuan', 'Aturan (pelaporan, agregasi)',
    iku ? 'Target tahunan' : 'Target / pagu tahunan', `Target TW ${tw}`, 'Realisasi TW I', 'Realisasi TW II', 'Realisasi TW III', `Realisasi TW ${tw} (isi)`];
}

const ANGKA = /^-?\d+([.,]\d+)?$/;
/** A content value as a cell holds it. */
export const keSel = (s: string): string | number => (ANGKA.test(s) ? Number(s.replace(',', '.')) : s);
/** The text of a cell value, for comparisons and messages. */
export function teksSel(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'result' in v) return teksSel((v as { result: unknown }).result);
  if (typeof v === 'object' && 'richText' in v) return (v as { richText: { text: string }[] }).richText.map((r) => r.text).join('');
  return String(v);
}
