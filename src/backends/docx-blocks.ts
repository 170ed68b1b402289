// Document model blocks -> docx paragraphs and tables (font and size inherited from the document defaults).
import {
  AlignmentType, BorderStyle, LineRuleType, HeadingLevel, ImageRun, PageNumber,
  Paragraph, ShadingType, Table as DTable, TableCell, TableRow, TextRun, VerticalAlign, WidthType, type FileChild,
  type ParagraphChild,
} from 'docx';
import type { Align, Block, Cell, DocModel, Inline, Pages, Paragraph as MPara, Table } from '../render/model.ts';
import { cellContent, HEADING_SIZE } from '../render/model.ts';
import { chartPng } from './chart-png.ts';
import { textWidth } from './text-width.ts';
import { fitsAnyPage, keeps } from './pdf-keep.ts';
import { lineTwips } from './fonts.ts';
import { columnPadding, solveWidths } from './column-widths.ts';
import { bookmarked, tocLines } from './docx-toc.ts';
import { captionIntoTable, isCaptionOf, type BorderlessCell } from './table-caption.ts';
import { signatureAfter, tailRows } from './pdf-signature.ts';

export const FONT = 'Times New Roman';
export const tw = (pt: number) => Math.round(pt * 20);
const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED,
};
const VALIGN = { top: VerticalAlign.TOP, middle: VerticalAlign.CENTER, bottom: VerticalAlign.BOTTOM } as const;
const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3, 4: HeadingLevel.HEADING_4 } as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const CELL_MARGINS = { left: 60, right: 60, top: 40, bottom: 40 };

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
function runs(rs: Inline[], size: number | undefined, bold?: boolean, color?: string): ParagraphChild[] {
  const sz = size === undefined ? undefined : size * 2;
  return rs.map((r) => {
    if (r.kind === 'br') return new TextRun({ break: 1, size: sz });
    if (r.kind === 'field') return new TextRun({ children: [r.field === 'page' ? PageNumber.CURRENT : PageNumber.TOTAL_PAGES], size: sz });
    return new TextRun({ text: r.text, bold: r.bold || bold, italics: r.italics, underline: r.underline ? {} : undefined, size: sz, color });
  });
}

export function takeBreak(ctx: Ctx): boolean {
  const b = ctx.breakNext;
  ctx.breakNext = false;
  return b;
}

// line 264 = 1,1 × single spacing (in the text styles); lineRule must be explicit or LibreOffice reads a fixed 13,2 pt
// line. List items keep docx's list paragraph style, so they carry spacing and size themselves.
function para(b: MPara, ctx: Ctx, extra: Record<string, unknown> = {}): Paragraph {
  const size = b.size ?? ctx.size;
  const before = tw(b.spaceBefore ?? 0), after = tw(b.spaceAfter ?? 4);
  const listItem = 'numbering' in extra;
  return new Paragraph({
    style: listItem ? undefined : textStyle(ctx, size),
    children: bookmarked(b.tocId, runs(b.runs, listItem && size !== ctx.doc.fontSize ? size : undefined)), alignment: b.align ? ALIGN[b.align] : undefined,
    spacing: listItem ? { before, after, ...lineOf(size) } : before || after ? { before: before || undefined, after: after || undefined } : undefined,
    indent: b.indent || ctx.listIndent ? { left: tw(b.indent ?? 0) + (ctx.listIndent ?? 0) } : undefined, keepNext: b.keepNext || ctx.keepNext || undefined, keepLines: b.keepNext || ctx.keepNext || (b as Spaced).whole || undefined,
    pageBreakBefore: takeBreak(ctx) || undefined, ...extra,
  });
}

/** Column widths as pdfmake lays them out: a column's width excludes its padding (4 pt a side with borders, 2 without). */
function colWidths(t: Table, avail: number, docSize: number): number[] {
  const pad = columnPadding(t);
  const solved = solveWidths(t, avail, docSize)?.widths;
  if (solved) return solved.map((w) => tw(w + pad));
  const fixed = t.widths.reduce<number>((s, w) => s + (w === '*' ? 0 : w + pad), 0);
  const stars = t.widths.filter((w) => w === '*').length;
  const star = stars ? Math.max((avail - fixed) / stars - pad, 20) : 0;
  return t.widths.map((w) => tw((w === '*' ? star : w) + pad));
}

