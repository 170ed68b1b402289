// Document model blocks -> docx paragraphs and tables (font and size inherited from the document defaults).
import { AlignmentType, LineRuleType, HeadingLevel, Paragraph, type FileChild } from 'docx';
import type { Align, Block, DocModel, Inline, Pages, Paragraph as MPara, Table } from '../render/model.ts';
import { HEADING_SIZE, signatureAfter } from '../render/model.ts';
import { chartPng } from './chart-png.ts';
import { citraDocx } from './citra-docx.ts';
import { garisDocx } from './garis-docx.ts';
import { qrPng } from './qr.ts';
import { gambarPng } from './gambar-png.ts';
import { textWidth } from './text-width.ts';
import { keeps } from './pdf-keep.ts';
import { joinSpacing, listSpacing, type Spaced } from './docx-spacing.ts';
import { lineTwips } from './fonts.ts';
import { table } from './docx-table.ts';
import { bookmarked, tocLines } from './docx-toc.ts';
import { captionIntoTable, isCaptionOf } from './table-caption.ts';
import { paragraf, runs as siapRuns } from './docx-siap.ts';
import { gambarRun } from './docx-media.ts';

export const FONT = 'Times New Roman';
export const tw = (pt: number) => Math.round(pt * 20);
const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED,
};
const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3, 4: HeadingLevel.HEADING_4 } as const;

export interface Ctx {
  size: number; width: number; listLevel: number; breakNext: boolean; instance: { n: number }; keepNext?: boolean; doc: DocModel; layout?: Pages;
  textSizes: Set<number>; // half-points of the text paragraph styles the document uses (see textStyle)
  listIndent?: number; // twips: where the text of the current list item starts (a continuing paragraph sits under it)
  signatureTail?: Block[]; // spacers and signature that the table's last rows carry in one unsplittable row
}

/** Text paragraphs take size and line spacing from a paragraph style per size ("Teks22" = 11 pt), so the paragraph
 *  mark has the size of its text (Word sizes a line by it) and no paragraph or run repeats them. */
export function textStyle(ctx: Ctx, size: number): string {
  const hp = Math.round(size * 2);
  ctx.textSizes.add(hp);
  return `Teks${hp}`;
}
/** Line spacing as the PDF's: pdfmake sets lines 1,1 × (ascender − descender) of Tinos = 1,218 em apart. An exact
 *  height (in twips), so Word and LibreOffice, whose single line differs by font metrics, both break pages where the
 *  PDF does. */
export const lineOf = (size: number) => ({ line: lineTwips(size), lineRule: LineRuleType.EXACT });
export const textStyleDefinition = (hp: number) => ({
  id: `Teks${hp}`, name: `Teks ${hp / 2} pt`, basedOn: 'Normal',
  run: { size: hp }, paragraph: { spacing: { before: 0, after: 0, ...lineOf(hp / 2) } },
});

/** Font and size come from the document defaults; a run names its size only when it differs (or a style would win). */
const runs = (rs: Inline[], size: number | undefined, bold?: boolean, color?: string) => siapRuns(rs, size === undefined ? undefined : size * 2, bold, color);

export function takeBreak(ctx: Ctx): boolean {
  const b = ctx.breakNext;
  ctx.breakNext = false;
  return b;
}

// Line heights are exact and equal to the PDF's (lineOf: size × 1,1 × Tinos ascent + descent), set in the text
// styles. List items keep docx's list paragraph style, so they carry spacing and size themselves.
export function para(b: MPara, ctx: Ctx, extra: Record<string, unknown> = {}): Paragraph {
  const size = b.size ?? ctx.size;
  const before = tw(b.spaceBefore ?? 0), after = tw(b.spaceAfter ?? 4);
  const listItem = 'numbering' in extra;
  // a list item's number is drawn at its paragraph mark's size (LibreOffice, Word): an item smaller than the
  // document's default (a list in a 10 pt table cell) marks it, or the number prints at the default size
  const ownSize = listItem && size !== ctx.doc.fontSize ? size : undefined;
  const opsi = {
    style: listItem ? undefined : textStyle(ctx, size), alignment: b.align ? ALIGN[b.align] : undefined,
    run: ownSize === undefined ? undefined : { size: ownSize * 2 },
    spacing: listItem ? { before, after, ...lineOf(size) } : before || after ? { before: before || undefined, after: after || undefined } : undefined,
    indent: b.indent || ctx.listIndent ? { left: tw(b.indent ?? 0) + (ctx.listIndent ?? 0) } : undefined, keepNext: b.keepNext || b.judul || ctx.keepNext || undefined, keepLines: b.keepNext || b.judul || ctx.keepNext || (b as Spaced).whole || undefined,
    pageBreakBefore: takeBreak(ctx) || undefined, ...extra,
  };
  // a list item registers its number and a listed paragraph its bookmark while written: docx's own objects
  if (listItem || b.tocId) return new Paragraph({ ...opsi, children: bookmarked(b.tocId, runs(b.runs, ownSize)) });
  return paragraf(opsi, b.runs, ownSize === undefined ? undefined : ownSize * 2) as Paragraph;
}

