// `sakip isian`: the fill-in workbook of one quarter. Context columns locked (sheet protection without a password,
// so the bytes stay the same), this quarter's column open with data validation (numbers, or the words of a
// qualitative indicator's scale), an instructions sheet, and a hidden sheet naming the year and quarter.
import type ExcelJS from 'exceljs';
import { ROMAWI_TW } from '../compute/triwulan.ts';
import type { Content } from '../validate/build-content.ts';
import { bukuBaru } from './buku.ts';
import { barisIsian, type BarisIsian } from './isian-baris.ts';
import { BARIS_AWAL, judulKolom, KOLOM_ISI, keSel, LEMBAR, LEMBAR_META, PENANDA } from './isian-kolom.ts';
import { tulisPetunjuk } from './isian-petunjuk.ts';
import { bytesXlsx } from './xlsx-bytes.ts';

const ABU: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } };
const KUNING: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
const LEBAR = [22, 18, 50, 10, 24, 16, 14, 16, 16, 16, 20];

function validasi(b: BarisIsian): ExcelJS.DataValidation {
  const pesan = { showErrorMessage: true, errorStyle: 'stop', errorTitle: 'Isian tidak sah' } as const;
  if (b.skala) return { type: 'list', allowBlank: true, formulae: [`"${b.skala.join(',')}"`], ...pesan, error: `Pilih salah satu: ${b.skala.join(', ')}` };
  return { type: 'decimal', operator: 'between', allowBlank: true, formulae: [-1e15, 1e15], ...pesan, error: 'Isi angka saja, tanpa satuan dan pemisah ribuan.' };
}

function tulisLembar(wb: ExcelJS.Workbook, nama: string, rows: BarisIsian[], tw: number): void {
  const ws = wb.addWorksheet(nama, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }], pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const head = ws.getRow(1);
  judulKolom(nama as BarisIsian['lembar'], ROMAWI_TW[tw - 1]).forEach((j, i) => {
    const c = head.getCell(i + 1);
    c.value = j;
    c.font = { bold: true };
    c.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    c.fill = i + 1 === KOLOM_ISI ? KUNING : ABU;
  });
  rows.forEach((b, r) => {
    const row = ws.getRow(BARIS_AWAL + r);
    [b.id, ...b.konteks, b.nilai].forEach((v, i) => {
      const c = row.getCell(i + 1);
      c.value = v === '' ? null : i === 1 || i === 2 ? v : keSel(v);
      c.alignment = { wrapText: i === 2, vertical: 'top' };
      if (b.uang && typeof c.value === 'number') c.numFmt = '#,##0.00';
      c.fill = ABU;
    });
    const isi = row.getCell(KOLOM_ISI);
    if (b.terbuka) {
      isi.fill = KUNING;
      isi.protection = { locked: false };
      isi.dataValidation = validasi(b);
    }
  });
  LEBAR.forEach((w, i) => { ws.getColumn(i + 1).width = w; });
  ws.pageSetup.printTitlesRow = '1:1';
  void ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
}

export async function bukuIsian(c: Content, tahun: number, tw: number): Promise<{ bytes: Uint8Array; baris: number }> {
  const rows = barisIsian(c, tahun, tw);
  const wb = bukuBaru(`Isian realisasi triwulan ${ROMAWI_TW[tw - 1]} tahun ${tahun}`);
  tulisPetunjuk(wb, tahun, tw);
  for (const l of LEMBAR) tulisLembar(wb, l, rows.filter((b) => b.lembar === l), tw);
  const meta = wb.addWorksheet(LEMBAR_META, { state: 'veryHidden' });
  meta.addRows([[PENANDA], ['tahun', tahun], ['triwulan', tw]]);
  void meta.protect('', {});
  return { bytes: await bytesXlsx(wb), baris: rows.length };
}
