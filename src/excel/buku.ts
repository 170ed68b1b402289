// Tables → an ExcelJS workbook: one sheet per table, title row, header rows shaded and repeated on every printed
// page, merged cells as in the document, thin borders, column widths from the widest printed value.
import ExcelJS from 'exceljs';
import { letakkan } from './letak.ts';
import { tampil } from './format-sel.ts';
import type { Sel, Tabel } from './tabel.ts';

/** Fixed workbook dates: the same content gives the same bytes. */
export const TANGGAL_TETAP = new Date(Date.UTC(2000, 0, 1));
const GARIS: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
const LEBAR_MAKS = 60; // characters; longer texts wrap
const LEBAR_MIN = 6;

export function bukuBaru(judul: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  Object.assign(wb, { creator: 'sakip-generator', lastModifiedBy: 'sakip-generator', created: TANGGAL_TETAP, modified: TANGGAL_TETAP, title: judul, language: 'id-ID' });
  return wb;
}

function tulisSel(ws: ExcelJS.Worksheet, r: number, c: number, s: Sel, kepala: boolean): string {
  const t = tampil(s);
  const cell = ws.getCell(r, c);
  cell.value = t.nilai;
  if (t.numFmt) cell.numFmt = t.numFmt;
  cell.border = GARIS;
  cell.font = { bold: kepala || s.tebal };
  cell.alignment = { vertical: kepala ? 'middle' : 'top', wrapText: true, horizontal: kepala ? 'center' : s.jenis === 'teks' ? 'left' : 'right' };
  if (kepala) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
  return t.teks;
}

/** Adds one sheet holding `t`. */
export function tambahTabel(wb: ExcelJS.Workbook, t: Tabel): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(t.nama, {
    pageSetup: { paperSize: 9, orientation: t.lanskap ? 'landscape' : 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const { posisi, kolom } = letakkan([...t.kepala, ...t.baris]);
  const awal = 3; // row 1: title, row 2: blank
  ws.getCell(1, 1).value = t.judul;
  ws.getCell(1, 1).font = { bold: true };
  ws.mergeCells(1, 1, 1, Math.max(1, kolom));
  const lebar = Array<number>(kolom).fill(LEBAR_MIN);
  for (const p of posisi) {
    const kepala = p.baris < t.kepala.length;
    const shown = tulisSel(ws, awal + p.baris, p.kolom + 1, p.sel, kepala);
    if (p.sampaiBaris > p.baris || p.sampaiKolom > p.kolom) {
      // every cell of a merged area keeps the border (and the header shade), so the area is drawn whole
      for (let r = p.baris; r <= p.sampaiBaris; r++) for (let c = p.kolom; c <= p.sampaiKolom; c++) if (r > p.baris || c > p.kolom) tulisSel(ws, awal + r, c + 1, { v: '', jenis: 'teks' }, kepala);
      ws.mergeCells(awal + p.baris, p.kolom + 1, awal + p.sampaiBaris, p.sampaiKolom + 1);
    }
    if (p.sampaiKolom === p.kolom) { // a cell spanning columns does not size one of them
      // a header's words may wrap; a value keeps its line
      const w = kepala ? Math.max(...shown.split(/\s+/).map((x) => x.length)) : shown.length;
      lebar[p.kolom] = Math.max(lebar[p.kolom], Math.min(LEBAR_MAKS, w + 2));
    }
  }
  // ExcelJS leaves out a width equal to its default (9): written as 9.1 so the column keeps it
  lebar.forEach((w, i) => { ws.getColumn(i + 1).width = w === 9 ? 9.1 : w; });
  if (t.kepala.length) ws.pageSetup.printTitlesRow = `${awal}:${awal + t.kepala.length - 1}`;
  ws.views = [{ state: 'frozen', ySplit: awal + t.kepala.length - 1, xSplit: 0 }];
  return ws;
}