// b: spaced by listSpacing (once, for the outermost list)
function list(b: Extract<Block, { kind: 'list' }>, ctx: Ctx): FileChild[] {
  const reference = b.ordered ? (b.style === 'lower-alpha' ? 'alpha' : 'decimal') : 'bullet';
  const instance = ++ctx.instance.n;
  // the marker column is as wide as pdfmake makes it: '9. ' or the widest marker, whichever is wider
  const label = (n: number) => (b.style === 'lower-alpha' ? String.fromCharCode(96 + n) : String(n));
  const gap = tw(Math.max(textWidth('9. ', ctx.size), ...(b.ordered ? b.items.map((_, k) => textWidth(`${label(k + 1)}. `, ctx.size)) : [])));
  const left = (ctx.listIndent ?? 0) + gap;
  const out: FileChild[] = [];
  const whole = (b as Spaced).whole; // the PDF moves it whole with the heading or intro before it
  for (const [k, item] of b.items.entries()) {
    const keep = whole ? (k < b.items.length - 1 ? { keepNext: true } : { whole: true }) : {}; // the last item unbroken
    item.forEach((blk, i) => {
      if (blk.kind === 'p' && i === 0) out.push(para({ ...blk, ...keep }, { ...ctx, listIndent: undefined }, { numbering: { reference, level: ctx.listLevel, instance }, indent: { left, hanging: gap } }));
      else if (blk.kind === 'list') out.push(...list(blk, { ...ctx, listLevel: ctx.listLevel + 1, listIndent: left }));
      else out.push(...block(blk, { ...ctx, listIndent: left }));
    });
  }
  return out;
}

const BLOCK: { [K in Block['kind']]: (b: Extract<Block, { kind: K }>, ctx: Ctx) => FileChild[] } = {
  p: (b, ctx) => [para(b, ctx)],
  heading: (b, ctx) => {
    const opsi = {
      heading: HEADING[b.level], alignment: b.align ? ALIGN[b.align] : undefined, pageBreakBefore: (takeBreak(ctx) || b.pageBreak) || undefined,
      spacing: { before: tw((b as Spaced).before ?? (b.level === 1 ? 0 : 6)), after: tw((b as Spaced).after ?? 6), ...lineOf(HEADING_SIZE[b.level]) }, keepNext: true,
    };
    return [b.tocId ? new Paragraph({ ...opsi, children: bookmarked(b.tocId, runs(b.runs, HEADING_SIZE[b.level], true, '000000')) })
      : paragraf(opsi, b.runs, HEADING_SIZE[b.level] * 2, true, '000000')];
  },
  list: (b, ctx) => list(listSpacing(b), ctx),
  table: (b, ctx) => table(b, ctx),
  pagebreak: (_b, ctx) => { ctx.breakNext = true; return []; },
  toc: (b, ctx) => tocLines(b.list, ctx),
  chart: (b, ctx) => [new Paragraph({
    alignment: AlignmentType.CENTER, keepLines: true, pageBreakBefore: takeBreak(ctx) || undefined,
    spacing: { before: tw((b as Spaced).before ?? 4), after: tw((b as Spaced).after ?? 6) }, // the PDF's margins
    children: [gambarRun({ type: 'png', data: chartPng(b.spec), transformation: { width: Math.round(b.spec.width * 4 / 3), height: Math.round(b.spec.height * 4 / 3) } })],
  })],
  qr: (b) => {
    const { png } = qrPng(b);
    const px = Math.round(b.size * 4 / 3);
    return [new Paragraph({ keepLines: true, spacing: { before: tw(2), after: tw(2) }, children: [gambarRun({ type: 'png', data: png, transformation: { width: px, height: px } })] })];
  },
  gambar: (b, ctx) => [new Paragraph({
    alignment: AlignmentType.CENTER, keepLines: true, pageBreakBefore: takeBreak(ctx) || undefined, spacing: { before: 0, after: 0 },
    children: [gambarRun({ type: 'png', data: gambarPng(b.spec), transformation: { width: Math.round(b.spec.width * 4 / 3), height: Math.round(b.spec.height * 4 / 3) } })],
  })],
  citra: (b, ctx) => [citraDocx(b, takeBreak(ctx))],
  garis: (b) => [garisDocx(b)],
  spacer: (b, ctx) => [paragraf({ spacing: { before: tw(b.height), after: 0 }, keepNext: ctx.keepNext || undefined, pageBreakBefore: takeBreak(ctx) || undefined }, [])],
};
export const block = (b: Block, ctx: Ctx): FileChild[] => (BLOCK[b.kind] as (x: Block, c: Ctx) => FileChild[])(b, ctx);

/** A signature block keeps with what precedes it: the last rows of a table (carried into one row, see signatureRow),
 *  or the paragraphs and spacers before it (keep-with-next, set on ctx for the one block: a copy of ctx would lose the
 *  page break the block takes). */
export function blocks(given: Block[], ctx: Ctx): FileChild[] {
  // most table cells: one paragraph, which nothing before or after spaces, folds or keeps
  if (given.length === 1 && given[0].kind === 'p') return [para(given[0], ctx)];
  const bs = joinSpacing(given);
  const out: FileChild[] = [];
  for (let i = 0; i < bs.length; i++) {
    let b = bs[i];
    // as in the PDF: a caption becomes the table's header row unless a heading or intro before it carries it
    if (isCaptionOf(b, bs[i + 1]) && !(i > 0 && keeps(bs[i - 1]))) b = captionIntoTable(b, bs[++i] as Table);
    const s = signatureAfter(bs, i);
    if (s < 0 || (b.kind === 'table' && b.keepTogether)) { out.push(...block(b, ctx)); continue; }
    const saved = { keepNext: ctx.keepNext, signatureTail: ctx.signatureTail };
    if (b.kind === 'table') ctx.signatureTail = bs.slice(i + 1, s + 1);
    else ctx.keepNext = true;
    try { out.push(...block(b, ctx)); } finally { Object.assign(ctx, saved); }
    if (b.kind === 'table') i = s;
  }
  return out;
}
