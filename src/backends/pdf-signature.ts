// A signature block never stands alone on a page. In the PDF it travels with what precedes it: after a table it
// becomes that table's last, borderless row, kept together with the table's last rows (pdf-keep-rows.ts), so a page
// break repeats the header above those rows; after a paragraph both go as one unbreakable stack (pdf-blocks.ts).
import type { Block, Table } from '../render/model.ts';
import type { BorderlessCell } from './table-caption.ts';

/** Data rows of the table before a signature that go with it to a new page. */
export const TAIL_ROWS = 3;

/** A table with its signature as last row: how many of its last rows stay together (the signature row included). */
export type SignedTable = Table & { keepLastRows?: number };

/** Index of the signature block that the block at i keeps with (only spacers between), or -1. */
export function signatureAfter(bs: Block[], i: number): number {
  let j = i + 1;
  while (bs[j]?.kind === 'spacer') j++;
  const b = bs[j];
  return b?.kind === 'table' && b.signature ? j : -1;
}

/** The last rows to keep: TAIL_ROWS data rows, more where a row span crosses the cut, never a header row. */
export function tailRows(t: Table): number {
  const n = t.rows.length;
  let k = Math.min(TAIL_ROWS, n - t.headerRows);
  for (let grown = true; grown;) {
    grown = false;
    t.rows.forEach((r, ri) => r.cells.forEach((c) => {
      if (ri < n - k && ri + (c.rowSpan ?? 1) > n - k) { k = n - ri; grown = true; }
    }));
  }
  return Math.max(0, Math.min(k, n - t.headerRows));
}

/** The table with what follows it up to the signature (spacers, then the signature) as one borderless last row. */
export function withSignature(t: Table, following: Block[], fontSize: number): SignedTable {
  const tail = following.map((b) => (b.kind === 'table' ? { ...b, size: b.size ?? fontSize } : b));
  const cell: BorderlessCell = { blocks: tail, colSpan: t.widths.length, noBorder: true };
  return { ...t, rows: [...t.rows, { cells: [cell] }], keepLastRows: tailRows(t) + 1 };
}
