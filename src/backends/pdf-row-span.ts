// pdfmake 0.3 makes the last row of a row span tall enough for the spanning cell by placing it at "where the
// spanning cell ended minus the rows since it began" (DocumentContext.markEnding with a discount). Both positions are
// read in whatever frame was current: the page, or an unbreakable block laid out from y 0 (a row of a table with
// dontBreakRows, the header rows with keepWithHeaderRows, our kept last rows, a keep-together stack). When the span
// starts inside one frame and ends in another, the discount is dropped and the last row grows by up to the height
// of the header and the spanning cell (seen: the first sasaran group under a repeated header, PK Lampiran of the
// example agency, Renstra Tabel 3.2, IKU). Patch: every table keeps a frame-independent running height of its rows
// (row top to row top, measured inside each row's own frame), and the end of a span is placed from that: current row
// top + (spanning cell's bottom - its row top) - (rows between), also when
// those rows moved to a new page (the spanning cell stays whole on its first page). Once a row breaks across
// pages (a breakable table), its table keeps pdfmake's placement.
import { pdfmakeClass } from './pdfmake-class.ts';

interface Ctx { y: number; page: number }
interface Writer { context(): Ctx }
interface Layout { paddingBottom(i: number, node: unknown): number; hLineWidth(i: number, node: unknown): number }
interface Processor { rowTopY: number; layout: Layout; tableNode: unknown; _run?: number; _rowMoves?: number; _broken?: boolean }
interface EndingCell { _spanRel?: number; _spanRun?: number }
type Fn = (this: never, ...a: never[]) => unknown;

const active: Processor[] = []; // tables being laid out, innermost last
let pageMoves = 0; // pages started so far: a row broken across pages leaves its table to pdfmake's placement
const current = () => active.at(-1);

function wrap<T extends object>(proto: T, name: string, file: string, make: (orig: Fn) => Fn): void {
  const orig = (proto as Record<string, unknown>)[name];
  if (typeof orig !== 'function') throw new Error(`pdfmake changed: ${file}.${name} not found (pdf-row-span.ts)`);
  (proto as Record<string, unknown>)[name] = make(orig as Fn);
}

/** Run once, by the PDF backend's setup. */
export function applyRowSpanPatch(): void {
  const TP = pdfmakeClass('TableProcessor').prototype;
  const DC = pdfmakeClass('DocumentContext').prototype;
  const PEW = pdfmakeClass('PageElementWriter').prototype;
  wrap(PEW, 'moveToNextPage', 'PageElementWriter', (orig) => function (this: never, ...a: never[]) { pageMoves++; return orig.apply(this, a); });
  wrap(TP, 'beginTable', 'TableProcessor', (orig) => function (this: Processor, ...a: never[]) {
    const r = (orig as Function).apply(this, a);
    this._run = 0; this._broken = false;
    active.push(this);
    return r;
  } as Fn);
  wrap(TP, 'endTable', 'TableProcessor', (orig) => function (this: Processor, ...a: never[]) {
    if (active.at(-1) === this) active.pop();
    return (orig as Function).apply(this, a);
  } as Fn);
  wrap(TP, 'beginRow', 'TableProcessor', (orig) => function (this: Processor, rowIndex: number, ...a: never[]) {
    const r = (orig as Function).call(this, rowIndex, ...a);
    if (typeof this.rowTopY !== 'number') throw new Error('pdfmake changed: TableProcessor.rowTopY missing (pdf-row-span.ts)');
    this._rowMoves = pageMoves;
    return r;
  } as Fn);
  wrap(TP, 'endRow', 'TableProcessor', (orig) => function (this: Processor, rowIndex: number, writer: Writer, ...a: never[]) {
    // content bottom, then the row's bottom padding and line: the next row's top, in this row's frame
    const step = writer.context().y - this.rowTopY + this.layout.paddingBottom(rowIndex, this.tableNode) + this.layout.hLineWidth(rowIndex + 1, this.tableNode);
    this._run = this._run! + step;
    if (pageMoves !== this._rowMoves) this._broken = true; // the row itself broke: its step means nothing
    return (orig as Function).call(this, rowIndex, writer, ...a);
  } as Fn);
  // the spanning cell just ended (pdfmake saves the context into the span's last cell): remember it row-relative
  wrap(DC, 'saveContextInEndingCell', 'DocumentContext', (orig) => function (this: Ctx, cell: EndingCell, ...a: never[]) {
    const p = current();
    if (p) { cell._spanRel = this.y - p.rowTopY; cell._spanRun = p._run; }
    return (orig as Function).call(this, cell, ...a);
  } as Fn);
  wrap(DC, 'markEnding', 'DocumentContext', (orig) => function (this: Ctx, cell: EndingCell, ...a: never[]) {
    const page = this.page;
    const r = (orig as Function).call(this, cell, ...a);
    const p = current();
    if (p && cell._spanRel !== undefined && !p._broken) {
      this.page = page;
      this.y = p.rowTopY + cell._spanRel - (p._run! - cell._spanRun!);
    }
    return r;
  } as Fn);
}
