// Daftar isi/tabel/gambar in the DOCX as Word fields: every listed heading or caption is a bookmark, and every entry
// shows its page through a PAGEREF field to that bookmark, its result already filled with the page label of the PDF
// layout, so the document opens populated and "update field" recomputes the numbers in Word or LibreOffice.
import { Bookmark, Paragraph, SimpleField, TabStopType, TextRun, type ParagraphChild } from 'docx';
import type { TocList } from '../render/model.ts';
import { tocEntries } from '../render/model.ts';
import { FONT, lineOf, takeBreak, tw, type Ctx } from './docx-blocks.ts';

/** Bookmark name of a list entry's target: letters and digits, starting with '_Toc' as Word names its own. */
export const bookmarkName = (tocId: string) => `_Toc${tocId.replace(/\D/g, '')}`;

/** The runs of a listed heading or caption inside its bookmark. */
export const bookmarked = (tocId: string | undefined, children: ParagraphChild[]): ParagraphChild[] =>
  tocId ? [new Bookmark({ id: bookmarkName(tocId), children }) as unknown as ParagraphChild] : children;

/** A generated list: one paragraph per entry, text, right tab with dot leader, PAGEREF field. */
export function tocLines(list: TocList, ctx: Ctx): Paragraph[] {
  const entries = tocEntries(ctx.doc, list);
  const size = ctx.size * 2;
  if (!entries.length) return [new Paragraph({ pageBreakBefore: takeBreak(ctx) || undefined, children: [new TextRun({ text: '-', font: FONT, size })] })];
  return entries.map((e, i) => new Paragraph({
    pageBreakBefore: (i === 0 && takeBreak(ctx)) || undefined,
    tabStops: [{ type: TabStopType.RIGHT, position: tw(ctx.width), leader: 'dot' }],
    indent: { left: tw((e.level - 1) * 14) }, spacing: { after: 80, ...lineOf(ctx.size) }, // as the PDF's rows: a line and 2 + 2 pt padding
    children: [
      new TextRun({ text: e.text, font: FONT, size, bold: e.level === 1 && list === 'isi' }),
      new TextRun({ text: '\t', font: FONT, size }),
      new SimpleField(`PAGEREF ${bookmarkName(e.id)} \\h`, ctx.layout?.byId.get(e.id) ?? '') as unknown as ParagraphChild,
    ],
  }));
}
