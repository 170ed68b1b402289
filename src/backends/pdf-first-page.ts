// pdfmake 0.3 sets a referenced line's page (positions[0].pageNumber) every time it places a fragment holding it, and
// a table's header rows are placed again on each page the table continues on: a caption carried as a header row then
// reported the table's *last* page to the daftar tabel. Patch: only the first placement of a position sets its page.
import { pdfmakeClass } from './pdfmake-class.ts';

interface Pos { pageNumber: number }
interface Item { type: string; item: { _node?: { positions: Pos[] } } }
interface Block { items: Item[] }

/** Run once, by the PDF backend's setup. */
export function applyFirstPagePatch(): void {
  const ElementWriter = pdfmakeClass('ElementWriter');
  const original = ElementWriter.prototype.addFragment as (this: unknown, block: Block, ...rest: unknown[]) => unknown;
  if (typeof original !== 'function' || !/_node\.positions\[0\]\.pageNumber/.test(original.toString())) {
    throw new Error('pdfmake changed: ElementWriter.addFragment no longer sets positions[0].pageNumber (pdf-first-page.ts)');
  }
  const placed = new WeakSet<Pos>(); // positions whose page a fragment already set (a new layout makes new positions)
  ElementWriter.prototype.addFragment = function (this: unknown, block: Block, ...rest: unknown[]) {
    const firsts = block.items.map((i) => (i.type === 'line' ? i.item._node?.positions[0] : undefined));
    const kept = firsts.map((p) => (p && placed.has(p) ? p.pageNumber : undefined));
    const r = original.call(this, block, ...rest);
    firsts.forEach((p, i) => {
      if (!p || r === false) return;
      if (kept[i] !== undefined) p.pageNumber = kept[i]!;
      else placed.add(p);
    });
    return r;
  };
}
