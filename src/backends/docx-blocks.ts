// Document model blocks -> docx paragraphs and tables (font and size inherited from the document defaults).
import {
  AlignmentType, BorderStyle, LineRuleType, HeadingLevel, ImageRun, PageNumber,
  Paragraph, ShadingType, Table as DTable, TableCell, TableRow, TextRun, VerticalAlign, WidthType, type FileChild,
  type ParagraphChild,
} from 'docx';
import type { Align, Block, Cell, DocModel, Inline, Pages, Paragraph as MPara, Table } from '../render/model.ts';
import { cellContent, HEADING_SIZE } from '../render/model.ts';
import { chartPng } from './chart-png.ts';
import { columnPadding, solveWidths } from './column-widths.ts';
import { bookmarked, tocLines } from './docx-toc.ts';
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
  listIndent?: number; // twips: a paragraph that continues a list item sits under the item's text
  signatureTail?: Block[]; // spacers and signature that the table's last rows carry in one unsplittable row
}

/** Text paragraphs take size and line spacing from a paragraph style per size ("Teks22" = 11 pt), so the paragraph
 *  mark has the size of its text (Word sizes a line by it) and no paragraph or run repeats them. */
export function textStyle(ctx: Ctx, size: number): string {
  const hp = Math.round(size * 2);
  ctx.textSizes.add(hp);
  return `Teks${hp}`;
}
export const textStyleDefinition = (hp: number) => ({
  id: `Teks${hp}`, name: `Teks ${hp / 2} pt`, basedOn: 'Normal',
  run: { size: hp }, paragraph: { spacing: { before: 0, after: 0, line: 264, lineRule: LineRuleType.AUTO } },
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
    spacing: listItem ? { before, after, line: 264, lineRule: LineRuleType.AUTO } : before || after ? { before: before || undefined, after: after || undefined } : undefined,
    indent: b.indent || ctx.listIndent ? { left: tw(b.indent ?? 0) + (ctx.listIndent ?? 0) } : undefined, keepNext: b.keepNext || ctx.keepNext || undefined, keepLines: b.keepNext || ctx.keepNext || undefined,
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

function cell(c: Cell, t: Table, ctx: Ctx, width: number, keep: boolean): TableCell {
  const inner: Ctx = { ...ctx, size: t.size ?? ctx.size, width, breakNext: false, keepNext: keep, signatureTail: undefined };
  const children = blocks(cellContent(c.blocks), inner);
  const kids = children.length ? children : [new Paragraph({ style: textStyle(inner, inner.size), keepNext: keep || undefined, children: [] })];
  // borders and margins are set once on the table (w:tblBorders, w:tblCellMar), not repeated in every cell
  return new TableCell({
    children: kids as Paragraph[], rowSpan: c.rowSpan, columnSpan: c.colSpan,
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

function list(b: Extract<Block, { kind: 'list' }>, ctx: Ctx): FileChild[] {
  const reference = b.ordered ? (b.style === 'lower-alpha' ? 'alpha' : 'decimal') : 'bullet';
  const instance = ++ctx.instance.n;
  const out: FileChild[] = [];
  for (const item of b.items) {
    item.forEach((blk, i) => {
      if (blk.kind === 'p' && i === 0) out.push(para(blk, ctx, { numbering: { reference, level: ctx.listLevel, instance } }));
      else if (blk.kind === 'list') out.push(...list(blk, { ...ctx, listLevel: ctx.listLevel + 1 }));
      else out.push(...block(blk, { ...ctx, listIndent: 360 * (ctx.listLevel + 1) }));
    });
  }
  return out;
}

const BLOCK: { [K in Block['kind']]: (b: Extract<Block, { kind: K }>, ctx: Ctx) => FileChild[] } = {
  p: (b, ctx) => [para(b, ctx)],
  heading: (b, ctx) => [new Paragraph({
    heading: HEADING[b.level], alignment: b.align ? ALIGN[b.align] : undefined, pageBreakBefore: (takeBreak(ctx) || b.pageBreak) || undefined,
    spacing: { before: tw(b.level === 1 ? 0 : 6), after: tw(6) }, keepNext: true,
    children: bookmarked(b.tocId, runs(b.runs, HEADING_SIZE[b.level], true, '000000')),
  })],
  list: (b, ctx) => list(b, ctx),
  table: (b, ctx) => table(b, ctx),
  pagebreak: (_b, ctx) => { ctx.breakNext = true; return []; },
  toc: (b, ctx) => tocLines(b.list, ctx),
  chart: (b, ctx) => [new Paragraph({
    alignment: AlignmentType.CENTER, keepLines: true, pageBreakBefore: takeBreak(ctx) || undefined,
    children: [new ImageRun({ type: 'png', data: chartPng(b.spec), transformation: { width: Math.round(b.spec.width * 4 / 3), height: Math.round(b.spec.height * 4 / 3) } })],
  })],
  spacer: (b, ctx) => [new Paragraph({ spacing: { before: tw(b.height), after: 0 }, keepNext: ctx.keepNext || undefined, pageBreakBefore: takeBreak(ctx) || undefined, children: [] })],
};
const block = (b: Block, ctx: Ctx): FileChild[] => (BLOCK[b.kind] as (x: Block, c: Ctx) => FileChild[])(b, ctx);

/** A signature block keeps with what precedes it: the last rows of a table (carried into one row, see signatureRow),
 *  or the paragraphs and spacers before it (keep-with-next, set on ctx for the one block: a copy of ctx would lose the
 *  page break the block takes). */
export function blocks(bs: Block[], ctx: Ctx): FileChild[] {
  const out: FileChild[] = [];
  for (let i = 0; i < bs.length; i++) {
    const b = bs[i];
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