function cell(c: BorderlessCell, t: Table, ctx: Ctx, width: number, keep: boolean): TableCell {
  const inner: Ctx = { ...ctx, size: t.size ?? ctx.size, width, breakNext: false, keepNext: keep, signatureTail: undefined };
  const children = blocks(cellContent(c.blocks), inner);
  const kids = children.length ? children : [new Paragraph({ style: textStyle(inner, inner.size), keepNext: keep || undefined, children: [] })];
  // borders and margins are set once on the table (w:tblBorders, w:tblCellMar), not repeated in every cell
  return new TableCell({
    children: kids as Paragraph[], rowSpan: c.rowSpan, columnSpan: c.colSpan, borders: c.noBorder ? { top: NONE, left: NONE, right: NONE } : undefined,
    verticalAlign: c.vAlign ? VALIGN[c.vAlign] : undefined, shading: c.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: c.fill } : undefined,
  });
}

/** Cell blocks inherit the cell's alignment and header boldness. */
function cellBlocks(c: Cell): Cell {
  if (!c.align && !c.header) return c;
  const fix = (b: Block): Block =>
    b.kind === 'p' ? { ...b, align: b.align ?? c.align, runs: c.header ? b.runs.map((r) => (r.kind === 'text' ? { ...r, bold: true } : r)) : b.runs } : b;
  return { ...c, blocks: c.blocks.map(fix) };
}

function table(given: Table, ctx: Ctx, nestedTop = false): FileChild[] {
  if ((given as Spaced).whole) return wholeTable({ ...given, whole: false } as Table, ctx);
  const size = solveWidths(given, ctx.width, ctx.doc.fontSize)?.size;
  const t = size ? { ...given, size } : given;
  const widths = colWidths(t, ctx.width, ctx.doc.fontSize);
  const tail = ctx.signatureTail;
  const k = tail ? tailRows(t) : 0;
  const lead: FileChild[] = takeBreak(ctx) ? [new Paragraph({ pageBreakBefore: true, spacing: { after: 0 }, children: [] })] : [];
  const rows = t.rows.slice(0, t.rows.length - k).map((r, i) => {
    let col = 0;
    const cells = r.cells.map((c) => {
      const span = c.colSpan ?? 1;
      const w = widths.slice(col, col + span).reduce((s, x) => s + x, 0) / 20;
      col += span;
      return cell(cellBlocks(c), t, ctx, w, !!t.keepTogether && i < t.rows.length - 1);
    });
    return new TableRow({ children: cells, tableHeader: i < t.headerRows || undefined, cantSplit: t.borders || t.keepTogether });
  });
  if (tail) rows.push(signatureRow({ ...t, rows: t.rows.slice(t.rows.length - k), headerRows: 0 }, tail, { ...ctx, signatureTail: undefined, breakNext: false }));
  const line = t.borders ? THIN : NONE;
  const borders = { top: nestedTop ? NONE : line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };
  const width = { size: widths.reduce((s, x) => s + x, 0), type: WidthType.DXA };
  return [...lead, new DTable({ rows, columnWidths: widths, width, borders, margins: CELL_MARGINS }), new Paragraph({ spacing: { after: 80 }, children: [] })];
}

/** A short table that the PDF moves whole with the heading or intro before it. LibreOffice splits a table between
 *  rows whatever their keep-with-next, so the table goes nested in the one row, which cannot split, of a borderless
 *  table; Word lays it out the same. */
function wholeTable(t: Table, ctx: Ctx): FileChild[] {
  const lead: FileChild[] = takeBreak(ctx) ? [new Paragraph({ pageBreakBefore: true, spacing: { after: 0 }, children: [] })] : [];
  const inner = table(t, { ...ctx, breakNext: false });
  const width = tw(ctx.width);
  const none = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
  const row = new TableRow({ cantSplit: true, children: [new TableCell({ children: inner as Paragraph[], margins: { left: 0, right: 0, top: 0, bottom: 0 } })] });
  return [...lead, new DTable({ rows: [row], columnWidths: [width], width: { size: width, type: WidthType.DXA }, borders: none }), new Paragraph({ spacing: { after: 0 }, children: [] })];
}

/** A signature never alone on a page: LibreOffice ignores keep-with-next on table rows, so the table's last rows
 *  (as a nested table without its top line) and the signature after them form one row that cannot split; a page
 *  break before it repeats the header rows above it. */
function signatureRow(rest: Table, tail: Block[], ctx: Ctx): TableRow {
  const children = [...table(rest, ctx, true), ...blocks(tail, ctx)];
  return new TableRow({
    cantSplit: true,
    children: [new TableCell({
      children: children as Paragraph[], columnSpan: rest.widths.length,
      margins: { left: 0, right: 0, top: 0, bottom: 0 }, borders: { left: NONE, right: NONE, bottom: NONE },
    })],
  });
}

