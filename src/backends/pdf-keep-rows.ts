// pdfmake keeps only a table's header rows (plus keepWithHeaderRows) together; nothing keeps the *last* rows of a
// table together, so a signature carried as a table's last row could still move alone to a new page. Patch: a table
// node with `_keepLastRows: k` lays out its last k rows as one unbreakable block (nested around pdfmake's own
// per-row blocks), so they move to the next page together, where the header rows repeat above them.
// When the kept rows reach back into pdfmake's own header block (header rows plus keepWithHeaderRows, e.g. a short
// table whose every data row is kept), pdfmake registers the header as repeatable while our block is still open: the
// block then moves to a new page holding its own header row, under the repeated one (PK 25 and 27: "NO | SUB
// KEGIATAN | ANGGARAN" twice). So the header is registered only once our block is placed.
import { pdfmakeClass } from './pdfmake-class.ts';

interface TableNode { _keepLastRows?: number; table: { body: unknown[][] } }
interface Processor { tableNode: TableNode; _held?: unknown[] }
interface Writer { beginUnbreakableBlock(): void; commitUnbreakableBlock(): void; pushToRepeatables(rep: unknown): void }
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
    if (rowIndex === firstKept(this)) { writer.beginUnbreakableBlock(); this._held = []; }
    return beginRow.call(this, rowIndex, writer, ...rest);
  };
  proto.endRow = function (this: Processor, rowIndex, writer, ...rest) {
    const held = this._held;
    if (held && typeof writer.pushToRepeatables !== 'function') throw new Error('pdfmake changed: PageElementWriter.pushToRepeatables not found (pdf-keep-rows.ts)');
    // while our block is open, a header that pdfmake makes repeatable waits (an own property shadows the method)
    if (held) writer.pushToRepeatables = (rep: unknown) => { held.push(rep); };
    let r: unknown;
    try { r = endRow.call(this, rowIndex, writer, ...rest); } finally { if (held) delete (writer as Partial<Writer>).pushToRepeatables; }
    if (held && rowIndex === this.tableNode.table.body.length - 1) {
      writer.commitUnbreakableBlock();
      for (const rep of held) writer.pushToRepeatables(rep); // pdfmake removes it after the table (cleanUpRepeatables)
      this._held = undefined;
    }
    return r;
  };
}
