// pdfmake keeps only a table's header rows (plus keepWithHeaderRows) together; nothing keeps the *last* rows of a
// table together, so a signature carried as a table's last row could still move alone to a new page. Patch: a table
// node with `_keepLastRows: k` lays out its last k rows as one unbreakable block (nested around pdfmake's own
// per-row blocks), so they move to the next page together, where the header rows repeat above them.
import { pdfmakeClass } from './pdfmake-class.ts';

interface TableNode { _keepLastRows?: number; table: { body: unknown[][] } }
interface Processor { tableNode: TableNode }
interface Writer { beginUnbreakableBlock(): void; commitUnbreakableBlock(): void }
type RowFn = (this: Processor, rowIndex: number, writer: Writer, ...rest: unknown[]) => unknown;

/** Index of the first kept row, or -1. */
const firstKept = (p: Processor) => {
  const k = p.tableNode._keepLastRows ?? 0;
  return k > 0 ? p.tableNode.table.body.length - k : -1;
};

/** Run once, by the PDF backend's setup. */
export function applyKeepRowsPatch(): void {
  const TableProcessor = pdfmakeClass('TableProcessor');
  const proto = TableProcessor.prototype as { beginRow: RowFn; endRow: RowFn };
  if (typeof proto.beginRow !== 'function' || typeof proto.endRow !== 'function') {
    throw new Error('pdfmake changed: TableProcessor.beginRow/endRow not found (pdf-keep-rows.ts)');
  }
  const { beginRow, endRow } = proto;
  proto.beginRow = function (this: Processor, rowIndex, writer, ...rest) {
    if (rowIndex === firstKept(this)) writer.beginUnbreakableBlock();
    return beginRow.call(this, rowIndex, writer, ...rest);
  };
  proto.endRow = function (this: Processor, rowIndex, writer, ...rest) {
    const r = endRow.call(this, rowIndex, writer, ...rest);
    if (firstKept(this) >= 0 && rowIndex === this.tableNode.table.body.length - 1) writer.commitUnbreakableBlock();
    return r;
  };
}