function list(given: Extract<Block, { kind: 'list' }>, ctx: Ctx): FileChild[] {
  // the space after the list went to the block after it (joinSpacing): its last paragraph keeps none
  const last = (given as Spaced).after === 0 ? lastPara(given) : undefined;
  const b = last?.kind === 'p' ? { ...given, items: given.items.map((it, k) => (k === given.items.length - 1 ? [...it.slice(0, -1), { ...last, spaceAfter: 0 }] : it)) } : given;
  const reference = b.ordered ? (b.style === 'lower-alpha' ? 'alpha' : 'decimal') : 'bullet';
  const instance = ++ctx.instance.n;
  // the marker column is as wide as pdfmake makes it: '9. ' or the widest marker, whichever is wider
  const label = (n: number) => (b.style === 'lower-alpha' ? String.fromCharCode(96 + n) : String(n));
  const gap = tw(Math.max(textWidth('9. ', ctx.size), ...(b.ordered ? b.items.map((_, k) => textWidth(`${label(k + 1)}. `, ctx.size)) : [])));
  const left = (ctx.listIndent ?? 0) + gap;
  const out: FileChild[] = [];
  const whole = (given as Spaced).whole; // the PDF moves it whole with the heading or intro before it
  for (const [k, item] of b.items.entries()) {
    const keep = whole && k < b.items.length - 1 ? { keepNext: true } : {};
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
  heading: (b, ctx) => [new Paragraph({
    heading: HEADING[b.level], alignment: b.align ? ALIGN[b.align] : undefined, pageBreakBefore: (takeBreak(ctx) || b.pageBreak) || undefined,
    spacing: { before: tw((b as Spaced).before ?? (b.level === 1 ? 0 : 6)), after: tw((b as Spaced).after ?? 6), ...lineOf(HEADING_SIZE[b.level]) }, keepNext: true,
    children: bookmarked(b.tocId, runs(b.runs, HEADING_SIZE[b.level], true, '000000')),
  })],
  list: (b, ctx) => list(b, ctx),
  table: (b, ctx) => table(b, ctx),
  pagebreak: (_b, ctx) => { ctx.breakNext = true; return []; },
  toc: (b, ctx) => tocLines(b.list, ctx),
  chart: (b, ctx) => [new Paragraph({
    alignment: AlignmentType.CENTER, keepLines: true, pageBreakBefore: takeBreak(ctx) || undefined,
    spacing: { before: tw((b as Spaced).before ?? 4), after: tw((b as Spaced).after ?? 6) }, // the PDF's margins
    children: [new ImageRun({ type: 'png', data: chartPng(b.spec), transformation: { width: Math.round(b.spec.width * 4 / 3), height: Math.round(b.spec.height * 4 / 3) } })],
  })],
  spacer: (b, ctx) => [new Paragraph({ spacing: { before: tw(b.height), after: 0 }, keepNext: ctx.keepNext || undefined, pageBreakBefore: takeBreak(ctx) || undefined, children: [] })],
};
const block = (b: Block, ctx: Ctx): FileChild[] => (BLOCK[b.kind] as (x: Block, c: Ctx) => FileChild[])(b, ctx);

/** Between two paragraphs (or headings) the PDF and Word add the first one's space after and the second one's space
 *  before; LibreOffice takes the larger. Written as one space before the second paragraph, all three agree. */
type Spaced = Block & { before?: number; after?: number; whole?: boolean }; // spacing (pt) of headings, charts, a list's
// last item; whole: a paragraph that the PDF moves whole with the heading or intro before it (pdf-keep.ts)
/** A list ends with its last item's paragraph and the list's own 4 pt (PDF); undefined when it ends otherwise. */
const lastPara = (b: Block) => (b.kind === 'list' ? b.items.at(-1)?.at(-1) : undefined);
const after = (b: Block | undefined): number => {
  if (b?.kind === 'p') return b.spaceAfter ?? 4;
  if (b?.kind === 'heading') return 6;
  if (b?.kind === 'chart') return 6;
  const last = b && lastPara(b);
  return last?.kind === 'p' ? (last.spaceAfter ?? 4) + 4 : 0;
};
const before = (b: Block) => (b.kind === 'p' ? b.spaceBefore ?? 0 : b.kind === 'heading' ? (b.level === 1 ? 0 : 6) : b.kind === 'chart' ? 4 : 0);
function joinSpacing(bs: Block[]): Block[] {
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

/** A signature block keeps with what precedes it: the last rows of a table (carried into one row, see signatureRow),
 *  or the paragraphs and spacers before it (keep-with-next, set on ctx for the one block: a copy of ctx would lose the
 *  page break the block takes). */
export function blocks(given: Block[], ctx: Ctx): FileChild[] {
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
