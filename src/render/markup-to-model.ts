// Markup element tree -> document model. Dispatch by element name through tables.
import type { ChartSpec } from './chart.ts';
import type { GambarSpec } from './gambar.ts';
import type { Align, Block, Cell, DocModel, Inline, Paragraph, Row, Section, Table, TextRun, TocList, TocTarget } from './model.ts';
import { citra } from './citra.ts';
import { tandaiJudul } from './judul.ts';
import { MarkupError, parseMarkup, type MElement, type MNode } from './markup-parse.ts';

type Style = Pick<TextRun, 'bold' | 'italics' | 'underline'>;
const INLINE_STYLE: Record<string, Style> = {
  b: { bold: true }, strong: { bold: true }, i: { italics: true }, em: { italics: true }, u: { underline: true },
  span: {}, a: {}, code: {},
};
const INLINE_VOID: Record<string, Inline> = {
  br: { kind: 'br' }, 'page-number': { kind: 'field', field: 'page' }, 'page-count': { kind: 'field', field: 'pages' },
};
const isInline = (n: MNode) => n.type === 'text' || n.name in INLINE_STYLE || n.name in INLINE_VOID;
const num = (v: string | undefined) => (v === undefined || v === '' ? undefined : Number(v));
const align = (v: string | undefined) => (v as Align | undefined) || undefined;

function inlines(nodes: MNode[], style: Style = {}, out: Inline[] = []): Inline[] {
  for (const n of nodes) {
    if (n.type === 'text') {
      const text = n.text.replace(/[ \t\r\n]+/g, ' ');
      if (text) out.push({ kind: 'text', text, ...style });
    } else if (n.name in INLINE_VOID) out.push(INLINE_VOID[n.name]);
    else if (n.name in INLINE_STYLE) inlines(n.children, { ...style, ...INLINE_STYLE[n.name] }, out);
    else throw new MarkupError(`elemen <${n.name}> tidak boleh di dalam teks`, 0);
  }
  return out;
}

/** Trim leading/trailing spaces of a paragraph and around line breaks. */
function tidy(runs: Inline[]): Inline[] {
  const out = runs.map((r) => ({ ...r }));
  for (let i = 0; i < out.length; i++) {
    const r = out[i];
    if (r.kind !== 'text') continue;
    const prev = out[i - 1];
    const next = out[i + 1];
    if (!prev || prev.kind === 'br') r.text = r.text.replace(/^ /, '');
    if (!next || next.kind === 'br') r.text = r.text.replace(/ $/, '');
    if (prev?.kind === 'text' && prev.text.endsWith(' ')) r.text = r.text.replace(/^ /, '');
  }
  return out.filter((r) => r.kind !== 'text' || r.text !== '');
}

let tocCounter = 0;
/** `toc="tabel"` (optionally `toc-level="2"`) makes the block an entry of that generated list. */
function tocTarget(a: Record<string, string>): TocTarget {
  if (!a.toc) return {};
  if (!['isi', 'tabel', 'gambar'].includes(a.toc)) throw new MarkupError(`toc="${a.toc}" tidak dikenal (isi, tabel, gambar)`, 0);
  return { toc: a.toc as TocList, tocId: `toc-${++tocCounter}`, tocLevel: num(a['toc-level']) };
}

let captionCounters = new Map<string, number>();
const CAPTION_LABEL: Record<string, string> = { tabel: 'Tabel', gambar: 'Gambar' };
/** `caption="tabel" bab="2"` numbers the caption "Tabel 2.n" and lists it in the daftar tabel. */
function captionRuns(a: Record<string, string>, runs: Inline[]): { runs: Inline[]; attrs: Record<string, string> } {
  const kind = a.caption;
  if (!kind) return { runs, attrs: a };
  if (!(kind in CAPTION_LABEL)) throw new MarkupError(`caption="${kind}" tidak dikenal (tabel, gambar)`, 0);
  const key = `${kind}/${a.bab ?? ''}`;
  const n = (captionCounters.get(key) ?? 0) + 1;
  captionCounters.set(key, n);
  const label = `${a.label ?? CAPTION_LABEL[kind]} ${a.bab ? `${a.bab}.` : ''}${n}`;
  return { runs: [{ kind: 'text', text: `${label} `, bold: true }, ...runs], attrs: { ...a, toc: kind } };
}

function paragraph(el: MElement): Paragraph {
  const cap = captionRuns(el.attrs, tidy(inlines(el.children)));
  const a = cap.attrs;
  return {
    kind: 'p', runs: cap.runs, align: align(a.align), size: num(a.size),
    spaceAfter: num(a['space-after']), spaceBefore: num(a['space-before']), indent: num(a.indent),
    keepNext: a['keep-next'] !== undefined || undefined, ...tocTarget(a),
  };
}

function cell(el: MElement): Cell {
  const a = el.attrs;
  return {
    blocks: blocks(el.children), colSpan: num(a.colspan), rowSpan: num(a.rowspan), align: align(a.align),
    vAlign: (a.valign as Cell['vAlign']) || undefined, header: el.name === 'th' || undefined, fill: a.fill || undefined,
  };
}

