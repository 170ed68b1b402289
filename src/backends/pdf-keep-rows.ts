// pdfmake keeps only a table's header rows (plus keepWithHeaderRows) together; nothing keeps the *last* rows of a
// table together, so a signature carried as a table's last row could still move alone to a new page. Patch: a table
// node with `_keepLastRows: k` lays out its last k rows as one unbreakable block (nested around pdfmake's own
// per-row blocks), so they move to the next page together, where the header rows repeat above them.
// When the kept rows reach back into pdfmake's own header block (header rows plus keepWithHeaderRows, e.g. a short
// table whose every data row is kept), pdfmake registers the header as repeatable while our block is still open: the
// block then moves to a new page holding its own header row, under the repeated one (PK 25 and 27: "NO | SUB
// KEGIATAN | ANGGARAN" twice). So the header is registered only once our block is placed.
// The same block keeps together the rows a row span ties (`_keepSpans`: [first, last] ranges from span-groups.ts):
// a page break inside them drew the spanning cell's text below the table's last rule (example LKIP Tabel 4.1).
import { pdfmakeClass } from './pdfmake-class.ts';

interface TableNode { _keepLastRows?: number; _keepSpans?: [number, number][]; table: { body: unknown[][] } }
interface Processor { tableNode: TableNode; _held?: unknown[]; _keptTo?: number }
interface Writer { beginUnbreakableBlock(): void; commitUnbreakableBlock(): void; pushToRepeatables(rep: unknown): void }
type RowFn = (this: Processor, rowIndex: number, writer: Writer, ...rest: unknown[]) => unknown;

/** The last row kept with the row at i when a kept range starts there, else -1. The last rows' range comes first:
 *  a span range reaching into it (tailRows grows it over spans across its cut, so none does) would be cut short. */
function keptTo(p: Processor, i: number): number {
  const n = p.tableNode.table.body.length;
  const k = p.tableNode._keepLastRows ?? 0;
  if (k > 0 && i === n - k) return n - 1;
  const range = p.tableNode._keepSpans?.find(([a, b]) => a === i && (k <= 0 || b < n - k));
  return range ? range[1] : -1;
}

/** Run once, by the PDF backend's setup. */
export function applyKeepRowsPatch(): void {
  const TableProcessor = pdfmakeClass('TableProcessor');
  const proto = TableProcessor.prototype as { beginRow: RowFn; endRow: RowFn };
  if (typeof proto.beginRow !== 'function' || typeof proto.endRow !== 'function') {
    throw new Error('pdfmake changed: TableProcessor.beginRow/endRow not found (pdf-keep-rows.ts)');
  }
  const { beginRow, endRow } = proto;
  proto.beginRow = function (this: Processor, rowIndex, writer, ...rest) {
    const to = this._held ? -1 : keptTo(this, rowIndex);
    if (to >= 0) { writer.beginUnbreakableBlock(); this._held = []; this._keptTo = to; }
    return beginRow.call(this, rowIndex, writer, ...rest);
  };
  proto.endRow = function (this: Processor, rowIndex, writer, ...rest) {
    const held = this._held;
    if (held && typeof writer.pushToRepeatables !== 'function') throw new Error('pdfmake changed: PageElementWriter.pushToRepeatables not found (pdf-keep-rows.ts)');
    // while our block is open, a header that pdfmake makes repeatable waits (an own property shadows the method)
    if (held) writer.pushToRepeatables = (rep: unknown) => { held.push(rep); };
    let r: unknown;
    try { r = endRow.call(this, rowIndex, writer, ...rest); } finally { if (held) delete (writer as Partial<Writer>).pushToRepeatables; }
    if (held && rowIndex === this._keptTo) {
      writer.commitUnbreakableBlock();
      for (const rep of held) writer.pushToRepeatables(rep); // pdfmake removes it after the table (cleanUpRepeatables)
      this._held = undefined;
    }
    return r;
  };
}
