// Tables of ready rows (docx-sel.ts) as ready XML: docx's Table builds per table its properties (width, six borders,
// cell margins), its grid (a column each) and gives every cell its width, twice (when built and when written).
// For a table whose rows are all ready and whose width in twips is the sum of its columns (every table of
// docx-table.ts), the properties and grid are written from pieces docx wrote once per options (around a marker
// row, cut by docx-sel.ts's potong) and the cells get the widths docx's setCellWidths gives them at that width
// (scale 1): the same bytes.
// Anything else stays docx's Table. Guard: docx's Table must still size cells as copied below.
import { Table, WidthType, type FileChild, type ITableOptions } from 'docx';
import { barisSiap, ditulis, MARK, potong } from './docx-sel.ts';

const setCellWidths = String((Table.prototype as unknown as { setCellWidths?: unknown }).setCellWidths);
const SUMBER = [[setCellWidths, 'tableWidth > total ? tableWidth / total : 1'],
  [setCellWidths, 'if (spanned.length === span && cellWidth > 0) cell.setColumnWidth(cellWidth)'],
  [String(Table), 'rows[rowIndex + 1].addCellToColumnIndex']];
if (!SUMBER.every(([src, s]) => src.includes(s))) throw new Error('docx-tabel-siap: Table docx berubah; periksa src/backends/docx-tabel-siap.ts terhadap versi docx terpasang');

/** Where docx writes its rows: a row without cells that writes the marker. */
const barisPenanda = { rootKey: 'w:tr', cells: [], options: { children: [] }, prepForXml: () => ditulis(MARK) };

class TabelSiap {
  readonly rootKey = 'w:tbl'; // as a Table's: a cell that ends with one adds its closing paragraph
  constructor(private readonly xml: string) {}
  prepForXml(): Record<string, unknown> { return ditulis(this.xml); }
}

let aktif = true;
/** Off: every table docx's Table (for the test that compares both). */
export function pasang(on = true): void { aktif = on; }

export function tabel(options: ITableOptions): FileChild {
  const { rows, ...opsi } = options;
  const ws = opsi.columnWidths, width = opsi.width;
  const total = ws?.reduce((s, w) => s + w, 0);
  const rs = rows.map(barisSiap);
  if (!aktif || !ws || width?.type !== WidthType.DXA || width.size !== total || !rs.length
    || !rs.every((r) => r && r.cells.every((c) => !((c.options.rowSpan ?? 1) > 1)))) return new Table(options); // docx adds cells under a span
  let xml = '';
  for (const r of rs) {
    let column = 0;
    for (const cell of r!.cells) { // as Table.setCellWidths at scale 1
      const span = cell.options.columnSpan || 1;
      const spanned = ws.slice(column, column + span);
      const cellWidth = Math.round(spanned.reduce((s, w) => s + w, 0));
      if (spanned.length === span && cellWidth > 0) cell.setColumnWidth(cellWidth);
      column += span;
    }
    xml += r!.xml();
  }
  const [a, b] = potong(`t|${JSON.stringify(opsi)}`, () => new Table({ ...opsi, rows: [barisPenanda as never] }));
  return new TabelSiap(a + xml + b) as unknown as FileChild;
}