function table(el: MElement): Table {
  const rows: Row[] = [];
  let headerRows = num(el.attrs['header-rows']) ?? 0;
  const addRows = (nodes: MNode[], header: boolean) => {
    for (const n of nodes) {
      if (n.type === 'text') continue;
      if (n.name === 'thead') { addRows(n.children, true); continue; }
      if (n.name === 'tbody') { addRows(n.children, false); continue; }
      if (n.name !== 'tr') throw new MarkupError(`<${n.name}> tidak boleh langsung di dalam <table>`, 0);
      const cells = n.children.filter((c): c is MElement => c.type === 'el').map(cell);
      rows.push({ cells, header: header || undefined, context: n.attrs.context || undefined });
      if (header) headerRows = Math.max(headerRows, rows.length);
    }
  };
  addRows(el.children, false);
  const ncols = Math.max(...rows.map((r) => r.cells.reduce((s, c) => s + (c.colSpan ?? 1), 0)), 1);
  const widths = el.attrs.widths
    ? el.attrs.widths.split(',').map((w) => (w.trim() === '*' ? '*' : Number(w)))
    : Array.from({ length: ncols }, () => '*' as const);
  return {
    kind: 'table', widths, rows, headerRows, borders: el.attrs.borders !== 'none', size: num(el.attrs.size),
    keepTogether: el.attrs.keep === 'together' || undefined, continuation: el.attrs.continuation !== undefined || undefined,
    signature: el.attrs.signature !== undefined || undefined,
  };
}

const list = (ordered: boolean) => (el: MElement): Block => ({
  kind: 'list', ordered, style: el.attrs.type === 'a' ? 'lower-alpha' : ordered ? 'decimal' : undefined,
  items: el.children.filter((c): c is MElement => c.type === 'el' && c.name === 'li').map((li) => blocks(li.children)),
});
const heading = (level: 1 | 2 | 3 | 4) => (el: MElement): Block => ({
  kind: 'heading', level, runs: tidy(inlines(el.children)), align: align(el.attrs.align),
  pageBreak: el.attrs['page-break'] !== undefined || undefined, ...tocTarget({ 'toc-level': String(level), ...el.attrs }),
});

const BLOCK: Record<string, (el: MElement) => Block | Block[]> = {
  p: paragraph,
  h1: heading(1), h2: heading(2), h3: heading(3), h4: heading(4),
  ul: list(false), ol: list(true),
  table,
  'page-break': () => ({ kind: 'pagebreak' }),
  spacer: (el) => ({ kind: 'spacer', height: num(el.attrs.height) ?? 12 }),
  hr: () => ({ kind: 'spacer', height: 6 }),
  div: (el) => blocks(el.children),
  toc: (el) => ({ kind: 'toc', list: (el.attrs.list ?? 'isi') as TocList }),
  citra,
  garis: (el) => ({ kind: 'garis', ganda: el.attrs.ganda !== undefined || undefined }),
  chart: (el) => {
    try { return { kind: 'chart', spec: JSON.parse(el.attrs.spec ?? '') as ChartSpec }; } catch { throw new MarkupError('atribut spec pada <chart> bukan JSON yang valid', 0); }
  },
  gambar: (el) => {
    try { return { kind: 'gambar', spec: JSON.parse(el.attrs.spec ?? '') as GambarSpec }; } catch { throw new MarkupError('atribut spec pada <gambar> bukan JSON yang valid', 0); }
  },
};

/** Block children; loose inline content becomes an implicit paragraph. */
export function blocks(nodes: MNode[]): Block[] {
  const out: Block[] = [];
  let pending: MNode[] = [];
  const flush = () => {
    if (!pending.length) return; // nothing loose since the last block
    const runs = tidy(inlines(pending));
    if (runs.some((r) => r.kind !== 'text' || r.text.trim())) out.push({ kind: 'p', runs });
    pending = [];
  };
  for (const n of nodes) {
    if (isInline(n)) { pending.push(n); continue; }
    flush();
    const el = n as MElement;
    const make = BLOCK[el.name];
    if (!make) throw new MarkupError(`elemen <${el.name}> tidak dikenal`, 0);
    const b = make(el);
    out.push(...(Array.isArray(b) ? b : [b]));
  }
  flush();
  return out;
}

function section(el: MElement): Section {
  const a = el.attrs;
  const m = (a.margins ?? '25,20,20,20').split(',').map((v) => (Number(v) * 72) / 25.4) as Section['margins'];
  const part = (name: string) => el.children.find((c): c is MElement => c.type === 'el' && c.name === name);
  const body = el.children.filter((c) => !(c.type === 'el' && (c.name === 'header' || c.name === 'footer')));
  const content = blocks(body);
  // a section starts on a new page already: a break before its first block would leave a blank page
  const first = content[0];
  if (first?.kind === 'pagebreak') content.shift();
  else if (first?.kind === 'heading' && first.pageBreak) content[0] = { ...first, pageBreak: undefined };
  return {
    page: a.page === 'F4' ? 'F4' : 'A4', orientation: a.orientation === 'landscape' ? 'landscape' : 'portrait', margins: m,
    pageNumbers: a['page-numbers'] === 'lower-roman' ? 'lower-roman' : 'decimal', pageStart: num(a['page-start']),
    header: blocks(part('header')?.children ?? []), footer: blocks(part('footer')?.children ?? []), blocks: tandaiJudul(content),
  };
}

export function markupToModel(src: string): DocModel {
  tocCounter = 0;
  captionCounters = new Map();
  const root = parseMarkup(src);
  const doc = root.children.find((c): c is MElement => c.type === 'el' && c.name === 'document');
  if (!doc) throw new MarkupError('keluaran templat tidak memiliki elemen <document>', 1);
  return {
    title: doc.attrs.title ?? '', subject: doc.attrs.subject, fontSize: num(doc.attrs['font-size']) ?? 12,
    sections: doc.children.filter((c): c is MElement => c.type === 'el' && c.name === 'section').map(section),
  };
}
