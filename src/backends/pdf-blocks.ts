// Document model blocks -> pdfmake content nodes (tables, lists, daftar isi, charts) with the render context.
import type { Content, ContentText, TableCell } from 'pdfmake/interfaces.js';
import { chartSvg } from '../render/chart.ts';
import { citraPdf } from './citra.ts';
import { garisPdf } from './garis.ts';
import { qrPdf } from './qr.ts';
import { gambarSvg } from '../render/gambar.ts';
import type { Block, DocModel, Inline, Table } from '../render/model.ts';
import { cellContent, HEADING_SIZE, signatureAfter, tocEntries } from '../render/model.ts';
import type { Numbering } from './pdf-numbering.ts';
import { pageBreakNode } from './pdf-page-break.ts';
import { fitsAnyPage, keeps } from './pdf-keep.ts';
import { keptLastRows, keptSpanGroups } from './span-groups.ts';
import { blockStart, unlisted } from './pdf-keep-table.ts';
import { solveWidths } from './column-widths.ts';
import { pdfLineHeight } from './fonts.ts';
import { captionIntoTable, isCaptionOf, type BorderlessCell } from './table-caption.ts';
import { withSignature, type SignedTable } from './pdf-signature.ts';

export interface ContinuationRow { id: string; prev?: string; context?: string }
export interface Ctx { doc: DocModel; width?: number; size?: number; page?: number; pages?: number; tables: { n: number }; numbering: Numbering; targets: Map<string, { positions?: { pageNumber: number }[] }>; rows: ContinuationRow[] }
const runs = (rs: Inline[], ctx: Ctx): ContentText['text'] =>
  rs.map((r) => {
    if (r.kind === 'br') return '\n';
    if (r.kind === 'field') {
      if (ctx.page === undefined) return '';
      return r.field === 'page' ? ctx.numbering.label(ctx.page) : String(ctx.pages);
    }
    return { text: r.text, bold: r.bold, italics: r.italics, decoration: r.underline ? ('underline' as const) : undefined };
  });


// Margins pdfmake only reads (DocMeasure keeps the node's array as its _margin): one frozen array per
// value instead of one per node; frozen, a write would throw rather than change other nodes.
const frozen = <T extends unknown[]>(...a: T): T => Object.freeze(a) as unknown as T;
const MARGIN_P = frozen(0, 0, 0, 4);
const MARGIN_LIST = MARGIN_P;
const MARGIN_TABLE = frozen(0, 2, 0, 8);
const MARGIN_TOC = frozen(0, 0, 0, 8);
const MARGIN_HEADING = [frozen(0, 0, 0, 6), frozen(0, 6, 0, 6)];
/** A paragraph's margin: the shared one when it has the defaults. */
function marginP(indent: number, before: number, after: number): [number, number, number, number] {
  return Object.is(indent, 0) && Object.is(before, 0) && after === 4 ? MARGIN_P : [indent, before, 0, after];
}

/** HTML-like rows (spanned positions omitted) -> pdfmake grid with placeholder cells. */
function grid(t: Table, ctx: Ctx): TableCell[][] {
  const inCell: Ctx = { ...ctx, width: undefined }; // cells' blocks do not mutate their context: one for all
  const ncols = t.widths.length;
  const seq = ++ctx.tables.n;
  const rowId = (r: number) => `cont-${seq}-${r}`;
  const taken: boolean[][] = t.rows.map(() => Array(ncols).fill(false));
  const body: TableCell[][] = t.rows.map(() => Array.from({ length: ncols }, () => ({})));
  t.rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row.cells) {
      while (c < ncols && taken[r][c]) c++;
      const cs = cell.colSpan ?? 1;
      const rs = cell.rowSpan ?? 1;
      for (let i = r; i < Math.min(r + rs, t.rows.length); i++) for (let j = c; j < c + cs && j < ncols; j++) taken[i][j] = true;
      body[r][c] = pdfCell(cell, inCell);
      if (t.continuation && r >= t.headerRows && c === 0) {
        markRow(ctx, body[r][c], rowId(r));
        ctx.rows.push({ id: rowId(r), prev: r > t.headerRows ? rowId(r - 1) : undefined, context: row.context });
      }
      c += cs;
    }
  });
  return body;
}

