// Document model -> DOCX bytes (docx 9). Same model as the PDF backend, so both say the same thing.
import {
  AlignmentType, BorderStyle, LineRuleType, Document, Footer, Header, HeadingLevel, ImageRun, LevelFormat, NumberFormat, Packer, PageNumber, PageOrientation, TabStopType,
  Paragraph, ShadingType, Table as DTable, TableCell, TableRow, TextRun, VerticalAlign, WidthType, type FileChild, type ISectionOptions,
  type ParagraphChild,
} from 'docx';
import type { Align, Block, Cell, DocModel, Inline, Pages, Paragraph as MPara, Section, Table } from '../render/model.ts';
import { cellContent, PAGE_SIZES, tocEntries } from '../render/model.ts';
import { chartPng } from './chart-png.ts';
import { normalizeDocx } from './docx-normalize.ts';

const FONT = 'Times New Roman';
const tw = (pt: number) => Math.round(pt * 20);
const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED,
};
const VALIGN = { top: VerticalAlign.TOP, middle: VerticalAlign.CENTER, bottom: VerticalAlign.BOTTOM } as const;
const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3, 4: HeadingLevel.HEADING_4 } as const;
const HEADING_SIZE = { 1: 14, 2: 13, 3: 12, 4: 12 } as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const CELL_MARGINS = { left: 60, right: 60, top: 20, bottom: 20 };

interface Ctx { size: number; width: number; listLevel: number; breakNext: boolean; instance: { n: number }; keepNext?: boolean; doc: DocModel; layout?: Pages }

/** Font and size come from the document defaults; a run names its size only when it differs (or a style would win). */
function runs(rs: Inline[], size: number | undefined, bold?: boolean, color?: string): ParagraphChild[] {
  const sz = size === undefined ? undefined : size * 2;
  return rs.map((r) => {
    if (r.kind === 'br') return new TextRun({ break: 1, size: sz });
    if (r.kind === 'field') return new TextRun({ children: [r.field === 'page' ? PageNumber.CURRENT : PageNumber.TOTAL_PAGES], size: sz });
    return new TextRun({ text: r.text, bold: r.bold || bold, italics: r.italics, underline: r.underline ? {} : undefined, size: sz, color });
  });
}

function takeBreak(ctx: Ctx): boolean {
  const b = ctx.breakNext;
  ctx.breakNext = false;
  return b;
}

// line 264 = 1,1 × single spacing; lineRule must be explicit or LibreOffice reads it as a fixed 13,2 pt line
function para(b: MPara, ctx: Ctx, extra: Record<string, unknown> = {}): Paragraph {
  const size = b.size ?? ctx.size;
  return new Paragraph({
    children: runs(b.runs, size === ctx.doc.fontSize ? undefined : size), alignment: b.align ? ALIGN[b.align] : undefined,
    spacing: { before: tw(b.spaceBefore ?? 0), after: tw(b.spaceAfter ?? 4), line: 264, lineRule: LineRuleType.AUTO },
    indent: b.indent ? { left: tw(b.indent) } : undefined, keepNext: b.keepNext || ctx.keepNext, keepLines: b.keepNext || ctx.keepNext,
    pageBreakBefore: takeBreak(ctx) || undefined, ...extra,
  });
}

/** Column widths as pdfmake lays them out: a column's width excludes its padding (4 pt a side with borders, 2 without). */
function colWidths(t: Table, avail: number): number[] {
  const pad = t.borders ? 8.5 : 4;
  const fixed = t.widths.reduce<number>((s, w) => s + (w === '*' ? 0 : w + pad), 0);
  const stars = t.widths.filter((w) => w === '*').length;
  const star = stars ? Math.max((avail - fixed) / stars - pad, 20) : 0;
  return t.widths.map((w) => tw((w === '*' ? star : w) + pad));
}

function cell(c: Cell, t: Table, ctx: Ctx, width: number, keep: boolean): TableCell {
  const inner: Ctx = { ...ctx, size: t.size ?? ctx.size, width, breakNext: false, keepNext: keep };
  const children = blocks(cellContent(c.blocks), inner);
  const kids = children.length ? children : [new Paragraph({ keepNext: keep, children: [] })];
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

function table(t: Table, ctx: Ctx): FileChild[] {
  const widths = colWidths(t, ctx.width);
  const lead: FileChild[] = takeBreak(ctx) ? [new Paragraph({ pageBreakBefore: true, spacing: { after: 0 }, children: [] })] : [];
  const rows = t.rows.map((r, i) => {
    let col = 0;
    const cells = r.cells.map((c) => {
      const span = c.colSpan ?? 1;
      const w = widths.slice(col, col + span).reduce((s, x) => s + x, 0) / 20;
      col += span;
      return cell(cellBlocks(c), t, ctx, w, !!t.keepTogether && i < t.rows.length - 1);
    });
    return new TableRow({ children: cells, tableHeader: i < t.headerRows || undefined, cantSplit: t.borders || t.keepTogether });
  });
  const line = t.borders ? THIN : NONE;
  const borders = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };
  const width = { size: widths.reduce((s, x) => s + x, 0), type: WidthType.DXA };
  return [...lead, new DTable({ rows, columnWidths: widths, width, borders, margins: CELL_MARGINS }), new Paragraph({ spacing: { after: 80 }, children: [] })];
}

