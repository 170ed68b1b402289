// How the DOCX spaces and keeps blocks so that LibreOffice and Word break pages where the PDF does (pdfmake adds a
// block's bottom margin and the next one's top margin; it moves a heading or intro with what follows whole).
import type { Block, ListBlock } from '../render/model.ts';
import { fitsAnyPage, keeps } from './pdf-keep.ts';
import { isCaptionOf } from './table-caption.ts';

/** Between two paragraphs (or headings) the PDF and Word add the first one's space after and the second one's space
 *  before; LibreOffice takes the larger. Written as one space before the second paragraph, all three agree. */
export type Spaced = Block & { before?: number; after?: number; whole?: boolean }; // spacing (pt) of headings, charts, a list's
// last item; whole: a paragraph that the PDF moves whole with the heading or intro before it (pdf-keep.ts)
/** A list ends with its last item's last block: a paragraph, or a nested list that ends the same way. */
const lastBlock = (b: Block) => (b.kind === 'list' ? b.items.at(-1)?.at(-1) : undefined);
/** Space (pt) the PDF leaves after a block: a list adds its own 4 pt to what its last block leaves (a nested list
 *  ending an item adds 4 more); 0 for a list that does not end with a paragraph (no join). */
const after = (b: Block | undefined): number => {
  if (b?.kind === 'p') return b.spaceAfter ?? 4;
  if (b?.kind === 'heading') return 6;
  if (b?.kind === 'chart') return 6;
  const last = b && lastBlock(b);
  const inner = last?.kind === 'p' || last?.kind === 'list' ? after(last) : 0;
  return inner > 0 ? inner + 4 : 0;
};
/** The list with its last paragraph (however deeply nested) spaced `pt` after. */
function withLastAfter(l: ListBlock, pt: number): ListBlock {
  const last = lastBlock(l);
  if (last?.kind !== 'p' && last?.kind !== 'list') return l;
  const done = last.kind === 'p' ? { ...last, spaceAfter: pt } : withLastAfter(last, pt);
  return { ...l, items: [...l.items.slice(0, -1), [...l.items.at(-1)!.slice(0, -1), done]] };
}
/** The DOCX writes a list's items as one run of paragraphs: a nested list followed by more of its item or by the next
 *  item gives its last paragraph the space the PDF leaves there (its own and each ending list's 4 pt; LibreOffice
 *  would drop them, measured: 4 pt per program of the Renstra's 4.1.2, a page over BAB IV); a list whose space
 *  went to the block after it (joinSpacing) ends with none. Call once per outermost list. */
export function listSpacing(l: ListBlock): ListBlock {
  const items = l.items.map((it, k) => it.map((given, i) => {
    // as in the PDF (pdf-blocks.ts): a paragraph or list after an item's keep-next paragraph travels whole with it
    const b: Spaced = i > 0 && keeps(it[i - 1]) && (given.kind === 'p' || given.kind === 'list') && fitsAnyPage(given) ? { ...given, whole: true } : given;
    if (b.kind !== 'list') return b;
    const inner = listSpacing(b);
    return i < it.length - 1 || k < l.items.length - 1 ? withLastAfter(inner, after(b)) : inner;
  }));
  return (l as Spaced).after === 0 ? withLastAfter({ ...l, items }, 0) : { ...l, items };
}
const before = (b: Block) => (b.kind === 'p' ? b.spaceBefore ?? 0 : b.kind === 'heading' ? (b.level === 1 ? 0 : 6) : b.kind === 'chart' ? 4 : 0);
export function joinSpacing(bs: Block[]): Block[] {
  const joins = (i: number) => {
    const a = bs[i], b = bs[i + 1];
    return after(a) > 0 && (b?.kind === 'p' || b?.kind === 'chart' || (b?.kind === 'heading' && !b.pageBreak)) && !isCaptionOf(b, bs[i + 2]);
  };
  // the PDF's 2 pt above a table (its top margin; a caption folded into the table is its first row): the DOCX table
  // has no space before, so the paragraph or heading before it carries them (not a caption that becomes its row)
  const folded = (i: number) => isCaptionOf(bs[i], bs[i + 1]) && !(i > 0 && keeps(bs[i - 1]));
  const tableNext = (i: number) => !folded(i) && (bs[i + 1]?.kind === 'table' || (!!bs[i + 2] && folded(i + 1)));
  return bs.map((b, i) => {
    let out: Spaced = b;
    if (joins(i)) out = out.kind === 'p' ? { ...out, spaceAfter: 0 } : { ...out, after: 0 };
    else if (tableNext(i) && out.kind === 'p') out = { ...out, spaceAfter: (out.spaceAfter ?? 4) + 2 };
    else if (tableNext(i) && out.kind === 'heading') out = { ...out, after: 6 + 2 };
    if ((b.kind === 'p' || b.kind === 'list') && i > 0 && keeps(bs[i - 1]) && fitsAnyPage(b)) out = { ...out, whole: true };
    if (b.kind === 'table' && !b.keepTogether && i > 0 && keeps(bs[i - 1]) && fitsAnyPage(b)) out = { ...b, whole: true };
    if (joins(i - 1)) {
      const sum = before(b) + after(bs[i - 1]);
      out = out.kind === 'p' ? { ...out, spaceBefore: sum } : { ...out, before: sum };
    }
    return out;
  });
}