/** The first text of a cell carries an id so the layout pass reports the row's page. */
function markRow(ctx: Ctx, cell: TableCell, id: string) {
  const stack = (cell as { stack: Content[] }).stack;
  if (stack.length && typeof stack[0] === 'object' && 'text' in (stack[0] as object)) stack[0] = target(ctx, stack[0], id);
  else stack.unshift(target(ctx, { text: '\u200b', fontSize: 1 }, id));
}

type PdfCell = BorderlessCell;

/** A cell's node; `ctx` without a width (a cell's tables get the widths pdfmake gives them). */
function pdfCell(cell: PdfCell, ctx: Ctx): TableCell {
  return {
    stack: blocks(cellContent(cell.blocks), ctx), colSpan: cell.colSpan, rowSpan: cell.rowSpan, alignment: cell.align,
    bold: cell.header || undefined, fillColor: cell.fill ? `#${cell.fill}` : undefined,
    // pdfmake 0.3 misplaces vertically aligned row-spanning cells (text drawn over the next row): top-align those
    verticalAlignment: (cell.rowSpan ?? 1) > 1 ? undefined : cell.vAlign,
    border: cell.noBorder ? [false, false, false, false] : undefined, // pdfmake writes into it (setBorder)
  } as TableCell;
}

export const NO_BORDERS = { hLineWidth: () => 0, vLineWidth: () => 0, paddingLeft: () => 2, paddingRight: () => 2 };
// a caption carried as the first row gets no top line (pdfmake drops the borders of the cells a span covers)
// and a signature carried as the last row no bottom line
type Flags = { _caption?: boolean; _signed?: boolean; table: { body: unknown[] } };
const THIN = { hLineWidth: (i: number, node: object) => ((i === 0 && (node as Flags)._caption) || (i === (node as Flags).table.body.length && (node as Flags)._signed) ? 0 : 0.5), vLineWidth: () => 0.5, paddingTop: () => 2, paddingBottom: () => 2 };


/** A node others refer to (daftar isi entries, table rows): registered so its page is known after layout. */
function target(ctx: Ctx, node: Content, id?: string): Content {
  if (!id) return node;
  const t = { ...(node as object), id, _label: ctx.numbering.label } as unknown as Content & { positions?: { pageNumber: number }[] };
  ctx.targets.set(id, t);
  return t;
}

const BLOCK: { [K in Block['kind']]: (b: Extract<Block, { kind: K }>, ctx: Ctx) => Content } = {
  p: (b, ctx) => target(ctx, {
    text: runs(b.runs, ctx), alignment: b.align, fontSize: b.size, lineHeight: pdfLineHeight(b.size ?? ctx.size ?? ctx.doc.fontSize),
    margin: marginP(b.indent ?? 0, b.spaceBefore ?? 0, b.spaceAfter ?? 4),
  }, b.tocId),
  heading: (b, ctx) => {
    const node = target(ctx, {
      text: runs(b.runs, ctx), bold: true, fontSize: HEADING_SIZE[b.level], lineHeight: pdfLineHeight(HEADING_SIZE[b.level]), alignment: b.align, margin: MARGIN_HEADING[b.level === 1 ? 0 : 1],
    } as Content, b.tocId);
    // the break goes on an empty node before it: pdfmake reports no position for nodes that break before themselves
    return b.pageBreak ? { stack: [pageBreakNode(), node] } : node;
  },
  list: (b, ctx) => {
    const inItem: Ctx = { ...ctx, width: undefined };
    const items = b.items.map((it) => ({ stack: blocks(it, inItem) }));
    return b.ordered ? { ol: items, type: b.style === 'lower-alpha' ? 'lower-alpha' : 'decimal', margin: MARGIN_LIST } : { ul: items, margin: MARGIN_LIST };
  },
  table: (given: SignedTable, ctx) => {
    const solved = ctx.width ? solveWidths(given, ctx.width, ctx.doc.fontSize) : undefined;
    const t = solved?.size ? { ...given, size: solved.size } : given;
    const widths = solved?.widths ?? t.widths, size = t.size ?? ctx.size ?? ctx.doc.fontSize;
    const node: Content = {
      table: { widths: [...widths], headerRows: t.headerRows, keepWithHeaderRows: t.headerRows ? 1 : undefined, dontBreakRows: t.borders || t.keepTogether, body: grid(t, { ...ctx, size: t.size ?? ctx.size }) },
      layout: t.borders ? THIN : NO_BORDERS, fontSize: t.size, margin: MARGIN_TABLE, _caption: !!(t.rows[0]?.cells[0] as PdfCell | undefined)?.noBorder,
      // a signature's rows (pdf-signature.ts), else a data table's last rows (span-groups.ts keptLastRows)
      _signed: !!t.keepLastRows, _keepLastRows: t.keepLastRows ?? keptLastRows(t, widths, size, ctx.width), _keepSpans: keptSpanGroups(t, widths, size, ctx.width),
    } as Content;
    return t.keepTogether ? { stack: [node], unbreakable: true } : node;
  },
  pagebreak: () => pageBreakNode(),
  spacer: (b) => ({ text: '', margin: [0, b.height, 0, 0] }),
  toc: (b, ctx) => {
    const entries = tocEntries(ctx.doc, b.list);
    return entries.length === 0 ? { text: '-', margin: MARGIN_TOC } : {
      table: {
        widths: ['*', 40], dontBreakRows: true,
        body: entries.map((e) => [
          { text: e.text, margin: [(e.level - 1) * 14, 0, 0, 0], bold: e.level === 1 && b.list === 'isi' },
          { text: '000', pageReference: e.id, alignment: 'right' },
        ]),
      },
      layout: NO_BORDERS, margin: MARGIN_TOC, lineHeight: pdfLineHeight(ctx.doc.fontSize),
    } as Content;
  },
  chart: (b) => ({ svg: chartSvg(b.spec), width: b.spec.width, font: 'Tinos', alignment: 'center', margin: [0, 4, 0, 6] } as Content),
  qr: (b) => qrPdf(b) as Content,
  citra: (b) => citraPdf(b) as Content,
  garis: (b, ctx) => garisPdf(b, ctx.width) as Content,
  gambar: (b) => ({ svg: gambarSvg(b.spec), width: b.spec.width, font: 'Tinos', alignment: 'center' } as Content),
};

