// Document model -> PDF bytes (pdfmake 0.3). Deterministic: fixed dates, embedded subset fonts.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import './pdf-font-cache.ts'; // must precede pdfmake
import pdfmake from 'pdfmake';
import type { Content, TableCell, TDocumentDefinitions, ContentText } from 'pdfmake/interfaces.js';
import type { Block, Cell, DocModel, Inline, Section, Table } from '../render/model.ts';
import { cellContent, PAGE_SIZES } from '../render/model.ts';
import { applyJustifyPatch } from './pdf-justify-patch.ts';

const FONTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fonts');
const FIXED_DATE = new Date('2000-01-01T00:00:00Z');
let ready = false;
function setup() {
  if (ready) return;
  ready = true;
  applyJustifyPatch();
  pdfmake.addFonts({
    Tinos: {
      normal: `${FONTS}/Tinos_400Regular.ttf`, bold: `${FONTS}/Tinos_700Bold.ttf`,
      italics: `${FONTS}/Tinos_400Regular_Italic.ttf`, bolditalics: `${FONTS}/Tinos_700Bold_Italic.ttf`,
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((p: string) => path.resolve(p).startsWith(FONTS));
}

type Pages = { page: number; pages: number };
const runs = (rs: Inline[], pg?: Pages): ContentText['text'] =>
  rs.map((r) => {
    if (r.kind === 'br') return '\n';
    if (r.kind === 'field') return String(pg ? (r.field === 'page' ? pg.page : pg.pages) : '');
    return { text: r.text, bold: r.bold, italics: r.italics, decoration: r.underline ? ('underline' as const) : undefined };
  });

const HEADING_SIZE = { 1: 14, 2: 13, 3: 12, 4: 12 } as const;

/** HTML-like rows (spanned positions omitted) -> pdfmake grid with placeholder cells. */
function grid(t: Table, pg?: Pages): TableCell[][] {
  const ncols = t.widths.length;
  const taken: boolean[][] = t.rows.map(() => Array(ncols).fill(false));
  const body: TableCell[][] = t.rows.map(() => Array.from({ length: ncols }, () => ({})));
  t.rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row.cells) {
      while (c < ncols && taken[r][c]) c++;
      const cs = cell.colSpan ?? 1;
      const rs = cell.rowSpan ?? 1;
      for (let i = r; i < Math.min(r + rs, t.rows.length); i++) for (let j = c; j < c + cs && j < ncols; j++) taken[i][j] = true;
      body[r][c] = pdfCell(cell, pg);
      c += cs;
    }
  });
  return body;
}

function pdfCell(cell: Cell, pg?: Pages): TableCell {
  return {
    stack: blocks(cellContent(cell.blocks), pg), colSpan: cell.colSpan, rowSpan: cell.rowSpan, alignment: cell.align,
    bold: cell.header || undefined, fillColor: cell.fill ? `#${cell.fill}` : undefined,
    verticalAlignment: cell.vAlign,
  } as TableCell;
}

const NO_BORDERS = { hLineWidth: () => 0, vLineWidth: () => 0, paddingLeft: () => 2, paddingRight: () => 2 };
const THIN = { hLineWidth: () => 0.5, vLineWidth: () => 0.5, paddingTop: () => 2, paddingBottom: () => 2 };

const BLOCK: { [K in Block['kind']]: (b: Extract<Block, { kind: K }>, pg?: Pages) => Content } = {
  p: (b, pg) => ({
    text: runs(b.runs, pg), alignment: b.align, fontSize: b.size,
    margin: [b.indent ?? 0, b.spaceBefore ?? 0, 0, b.spaceAfter ?? 4],
  }),
  heading: (b) => ({
    text: runs(b.runs), bold: true, fontSize: HEADING_SIZE[b.level], alignment: b.align,
    margin: [0, b.level === 1 ? 0 : 6, 0, 6], tocItem: b.toc || undefined,
  } as Content),
  list: (b, pg) => {
    const items = b.items.map((it) => ({ stack: blocks(it, pg) }));
    return b.ordered ? { ol: items, type: b.style === 'lower-alpha' ? 'lower-alpha' : 'decimal', margin: [0, 0, 0, 4] } : { ul: items, margin: [0, 0, 0, 4] };
  },
  table: (t, pg) => {
    const node: Content = {
      table: { widths: [...t.widths], headerRows: t.headerRows, keepWithHeaderRows: t.headerRows ? 1 : undefined, dontBreakRows: true, body: grid(t, pg) },
      layout: t.borders ? THIN : NO_BORDERS, fontSize: t.size, margin: [0, 2, 0, 8],
    };
    return t.keepTogether ? { stack: [node], unbreakable: true } : node;
  },
  pagebreak: () => ({ text: '', pageBreak: 'after' }),
  spacer: (b) => ({ text: '', margin: [0, b.height, 0, 0] }),
};

function blocks(bs: Block[], pg?: Pages): Content[] {
  return bs.map((b) => (BLOCK[b.kind] as (x: Block, p?: Pages) => Content)(b, pg));
}

function section(s: Section): Content {
  const size = PAGE_SIZES[s.page];
  const band = (bs: Block[], top: boolean) =>
    bs.length ? (page: number, pages: number) => ({ stack: blocks(bs, { page, pages }), margin: [s.margins[0], top ? 20 : 10, s.margins[2], 0] }) : undefined;
  return {
    section: blocks(s.blocks), pageSize: { width: size.width, height: size.height }, pageOrientation: s.orientation,
    pageMargins: [...s.margins], header: band(s.header, true), footer: band(s.footer, false),
  } as Content;
}

export async function renderPdf(doc: DocModel): Promise<Uint8Array> {
  setup();
  const first = doc.sections[0];
  const def: TDocumentDefinitions = {
    pageSize: { width: PAGE_SIZES[first.page].width, height: PAGE_SIZES[first.page].height },
    pageMargins: [...first.margins],
    info: { title: doc.title, subject: doc.subject, creator: 'sakip-generator', producer: 'sakip-generator', creationDate: FIXED_DATE, modDate: FIXED_DATE },
    defaultStyle: { font: 'Tinos', fontSize: doc.fontSize, lineHeight: 1.1 },
    content: doc.sections.map(section),
  };
  return new Uint8Array(await pdfmake.createPdf(def).getBuffer());
}
