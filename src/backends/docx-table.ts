// Document model tables -> docx tables: column widths from the content (as the PDF's), cells, rows kept with the next
// (keep-with-next paragraphs: the rows a row span ties and a table's last rows, span-groups.ts; LibreOffice 7.4 keeps
// them inside a table), and the two tables wrapped in one unsplittable row, where a table must stay whole with what
// is around it: a short table the PDF moves whole, and the last rows of a table with the signature after them.
import { BorderStyle, LineRuleType, Paragraph, ShadingType, Table as DTable, TableCell, TableRow, VerticalAlign, WidthType, type FileChild } from 'docx';
import type { Block, Cell, Inline, Paragraph as MPara, Table } from '../render/model.ts';
import { cellContent } from '../render/model.ts';
import { columnPadding, solveWidths } from './column-widths.ts';
import { blocks, para, takeBreak, textStyle, tw, type Ctx } from './docx-blocks.ts';
import type { Spaced } from './docx-spacing.ts';
import { tailRows } from './pdf-signature.ts';
import { keptLastRows, keptSpanGroups } from './span-groups.ts';
import type { BorderlessCell } from './table-caption.ts';
import { echt, paragraf } from './docx-siap.ts';
import { baris, sel } from './docx-sel.ts';
import { tabel } from './docx-tabel-siap.ts';

const VALIGN = { top: VerticalAlign.TOP, middle: VerticalAlign.CENTER, bottom: VerticalAlign.BOTTOM } as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
/** Cell margins (twips) as pdfmake's paddings: 4 pt a side (plus half the 0,5 pt rule) with borders, 2 pt without, 2 pt
 *  above and below, so a cell's text is as wide as in the PDF and wraps at the same words. */
const cellMargins = (t: Table) => (t.borders ? { left: 85, right: 85, top: 40, bottom: 40 } : { left: 40, right: 40, top: 40, bottom: 40 });

/** The paragraph a table needs after it, exactly `pt` high: the PDF's 8 pt under a table (an empty paragraph of the
 *  default 12 pt line and 4 pt after gave LibreOffice ~9 pt more under every table; measured: the IKU 2021–2026
 *  verification mark pushed to an 11th page). */
const gaps = new WeakSet<object>();
const gap = (pt: number) => {
  const p = paragraf({ spacing: { before: 0, after: 0, line: tw(pt), lineRule: LineRuleType.EXACT } }, []);
  gaps.add(p);
  return p;
};
/** A section's content ending with a table ends with next to nothing after it: the PDF drops a margin at the page
 *  foot, and LibreOffice would carry the 8 pt paragraph to a page of its own when the table fills the page. */
export const sectionEnd = (children: FileChild[]): FileChild[] =>
  children.length && gaps.has(children.at(-1)!) ? [...children.slice(0, -1), gap(0.5)] : children;

/** Column widths as pdfmake lays them out: a column's width excludes its padding (4 pt a side with borders, 2 without). */
function colWidths(t: Table, avail: number, solved: number[] | undefined): number[] {
  const pad = columnPadding(t);
  if (solved) return solved.map((w) => tw(w + pad));
  const fixed = t.widths.reduce<number>((s, w) => s + (w === '*' ? 0 : w + pad), 0);
  const stars = t.widths.filter((w) => w === '*').length;
  const star = stars ? Math.max((avail - fixed) / stars - pad, 20) : 0;
  return t.widths.map((w) => tw((w === '*' ? star : w) + pad));
}

/** The context a cell's content is built in. A cell of one paragraph (most cells) shares one per table and keep:
 *  para() only reads it (size, list indent, keep, text styles; no page break pending) and keeps nothing of it. */
type Inner = (width: number, keep: boolean, alone: boolean) => Ctx;
function innerCtx(t: Table, ctx: Ctx): Inner {
  const shared: Ctx[] = [];
  return (width, keep, alone) => {
    const k = +keep;
    if (alone) return (shared[k] ??= { ...ctx, size: t.size ?? ctx.size, width, breakNext: false, keepNext: keep, signatureTail: undefined });
    return { ...ctx, size: t.size ?? ctx.size, width, breakNext: false, keepNext: keep, signatureTail: undefined };
  };
}

let aktif = true;
/** Off: every cell through cellBlocks + cellContent in a context of its own (for the test that compares both). */
export function pasang(on = true): void { aktif = on; }