const one = (b: Block, ctx: Ctx) => (BLOCK[b.kind] as (x: Block, c: Ctx) => Content)(b, ctx);
/** A context whose tables, rows and targets are the probe's own (pdf-keep-table.ts): the document's stay as they are. */
const own = (ctx: Ctx): Ctx => ({ ...ctx, tables: { n: 0 }, rows: [], targets: new Map() });

/** A heading or intro keeps with the block after it; anything but a long table keeps with a signature after it. */
const glued = (bs: Block[], k: number) => (keeps(bs[k]) && fitsAnyPage(bs[k + 1])) || (signatureAfter(bs, k) > k && fitsAnyPage(bs[k]) || (bs[k].kind === 'spacer' && signatureAfter(bs, k) > k));

export function blocks(bs: Block[], ctx: Ctx): Content[] {
  const out: Content[] = [];
  for (let i = 0; i < bs.length; i++) {
    const b = bs[i];
    const next = bs[i + 1];
    if (isCaptionOf(b, next)) {
      const s = signatureAfter(bs, i + 1);
      out.push(one(captionIntoTable(b, s < 0 ? next : withSignature(next, bs.slice(i + 2, s + 1), ctx.doc.fontSize)), ctx));
      i = Math.max(i + 1, s);
      continue;
    }
    const s = signatureAfter(bs, i);
    if (s > 0 && b.kind === 'table' && !b.keepTogether) { out.push(one(withSignature(b, bs.slice(i + 1, s + 1), ctx.doc.fontSize), ctx)); i = s; continue; }
    let j = i;
    while (j + 1 < bs.length && glued(bs, j) && j - i < 6) j++;
    // before a block too long to travel with them, they keep with its first rows or line, and a title-like
    // paragraph with the first line of any block (pdf-keep-table.ts)
    const last = bs[j];
    const start = keeps(last) || (last.kind === 'p' && last.judul) ? blockStart(bs[j + 1]) : undefined;
    if (j > i || start) {
      const chain = bs.slice(i, j + 1);
      const probe = start && (() => ({ stack: [...chain.map((x) => one(unlisted(x), own(ctx))), one(start, own(ctx))] }) as Content);
      out.push({ stack: chain.map((x) => one(x, ctx)), unbreakable: true, _probe: probe } as Content);
    } else out.push(one(b, ctx));
    i = j;
  }
  return out;
}
