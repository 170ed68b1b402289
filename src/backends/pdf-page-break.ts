// A page break as Word does it: none when the page is still empty. pdfmake breaks unconditionally, and it moves a
// paragraph's bottom margin that does not fit to a new page, so a break right after a page that ended full gave a
// blank page (seen in the guideline before BAB IV). The break is a zero-height node that pdfmake skips at a page top.
import { pdfmakeClass } from './pdfmake-class.ts';
import type { Content } from 'pdfmake/interfaces.js';

interface Node { pageBreak?: string; _breakUnlessAtTop?: boolean }
interface Context { y: number; pageMargins: { top: number } }
interface Builder { writer: { context(): Context } }

/** A node that starts a new page unless the current one is still empty. */
export const pageBreakNode = (): Content => ({ stack: [], pageBreak: 'after', _breakUnlessAtTop: true } as unknown as Content);

/** Run once, by the PDF backend's setup. */
export function applyPageBreakPatch(): void {
  const LayoutBuilder = pdfmakeClass('LayoutBuilder');
  const original = LayoutBuilder.prototype.processNode as (this: Builder, node: Node, ...rest: unknown[]) => unknown;
  LayoutBuilder.prototype.processNode = function (this: Builder, node: Node, ...rest: unknown[]) {
    const c = this.writer.context();
    if (!node._breakUnlessAtTop || c.y !== c.pageMargins.top) return original.call(this, node, ...rest);
    const pageBreak = node.pageBreak; // pdfmake may lay the document out again: restore the node as it was
    node.pageBreak = undefined;
    try {
      return original.call(this, node, ...rest);
    } finally {
      node.pageBreak = pageBreak;
    }
  };
}