function list(b: Extract<Block, { kind: 'list' }>, ctx: Ctx): FileChild[] {
  const reference = b.ordered ? (b.style === 'lower-alpha' ? 'alpha' : 'decimal') : 'bullet';
  const instance = ++ctx.instance.n;
  const out: FileChild[] = [];
  for (const item of b.items) {
    item.forEach((blk, i) => {
      if (blk.kind === 'p' && i === 0) out.push(para(blk, ctx, { numbering: { reference, level: ctx.listLevel, instance } }));
      else if (blk.kind === 'list') out.push(...list(blk, { ...ctx, listLevel: ctx.listLevel + 1 }));
      else out.push(...block(blk, { ...ctx }));
    });
  }
  return out;
}

function block(b: Block, ctx: Ctx): FileChild[] {
  switch (b.kind) {
    case 'p': return [para(b, ctx)];
    case 'heading':
      return [new Paragraph({
        heading: HEADING[b.level], alignment: b.align ? ALIGN[b.align] : undefined, pageBreakBefore: (takeBreak(ctx) || b.pageBreak) || undefined,
        spacing: { before: tw(b.level === 1 ? 0 : 6), after: tw(6) }, keepNext: true,
        children: runs(b.runs, HEADING_SIZE[b.level], true, '000000'),
      })];
    case 'list': return list(b, ctx);
    case 'table': return table(b, ctx);
    case 'pagebreak': ctx.breakNext = true; return [];
    case 'toc': return tocLines(b.list, ctx);
    case 'chart': return [new Paragraph({
      alignment: AlignmentType.CENTER, keepLines: true, pageBreakBefore: takeBreak(ctx) || undefined,
      children: [new ImageRun({ type: 'png', data: chartPng(b.spec), transformation: { width: Math.round(b.spec.width * 4 / 3), height: Math.round(b.spec.height * 4 / 3) } })],
    })];
    case 'spacer': return [new Paragraph({ spacing: { before: tw(b.height), after: 0 }, keepNext: ctx.keepNext, pageBreakBefore: takeBreak(ctx) || undefined, children: [] })];
  }
}

/** A generated list as static lines with the page labels of the layout pass (a right tab with dot leader). */
function tocLines(list: Parameters<typeof tocEntries>[1], ctx: Ctx): FileChild[] {
  const entries = tocEntries(ctx.doc, list);
  if (!entries.length) return [new Paragraph({ pageBreakBefore: takeBreak(ctx) || undefined, children: [new TextRun({ text: '-', font: FONT, size: ctx.size * 2 })] })];
  return entries.map((e, i) => new Paragraph({
    pageBreakBefore: (i === 0 && takeBreak(ctx)) || undefined,
    tabStops: [{ type: TabStopType.RIGHT, position: tw(ctx.width), leader: 'dot' }],
    indent: { left: tw((e.level - 1) * 14) }, spacing: { after: 40 },
    children: [new TextRun({ text: e.text, font: FONT, size: ctx.size * 2, bold: e.level === 1 && list === 'isi' }), new TextRun({ text: `\t${ctx.layout?.byId.get(e.id) ?? ''}`, font: FONT, size: ctx.size * 2 })],
  }));
}

function blocks(bs: Block[], ctx: Ctx): FileChild[] {
  return bs.flatMap((b) => block(b, ctx));
}

function numberingLevels(format: (typeof LevelFormat)[keyof typeof LevelFormat], text: (l: number) => string) {
  return Array.from({ length: 3 }, (_, l) => ({
    level: l, format, text: text(l), alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 360 * (l + 1), hanging: 360 } }, run: { font: FONT } },
  }));
}

function section(s: Section, doc: DocModel, instance: { n: number }, layout?: Pages): ISectionOptions {
  const size = PAGE_SIZES[s.page];
  const land = s.orientation === 'landscape';
  const pageWidth = land ? size.height : size.width;
  const ctx: Ctx = { size: doc.fontSize, width: pageWidth - s.margins[0] - s.margins[2], listLevel: 0, breakNext: false, instance, doc, layout };
  const [l, t, r, b] = s.margins.map(tw);
  return {
    properties: {
      page: {
        size: { width: tw(size.width), height: tw(size.height), orientation: land ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { left: l, top: t, right: r, bottom: b, header: 567, footer: 567 },
        pageNumbers: { start: s.pageStart, formatType: s.pageNumbers === 'lower-roman' ? NumberFormat.LOWER_ROMAN : NumberFormat.DECIMAL },
      },
    },
    headers: s.header.length ? { default: new Header({ children: blocks(s.header, { ...ctx }) as Paragraph[] }) } : undefined,
    footers: s.footer.length ? { default: new Footer({ children: blocks(s.footer, { ...ctx }) as Paragraph[] }) } : undefined,
    children: blocks(s.blocks, ctx),
  };
}

export async function renderDocx(doc: DocModel, layout?: Pages): Promise<Uint8Array> {
  const instance = { n: 0 };
  const d = new Document({
    creator: 'sakip-generator', title: doc.title, subject: doc.subject, description: doc.title,
    styles: { default: { document: { run: { font: FONT, size: doc.fontSize * 2 } } } },
    numbering: {
      config: [
        { reference: 'decimal', levels: numberingLevels(LevelFormat.DECIMAL, (l) => `%${l + 1}.`) },
        { reference: 'alpha', levels: numberingLevels(LevelFormat.LOWER_LETTER, (l) => `%${l + 1}.`) },
        { reference: 'bullet', levels: numberingLevels(LevelFormat.BULLET, () => '•') },
      ],
    },
    sections: doc.sections.map((s) => section(s, doc, instance, layout)),
  });
  return normalizeDocx(new Uint8Array(await Packer.toBuffer(d)));
}