function cell(c: BorderlessCell, inner: Inner, width: number, keep: boolean): TableCell {
  const lone = aktif ? lonePara(c) : undefined;
  const ictx = inner(width, keep, lone !== undefined);
  const children = lone ? [para(lone, ictx)] : blocks(cellContent(cellBlocks(c).blocks), ictx);
  const kids = children.length ? children : [paragraf({ style: textStyle(ictx, ictx.size), keepNext: keep || undefined }, [])];
  // docx continues a spanning cell in the rows below with a paragraph aligned as its last (`instanceof Paragraph`)
  if ((c.rowSpan ?? 1) > 1) kids.push(echt(kids.pop()!));
  // borders and margins are set once on the table (w:tblBorders, w:tblCellMar), not repeated in every cell
  return sel({
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

/** A cell of one paragraph as cellBlocks + cellContent give it, else undefined: one object literal with every field
 *  para() reads (a spread of the model's varied paragraph shapes costs ≈ 10× more). */
export function lonePara(c: Cell): MPara | undefined {
  const b = c.blocks.length === 1 ? c.blocks[0] : undefined;
  if (b?.kind !== 'p') return undefined;
  if (!c.align && !c.header && b.spaceAfter !== undefined) return b;
  const p: MPara & { whole?: boolean } = {
    kind: 'p', runs: c.header ? b.runs.map(tebal) : b.runs, align: b.align ?? c.align, size: b.size,
    spaceAfter: b.spaceAfter ?? 0, spaceBefore: b.spaceBefore, indent: b.indent, keepNext: b.keepNext,
    toc: b.toc, tocId: b.tocId, tocLevel: b.tocLevel, whole: (b as Spaced).whole,
  };
  return p;
}
const tebal = (r: Inline): Inline => (r.kind === 'text' ? { kind: 'text', text: r.text, bold: true, italics: r.italics, underline: r.underline } : r);

export function table(given: Table, ctx: Ctx, nestedTop = false, after = 8): FileChild[] {
  if ((given as Spaced).whole) return wholeTable({ ...given, whole: false } as Table, ctx);
  const first = solveWidths(given, ctx.width, ctx.doc.fontSize);
  const size = first?.size;
  const t = size ? { ...given, size } : given;
  // solved again at the smaller size (as before); at the table's own size the first answer is the same question's
  const widths = colWidths(t, ctx.width, size ? solveWidths(t, ctx.width, ctx.doc.fontSize)?.widths : first?.widths);
  const tail = ctx.signatureTail;
  const k = tail ? tailRows(t) : 0;
  const lead: FileChild[] = takeBreak(ctx) ? [paragraf({ pageBreakBefore: true, spacing: { after: 0 } }, [])] : [];
  const spans = t.rows.some((r) => r.cells.some((c) => (c.rowSpan ?? 1) > 1));
  const inner = innerCtx(t, ctx);
  // the rows a row span ties together keep with the next, as the PDF keeps them (span-groups.ts): LibreOffice
  // keeps rows of keep-with-next paragraphs together inside a table, as Word does (measured, LibreOffice 7.4:
  // example LKIP 2025 Tabel 4.1, IKU p4)
  const held = new Set<number>();
  const colPt = widths.map((w) => w / 20 - columnPadding(t)), pt = t.size ?? ctx.size ?? ctx.doc.fontSize;
  for (const [a, b] of keptSpanGroups(t, colPt, pt, ctx.width)) for (let i = a; i < b; i++) held.add(i);
  // and a data table's last rows, as the PDF keeps them (span-groups.ts keptLastRows; a signature's: signatureRow)
  if (!tail) for (let n = t.rows.length, i = n - keptLastRows(t, colPt, pt, ctx.width); i < n - 1; i++) held.add(i);
  const rows = t.rows.slice(0, t.rows.length - k).map((r, i) => {
    let col = 0;
    const cells = r.cells.map((c) => {
      const span = c.colSpan ?? 1;
      let w = 0;
      for (let j = col; j < col + span && j < widths.length; j++) w += widths[j];
      col += span;
      return cell(c, inner, w / 20, (!!t.keepTogether && i < t.rows.length - 1) || held.has(i));
    });
    const o = { children: cells, tableHeader: i < t.headerRows || undefined, cantSplit: t.borders || t.keepTogether };
    return spans ? new TableRow(o) : baris(o); // docx adds cells to the rows under a row span
  });
  if (tail) rows.push(signatureRow({ ...t, rows: t.rows.slice(t.rows.length - k), headerRows: 0 }, tail, { ...ctx, signatureTail: undefined, breakNext: false }));
  const line = t.borders ? THIN : NONE;
  const borders = { top: nestedTop ? NONE : line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };
  const width = { size: widths.reduce((s, x) => s + x, 0), type: WidthType.DXA };
  return [...lead, tabel({ rows, columnWidths: widths, width, borders, margins: cellMargins(t) }), gap(after)];
}

/** A short table that the PDF moves whole with the heading or intro before it. LibreOffice splits a table between
 *  rows whatever their keep-with-next, so the table goes nested in the one row, which cannot split, of a borderless
 *  table; Word lays it out the same. */
function wholeTable(t: Table, ctx: Ctx): FileChild[] {
  const lead: FileChild[] = takeBreak(ctx) ? [paragraf({ pageBreakBefore: true, spacing: { after: 0 } }, [])] : [];
  const inner = table(t, { ...ctx, breakNext: false }, false, 0.5); // the cell's closing paragraph: next to nothing
  const width = tw(ctx.width);
  const none = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
  const row = new TableRow({ cantSplit: true, children: [new TableCell({ children: inner as Paragraph[], margins: { left: 0, right: 0, top: 0, bottom: 0 } })] });
  return [...lead, new DTable({ rows: [row], columnWidths: [width], width: { size: width, type: WidthType.DXA }, borders: none }), gap(8)];
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

