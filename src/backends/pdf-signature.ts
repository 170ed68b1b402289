// A signature block never stands alone on a page. In the PDF it travels with what precedes it: after a table it
// becomes that table's last, borderless row, kept together with the table's last rows (pdf-keep-rows.ts), so a page
// break repeats the header above those rows; after a paragraph both go as one unbreakable stack (pdf-blocks.ts).
import type { Block, Table } from '../render/model.ts';
import type { BorderlessCell } from './table-caption.ts';

/** Data rows of the table before a signature that go with it to a new page. */
export const TAIL_ROWS = 3;

/** A table with its signature as last row: how many of its last rows stay together (the signature row included). */
export type SignedTable = Table & { keepLastRows?: number };


/** The first row above the cut before the last k rows whose span reaches below that cut, or -1. */
export const spanOverCut = (t: Table, k: number): number =>
  t.rows.findIndex((r, ri) => ri < t.rows.length - k && r.cells.some((c) => ri + (c.rowSpan ?? 1) > t.rows.length - k));

/** The last rows to keep: TAIL_ROWS data rows, more where a row span crosses the cut, never a header row; all of
 *  them where one data row alone would stay above the cut (a header and one row at a page foot, the rest and the
 *  signature overleaf: contoh PK 03's sub kegiatan table). */
export function tailRows(t: Table): number {
  const n = t.rows.length, data = n - t.headerRows;
  let k = Math.min(TAIL_ROWS, data);
  for (let ri = spanOverCut(t, k); ri >= 0; ri = spanOverCut(t, k)) k = n - ri;
  if (data - k === 1) k = data;
  return Math.max(0, Math.min(k, data));
}

/** The table with what follows it up to the signature (spacers, then the signature) as one borderless last row. */
export function withSignature(t: Table, following: Block[], fontSize: number): SignedTable {
  const tail = following.map((b) => (b.kind === 'table' ? { ...b, size: b.size ?? fontSize } : b));
  const cell: BorderlessCell = { blocks: tail, colSpan: t.widths.length, noBorder: true };
  return { ...t, rows: [...t.rows, { cells: [cell] }], keepLastRows: tailRows(t) + 1 };
}
