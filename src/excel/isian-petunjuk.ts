// The instructions sheet of the fill-in workbook (Bahasa Indonesia).
import type ExcelJS from 'exceljs';
import { ROMAWI_TW } from '../compute/triwulan.ts';

export function tulisPetunjuk(wb: ExcelJS.Workbook, tahun: number, tw: number): void {
  const r = ROMAWI_TW[tw - 1];
  const ws = wb.addWorksheet('Petunjuk');
  const teks = [
    `Isian realisasi triwulan ${r} tahun ${tahun}`,
    '',
    `1. Isi hanya kolom kuning "Realisasi TW ${r} (isi)" pada lembar IKU dan Anggaran. Kolom abu-abu adalah konteks dari konten dan terkunci.`,
    '2. Ketik angka saja: tanpa satuan, tanpa "Rp", tanpa pemisah ribuan; desimal dengan tanda desimal Excel Anda (mis. 92,5).',
    '3. Indikator kualitatif (mis. opini BPK) diisi dengan memilih kata dari daftar pada sel tersebut.',
    '4. Sel yang dibiarkan kosong tidak mengubah konten. Jangan menambah, menghapus atau mengurutkan ulang baris.',
    '5. Lembar IKU: nilai triwulan menurut aturan pelaporan indikator (per_triwulan: nilai triwulan itu saja; kumulatif: nilai s.d. triwulan itu).',
    '6. Lembar Anggaran: "realisasi anggaran" = realisasi triwulan itu saja (bukan kumulatif), dalam rupiah; "indikator" = realisasi indikator pada triwulan itu.',
    `7. Simpan, lalu jalankan: sakip impor <berkas>.xlsx. Semua isian diperiksa dulu; bila ada galat, tidak ada berkas konten yang diubah dan setiap galat menyebut lembar dan selnya (mis. isian.xlsx!IKU!K5).`,
    `8. Setelah impor berhasil: sakip build --jenis pengukuran --tahun ${tahun} --triwulan ${tw}.`,
  ];
  teks.forEach((t, i) => { ws.getCell(i + 1, 1).value = t; });
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  ws.getColumn(1).width = 130;
}
