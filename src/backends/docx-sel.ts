// Table cells of ready paragraphs as ready XML (see docx-siap.ts): the ~21 000 cells of the 40 default DOCX each
// cost docx a TableCell, its properties and their elements, walked and written. A cell whose paragraphs are all
// ready is written from the pieces docx wrote once per formatting and width (its properties around a marker).
// docx's Table still sees a cell: found by its element name (TableRow.cells), spans read from `options`, the
// width docx gives it through setColumnWidth. A cell holding anything else (a nested table, a picture, a list
// number, the real paragraph a row-spanning cell ends with) stays docx's TableCell. A row of ready cells is written
// the same way (its properties around a marker cell), its cells after docx's Table gave them their widths.
import { Table, TableCell, TableRow, type ITableCellOptions, type ITableRowOptions } from 'docx';
import { tulisXml } from './docx-xml.ts';
import { penanda, xmlSiap } from './docx-siap.ts';

// Guard: a row's cells are found by element name, a table gives widths through setColumnWidth (docx 9)
const SUMBER: [unknown, string][] = [[Object.getOwnPropertyDescriptor(TableRow.prototype, 'cells')?.get, '"w:tc"'],
  [(Table.prototype as unknown as { setCellWidths?: unknown }).setCellWidths, 'cell.setColumnWidth(']];
if (!SUMBER.every(([f, s]) => String(f).includes(s))) throw new Error('docx-sel: Table/TableRow docx berubah; periksa src/backends/docx-sel.ts terhadap versi docx terpasang');

export const MARK = '\uE001';
const potongan = new Map<string, [string, string]>();
const MAKS = 4096;

/** The XML docx writes around a marker child of `buat()` (a cell or a row), by `key`. */
export function potong(key: string, buat: () => unknown): [string, string] {
  let p = potongan.get(key);
  if (!p) {
    const xml = tulisXml((buat() as { prepForXml(ctx: object): Record<string, unknown> }).prepForXml({ stack: [] }));
    const i = xml.indexOf(MARK);
    if (i < 0 || xml.indexOf(MARK, i + 1) >= 0) throw new Error(`docx-sel: penanda tidak tunggal dalam ${xml}`);
    p = [xml.slice(0, i), xml.slice(i + MARK.length)];
    if (potongan.size >= MAKS) potongan.clear();
    potongan.set(key, p);
  }
  return p;
}
export const ditulis = (xml: string) => {
  const f = () => xml;
  f.toString = f;
  return { '': f };
};
/** A cell in a row's pieces: a marker where docx's row writes its cells. */
const selPenanda = { rootKey: 'w:tc', prepForXml: () => ditulis(MARK) };

class SelSiap {
  readonly rootKey = 'w:tc'; // TableRow.cells finds cells by their element name
  private lebar?: number;
  constructor(readonly options: ITableCellOptions, private readonly isi: string) {}
  /** As TableCell.setColumnWidth: the width docx's Table gives a cell (the last one given is written). */
  setColumnWidth(twips: number): void { this.lebar = twips; }
  /** docx's XML of the cell with the width given (call after docx's Table gave it). */
  xml(): string {
    const { children: _, ...opsi } = this.options;
    const [a, b] = potong(`c|${JSON.stringify(opsi)}|${this.lebar}`, () => {
      const c = new TableCell({ ...opsi, children: [penanda(MARK) as never] });
      if (this.lebar !== undefined) c.setColumnWidth(this.lebar);
      return c;
    });
    return a + this.isi + b;
  }
  prepForXml(): Record<string, unknown> { return ditulis(this.xml()); }
}

/** A row of ready cells: docx's Table finds its cells (`cells`) and gives them their widths before writing it. */
class BarisSiap {
  readonly rootKey = 'w:tr';
  constructor(readonly options: ITableRowOptions, readonly cells: SelSiap[]) {}
  get CellCount(): number { return this.options.children.length; }
  /** docx's XML of the row (call after docx's Table, or tabel() of docx-tabel-siap.ts, gave its cells their widths). */
  xml(): string {
    const { children: _, ...opsi } = this.options;
    const [a, b] = potong(`r|${JSON.stringify(opsi)}`, () => new TableRow({ ...opsi, children: [selPenanda as never] }));
    let xml = a;
    for (const c of this.cells) xml += c.xml();
    return xml + b;
  }
  prepForXml(): Record<string, unknown> { return ditulis(this.xml()); }
}

/** A ready row (undefined for docx's TableRow). */
export const barisSiap = (r: unknown): { cells: { options: ITableCellOptions; setColumnWidth(w: number): void }[]; xml(): string } | undefined =>
  (r instanceof BarisSiap ? r : undefined);

let aktif = true;
/** Off: every cell docx's TableCell (for the test that compares both). */
export function pasang(on = true): void { aktif = on; }

export function sel(options: ITableCellOptions): TableCell {
  if (aktif) {
    let isi = '';
    for (const c of options.children) {
      const x = xmlSiap(c);
      if (x === undefined) return new TableCell(options);
      isi += x;
    }
    if (options.children.length) return new SelSiap(options, isi) as unknown as TableCell;
  }
  return new TableCell(options);
}

/** A row: ready when all its cells are. Not in a table with a row span (docx adds cells to the rows below it). */
export function baris(options: ITableRowOptions): TableRow {
  if (aktif && options.children.length && options.children.every((c) => c instanceof SelSiap)) {
    return new BarisSiap(options, options.children as unknown as SelSiap[]) as unknown as TableRow;
  }
  return new TableRow(options);
}
