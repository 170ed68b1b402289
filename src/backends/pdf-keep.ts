// Keep-with-next in the PDF: pdfmake has no keep-with-next, so a run of blocks that keep with what follows travels
// as one unbreakable stack when what follows fits on any page (Word does this from w:keepNext in the DOCX).
import type { Block } from '../render/model.ts';

/** A heading, or a paragraph marked keep-next, stays with the block after it. */
export const keeps = (b: Block) => (b.kind === 'p' && b.keepNext) || (b.kind === 'heading' && !b.pageBreak);

const textLength = (b: Block) => (b.kind === 'p' || b.kind === 'heading' ? b.runs.reduce((a, r) => a + (r.kind === 'text' ? r.text.length : 0), 0) : 0);
const cellText = (bs: Block[]): number => bs.reduce((a, x) => a + textLength(x) + (x.kind === 'list' ? x.items.reduce((n, it) => n + cellText(it), 0) : 0), 0);
/** Fits on any page, so it can travel unbroken with the caption, heading or intro before it: a short paragraph, a
 *  chart, a table marked to stay together, or a table or list of a few short rows (a PK's indicator table, its list
 *  of legal bases). */
export function fitsAnyPage(b: Block): boolean {
  if (b.kind === 'chart' || (b.kind === 'table' && b.keepTogether)) return true;
  if (b.kind === 'p' || b.kind === 'heading') return textLength(b) < 700;
  if (b.kind === 'table') return b.rows.length <= 8 && b.rows.reduce((a, r) => a + r.cells.reduce((n, c) => n + cellText(c.blocks), 0), 0) < 1500;
  if (b.kind === 'list') return b.items.length <= 8 && b.items.reduce((a, it) => a + cellText(it), 0) < 1500;
  return false;
}
