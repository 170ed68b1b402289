// A caption before a table becomes the table's first header row, borderless, in both backends: it repeats on every
// page the table continues on and never ends a page without the table (pdfmake keeps header rows with the first data
// row; Word and LibreOffice repeat header rows), and both formats give a long table the same height per page.
import type { Block, Cell, Table } from '../render/model.ts';

/** A cell drawn without borders (a caption or signature carried inside a table). */
export type BorderlessCell = Cell & { noBorder?: boolean };

/** A listed caption (daftar tabel) that keeps with the table right after it. */
export const isCaptionOf = (b: Block, next: Block | undefined): next is Table =>
  b.kind === 'p' && !!b.keepNext && !!b.tocId && next?.kind === 'table' && !next.signature;

export function captionIntoTable(caption: Block, t: Table): Table {
  const cell: BorderlessCell = { blocks: [{ ...(caption as Block), keepNext: undefined } as Block], colSpan: t.widths.length, noBorder: true };
  return { ...t, rows: [{ cells: [cell], header: true }, ...t.rows], headerRows: t.headerRows + 1 };
}
