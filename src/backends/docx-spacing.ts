// How the DOCX spaces and keeps blocks so that LibreOffice and Word break pages where the PDF does (pdfmake adds a
// block's bottom margin and the next one's top margin; it moves a heading or intro with what follows whole).
import type { Block } from '../render/model.ts';
import { fitsAnyPage, keeps } from './pdf-keep.ts';
import { isCaptionOf } from './table-caption.ts';

/** Between two paragraphs (or headings) the PDF and Word add the first one's space after and the second one's space
 *  before; LibreOffice takes the larger. Written as one space before the second paragraph, all three agree. */
export type Spaced = Block & { before?: number; after?: number; whole?: boolean }; // spacing (pt) of headings, charts, a list's
// last item; whole: a paragraph that the PDF moves whole with the heading or intro before it (pdf-keep.ts)
/** A list ends with its last item's paragraph and the list's own 4 pt (PDF); undefined when it ends otherwise. */
export const lastPara = (b: Block) => (b.kind === 'list' ? b.items.at(-1)?.at(-1) : undefined);
const after = (b: Block | undefined): number => {
  if (b?.kind === 'p') return b.spaceAfter ?? 4;
  if (b?.kind === 'heading') return 6;
  if (b?.kind === 'chart') return 6;
  const last = b && lastPara(b);
  return last?.kind === 'p' ? (last.spaceAfter ?? 4) + 4 : 0;
};
const before = (b: Block) => (b.kind === 'p' ? b.spaceBefore ?? 0 : b.kind === 'heading' ? (b.level === 1 ? 0 : 6) : b.kind === 'chart' ? 4 : 0);
export function joinSpacing(bs: Block[]): Block[] {
  const joins = (i: number) => {
    const a = bs[i], b = bs[i + 1];
    return after(a) > 0 && (b?.kind === 'p' || b?.kind === 'chart' || (b?.kind === 'heading' && !b.pageBreak)) && !isCaptionOf(b, bs[i + 2]);
  };
  return bs.map((b, i) => {
    let out: Spaced = b;
    if (joins(i)) out = out.kind === 'p' ? { ...out, spaceAfter: 0 } : { ...out, after: 0 };
    if ((b.kind === 'p' || b.kind === 'list') && i > 0 && keeps(bs[i - 1]) && fitsAnyPage(b)) out = { ...out, whole: true };
    if (b.kind === 'table' && !b.keepTogether && i > 0 && keeps(bs[i - 1]) && fitsAnyPage(b)) out = { ...b, whole: true };
    if (joins(i - 1)) {
      const sum = before(b) + after(bs[i - 1]);
      out = out.kind === 'p' ? { ...out, spaceBefore: sum } : { ...out, before: sum };
    }
    return out;
  });
}

