// Table cells of ready paragraphs as ready XML (see docx-siap.ts): the ~21 000 cells of the 40 default DOCX each
// cost docx a TableCell, its properties and their elements, walked and written. A cell whose paragraphs are all
// ready is written from the pieces docx wrote once per formatting and width (its properties around a marker).
// docx's Table still sees a cell: found by its element name (TableRow.cells), spans read from `options`, the
// width docx gives it through setColumnWidth. A cell holding anything else (a nested table, a picture, a list
// number, the real paragraph a row-spanning cell ends with) stays docx's TableCell.
import { Table, TableCell, TableRow, type ITableCellOptions } from 'docx';
import { tulisXml } from './docx-xml.ts';
import { penanda, xmlSiap } from './docx-siap.ts';

// Guard: a row's cells are found by element name, a table gives widths through setColumnWidth (docx 9)
const SUMBER: [unknown, string][] = [[Object.getOwnPropertyDescriptor(TableRow.prototype, 'cells')?.get, '"w:tc"'],
  [(Table.prototype as unknown as { setCellWidths?: unknown }).setCellWidths, 'cell.setColumnWidth(']];
if (!SUMBER.every(([f, s]) => String(f).includes(s))) throw new Error('docx-sel: Table/TableRow docx berubah; periksa src/backends/docx-sel.ts terhadap versi docx terpasang');

const MARK = '\uE001';
const potongan = new Map<string, [string, string]>();
const MAKS = 4096;

/** docx's cell XML around its content, for these options and the width docx gave it. */
function potong(opsi: Omit<ITableCellOptions, 'children'>, lebar: number | undefined): [string, string] {
  const key = `${JSON.stringify(opsi)}|${lebar}`;
  let p = potongan.get(key);
  if (!p) {
    const c = new TableCell({ ...opsi, children: [penanda(MARK) as never] });
    if (lebar !== undefined) c.setColumnWidth(lebar);
    const xml = tulisXml((c as unknown as { prepForXml(ctx: object): Record<string, unknown> }).prepForXml({ stack: [] }));
    const i = xml.indexOf(MARK);
    if (i < 0 || xml.indexOf(MARK, i + 1) >= 0) throw new Error(`docx-sel: penanda tidak tunggal dalam ${xml}`);
    p = [xml.slice(0, i), xml.slice(i + MARK.length)];
    if (potongan.size >= MAKS) potongan.clear();
    potongan.set(key, p);
  }
  return p;
}

class SelSiap {
  readonly rootKey = 'w:tc'; // TableRow.cells finds cells by their element name
  private lebar?: number;
  constructor(readonly options: ITableCellOptions, private readonly isi: string) {}
  /** As TableCell.setColumnWidth: the width docx's Table gives a cell (the last one given is written). */
  setColumnWidth(twips: number): void { this.lebar = twips; }
  prepForXml(): Record<string, unknown> {
    const { children: _, ...opsi } = this.options;
    const [a, b] = potong(opsi, this.lebar);
    const xml = a + this.isi + b;
    const f = () => xml;
    f.toString = f;
    return { '': f };
  }
}

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
