// The intermediate document model: the only thing the PDF and DOCX backends see.
import type { ChartSpec } from './chart.ts';
import type { GambarSpec } from './gambar.ts';

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface TextRun {
  kind: 'text';
  text: string;
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
}
export interface FieldRun { kind: 'field'; field: 'page' | 'pages' }
export interface BreakRun { kind: 'br' }
export type Inline = TextRun | FieldRun | BreakRun;

export type TocList = 'isi' | 'tabel' | 'gambar';
/** An entry of a generated list (daftar isi/tabel/gambar): the block carries a unique id and its list. */
export interface TocTarget { toc?: TocList; tocId?: string; tocLevel?: number }

export interface Paragraph extends TocTarget {
  kind: 'p';
  runs: Inline[];
  align?: Align;
  size?: number; // pt
  spaceAfter?: number; // pt
  spaceBefore?: number; // pt
  indent?: number; // pt, left indent
  keepNext?: boolean;
  judul?: boolean; // title-like (src/render/judul.ts): never ends a page, keeps with the next block's first line
}
export interface Heading extends TocTarget { kind: 'heading'; level: 1 | 2 | 3 | 4; runs: Inline[]; align?: Align; pageBreak?: boolean }
export interface ListBlock { kind: 'list'; ordered: boolean; style?: 'decimal' | 'lower-alpha'; items: Block[][] }
export interface Cell {
  blocks: Block[];
  colSpan?: number;
  rowSpan?: number;
  align?: Align;
  vAlign?: 'top' | 'middle' | 'bottom';
  header?: boolean;
  fill?: string; // hex without '#'
}
export interface Row { cells: Cell[]; header?: boolean; context?: string } // context: parent labels repeated when a page starts with this row
export interface Table {
  kind: 'table';
  widths: (number | '*')[]; // pt or star
  rows: Row[];
  headerRows: number;
  borders: boolean;
  size?: number;
  keepTogether?: boolean;
  continuation?: boolean; // print a row's context at the top of each new page
  signature?: boolean; // a signature block: never alone on a page, it keeps with the last rows or paragraph before it
}
export interface PageBreak { kind: 'pagebreak' }
export interface Spacer { kind: 'spacer'; height: number }
export interface TocBlock { kind: 'toc'; list: TocList }
export interface ChartBlock { kind: 'chart'; spec: ChartSpec }
/** A QR code (verification mark, src/verifikasi/): vector squares in PDF, a PNG in DOCX; size in pt. */
export interface QrBlock { kind: 'qr'; data: string; size: number }
/** A drawing laid out in compute code (rects, lines, text in pt; src/render/gambar.ts): SVG in PDF, PNG in DOCX. */
export interface GambarBlock { kind: 'gambar'; spec: GambarSpec }
/** An embedded raster picture (the letterhead's logo, src/render/citra.ts): base64 PNG or JPEG, printed width × height pt. */
export interface CitraBlock { kind: 'citra'; data: string; format: 'png' | 'jpeg'; width: number; height: number; align?: Align }
/** A rule across the text block: single (0,75 pt) or the letterhead's double rule (thick over thin). */
export interface GarisBlock { kind: 'garis'; ganda?: boolean }
export type Block = Paragraph | Heading | ListBlock | Table | PageBreak | Spacer | TocBlock | ChartBlock | QrBlock | GambarBlock | CitraBlock | GarisBlock;

export type PageSize = 'A4' | 'F4';
export interface Section {
  page: PageSize;
  orientation: 'portrait' | 'landscape';
  margins: [number, number, number, number]; // left, top, right, bottom (pt)
  header: Block[];
  footer: Block[];
  blocks: Block[];
  pageNumbers: 'decimal' | 'lower-roman';
  pageStart?: number; // restart numbering at this number
}
export interface DocModel {
  title: string;
  subject?: string;
  /** Document id and metadata keywords (src/verifikasi/id.ts). */
  idDokumen?: string;
  keywords?: string;
  /** PDF/A-2b output (`--pdfa`): the PDF backend writes its metadata and output intent. */
  pdfa?: boolean;
  fontSize: number;
  sections: Section[];
}

/** Page sizes in points (portrait). F4 = 215 × 330 mm. */
const mm = (v: number) => (v * 72) / 25.4;
export const PAGE_SIZES: Record<PageSize, { width: number; height: number }> = {
  A4: { width: mm(210), height: mm(297) },
  F4: { width: mm(215), height: mm(330) },
};

/** Blocks inside a table cell: the last paragraph gets no space after it, unless set explicitly. */
export function cellContent(blocks: Block[]): Block[] {
  return blocks.map((b, i) => (i === blocks.length - 1 && b.kind === 'p' && b.spaceAfter === undefined ? { ...b, spaceAfter: 0 } : b));
}

/** Logical page labels from a layout pass: label of every toc target id, and of each global page. */
/** What the PDF layout tells the DOCX backend: the printed page label of each referenced node (daftar isi entries). */
export interface Pages { byId: Map<string, string> }

/** Heading font sizes (pt) by level, the same in both backends. */
export const HEADING_SIZE = { 1: 14, 2: 13, 3: 12, 4: 12 } as const;

/** A paragraph's or heading's text as read: breaks as spaces, fields left out, white space collapsed. */
export const teksPolos = (runs: Inline[]): string => runs.map((r) => (r.kind === 'text' ? r.text : r.kind === 'br' ? ' ' : '')).join('').replace(/\s+/g, ' ').trim();

/** Index of the signature block that the block at i keeps with (only spacers between), or -1. */
export function signatureAfter(bs: Block[], i: number): number {
  let j = i + 1;
  while (bs[j]?.kind === 'spacer') j++;
  const b = bs[j];
  return b?.kind === 'table' && b.signature ? j : -1;
}

export function tocEntries(doc: DocModel, list: TocList): { id: string; text: string; level: number }[] {
  const out: { id: string; text: string; level: number }[] = [];
  const visit = (bs: Block[]) => bs.forEach((b) => {
    if ((b.kind === 'p' || b.kind === 'heading') && b.toc === list && b.tocId) {
      out.push({ id: b.tocId, text: teksPolos(b.runs), level: b.tocLevel ?? 1 });
    }
    if (b.kind === 'list') b.items.forEach(visit);
    if (b.kind === 'table') b.rows.forEach((r) => r.cells.forEach((c) => visit(c.blocks)));
  });
  doc.sections.forEach((s) => visit(s.blocks));
  return out;
}

/** The DOCX needs the PDF layout only for the page numbers of its generated lists (daftar isi, tabel, gambar). */
export const needsPageLabels = (doc: DocModel) => doc.sections.some((s) => s.blocks.some((b) => b.kind === 'toc'));
