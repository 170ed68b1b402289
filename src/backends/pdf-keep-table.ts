// A heading or intro before a long table stays with the table's first rows, as Word and LibreOffice keep them from
// w:keepNext in the DOCX. pdfmake has no keep-with-next and a long table cannot travel in one unbreakable stack, so
// the heading and caption could end a page alone (seen: the guideline's "D. Sasaran Sub Kegiatan" and the caption
// of Tabel 2.4 at the foot of page 11, the table from page 12; LibreOffice moved them and had a page more).
// Patch: a node carrying `_probe` (a factory of the same blocks followed by the table's header rows and first row)
// is preceded by a dry layout of the probe in an unbreakable context that is then discarded; when the probe does not
// fit in what is left of the page, and the page is not empty, the node starts a new page.
// The same probe keeps a heading with the first line of a paragraph or list too long to travel with it, and a
// title-like paragraph (src/render/judul.ts) with the first line (or first rows) of whatever follows it.
import type { Content } from 'pdfmake/interfaces.js';
import type { Block, Table } from '../render/model.ts';
import { pdfmakeClass } from './pdfmake-class.ts';

interface Context { y: number; availableHeight: number; pageMargins: { top: number }; pages: unknown[]; snapshots: unknown[] }
interface Writer {
  context(): Context; transactionLevel: number; beginUnbreakableBlock(): void; popContext(): void; moveToNextPage(): void;
  listeners(e: string): ((...a: unknown[]) => void)[]; removeAllListeners(e: string): void; addListener(e: string, l: (...a: unknown[]) => void): void;
}
interface Builder {
  writer: Writer; linearNodeList: unknown[];
  docPreprocessor: { preprocessBlock(n: unknown): unknown }; docMeasure: { measureBlock(n: unknown): unknown };
}
type ProbeNode = { _probe?: () => Content };
type Process = (this: Builder, node: ProbeNode, ...rest: unknown[]) => unknown;

/** The blocks as the probe lays them out: without list entries (a second entry would be a second TOC item). */
export const unlisted = (b: Block): Block => (b.kind === 'p' || b.kind === 'heading' ? { ...b, tocId: undefined } : b);

/** The table's header rows and its first row (with the rows its row spans reach), without continuation labels. */
export function tableStart(t: Table): Table {
  const first = t.rows[t.headerRows];
  const end = Math.min(t.rows.length, t.headerRows + Math.max(1, ...(first?.cells.map((c) => c.rowSpan ?? 1) ?? [1])));
  return { ...t, rows: t.rows.slice(0, end), continuation: undefined };
}

/** The first line of a block, as the probe lays it out: a table's first rows, one line of a paragraph (its
 *  space before, size and indent; no space after) or of a list's first item; a chart or drawing whole. */
export function blockStart(b: Block | undefined): Block | undefined {
  if (!b) return undefined;
  if (b.kind === 'table') return tableStart(b);
  if (b.kind === 'p' || b.kind === 'heading') return { kind: 'p', runs: [{ kind: 'text', text: 'X' }], size: b.kind === 'p' ? b.size : undefined, spaceBefore: b.kind === 'p' ? b.spaceBefore : undefined, indent: b.kind === 'p' ? b.indent : undefined, spaceAfter: 0 };
  if (b.kind === 'list') return blockStart(b.items[0]?.[0]);
  return b.kind === 'chart' || b.kind === 'gambar' || b.kind === 'citra' || b.kind === 'qr' ? b : undefined;
}

/** Height (pt) the probe takes from a page top; Infinity when it takes more than a page. Nothing stays laid out. */
function probeHeight(b: Builder, probe: Content, process: Process): number {
  const w = b.writer;
  const listed = b.linearNodeList.length;
  // a list's marker waits for its item's first line ('lineAdded', LayoutBuilder.processList): not the probe's
  const listeners = w.listeners('lineAdded');
  w.removeAllListeners('lineAdded');
  w.beginUnbreakableBlock();
  try {
    process.call(b, b.docMeasure.measureBlock(b.docPreprocessor.preprocessBlock(probe)) as never);
    const c = w.context();
    return c.pages.length > 1 ? Infinity : c.y;
  } finally {
    w.transactionLevel = 0; // discard the transaction: its fragment is never committed to the page
    w.popContext();
    b.linearNodeList.length = listed;
    for (const l of listeners) w.addListener('lineAdded', l);
  }
}

/** Run once, by the PDF backend's setup. */
export function applyKeepTablePatch(): void {
  const LayoutBuilder = pdfmakeClass('LayoutBuilder');
  const original = LayoutBuilder.prototype.processNode as Process;
  const writerOk = (w: Writer) => typeof w.beginUnbreakableBlock === 'function' && typeof w.popContext === 'function' && typeof w.moveToNextPage === 'function' && typeof w.transactionLevel === 'number' && typeof w.listeners === 'function';
  LayoutBuilder.prototype.processNode = function (this: Builder, node: ProbeNode, ...rest: unknown[]) {
    // only between top-level blocks: not inside an unbreakable stack or a table cell or column
    if (node._probe && this.writer.transactionLevel === 0 && !this.writer.context().snapshots.length) {
      if (!writerOk(this.writer) || typeof this.docMeasure?.measureBlock !== 'function' || typeof this.docPreprocessor?.preprocessBlock !== 'function' || !Array.isArray(this.linearNodeList)) {
        throw new Error('pdfmake changed: PageElementWriter transactions or LayoutBuilder.docMeasure not as expected (pdf-keep-table.ts)');
      }
      const c = this.writer.context();
      const empty = c.y <= c.pageMargins.top + 0.01;
      if (!empty && probeHeight(this, node._probe(), original) > c.availableHeight) this.writer.moveToNextPage();
    }
    return original.call(this, node, ...rest);
  };
}
