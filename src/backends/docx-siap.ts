// Plain paragraphs as ready XML: a paragraph of text runs (no list number, bookmark or picture) costs docx ~10-15
// objects (Paragraph, its properties, a Run, RunProperties, Text, attributes…), each then walked by prepForXml and
// written: measured on the 40 default DOCX, ~20 % of a render's CPU with the garbage. Here its XML is put together
// from pieces docx itself wrote once per distinct formatting (the paragraph's properties around a marker run, a
// run's properties around a marker text), with the text escaped as docx escapes it: the same bytes.
// The result is a component whose prepForXml gives { '': f }, String(f) = the XML: both docx's writer and ours
// (docx-xml.ts) pass a function value through unescaped, as they do for the formatter's output. Not for indented
// (prettified) output. `echt()` builds the real docx Paragraph where docx must see one (a section's last paragraph).
import { Body, PageNumber, Paragraph, Table, TextRun, TableRow, type FileChild, type IParagraphOptions, type ParagraphChild } from 'docx';
import type { Inline } from '../render/model.ts';
import { escapeXml, tulisXml } from './docx-xml.ts';

// Guard: where docx 9 needs a real Paragraph (`instanceof Paragraph`: a section's last one, a row-spanning cell's last
// one, docx-table.ts and docx.ts give it one) or reads a paragraph's written object (a row's keepNext, unused here).
// Another docx may look elsewhere: then check this file against it.
const SUMBER = [[String(Body.prototype['lastParagraphOfSection' as keyof Body]), 'instanceof Paragraph'], [String(Table), 'lastChild instanceof Paragraph'],
  [String(TableRow.prototype.prepForXml), 'this.options.keepNext === void 0']];
if (!SUMBER.every(([src, s]) => src.includes(s))) throw new Error('docx-siap: docx berubah (Body/Table/TableRow); periksa src/backends/docx-siap.ts terhadap versi docx terpasang');

const MARK = '\uE000'; // a private-use character: escaped as itself, never in the options of a template
type Opsi = Omit<IParagraphOptions, 'children'>;

/** The docx runs of inlines (font and size from the document defaults unless `size` is given, in half-points). */
export function runs(rs: Inline[], sz: number | undefined, bold?: boolean, color?: string): ParagraphChild[] {
  return rs.map((r) => {
    if (r.kind === 'br') return new TextRun({ break: 1, size: sz });
    if (r.kind === 'field') return new TextRun({ children: [r.field === 'page' ? PageNumber.CURRENT : PageNumber.TOTAL_PAGES], size: sz });
    return new TextRun({ text: r.text, bold: r.bold || bold, italics: r.italics, underline: r.underline ? {} : undefined, size: sz, color });
  });
}

/** The XML docx writes for a paragraph (no indentation). */
const xmlOf = (p: Paragraph): string => tulisXml((p as unknown as { prepForXml(c: object): Record<string, unknown> }).prepForXml({ stack: [] }));
/** XML written by docx, by formatting: whole, or the parts before and after a marker. Bounded. */
const tulisan = new Map<string, string | [string, string]>();
const MAKS = 4096;
function simpan<T extends string | [string, string]>(key: string, v: T): T {
  if (tulisan.size >= MAKS) tulisan.clear();
  tulisan.set(key, v);
  return v;
}
const utuh = (key: string, buat: () => Paragraph): string => (tulisan.get(key) as string | undefined) ?? simpan(key, xmlOf(buat()));
function potong(key: string, buat: () => Paragraph, tanda: string): [string, string] {
  const ada = tulisan.get(key) as [string, string] | undefined;
  if (ada) return ada;
  const xml = xmlOf(buat());
  const i = xml.indexOf(tanda);
  if (i < 0 || xml.indexOf(tanda, i + 1) >= 0) throw new Error(`docx-siap: penanda tidak tunggal dalam ${xml}`);
  return simpan(key, [xml.slice(0, i), xml.slice(i + tanda.length)]);
}
/** Without the enclosing '<w:p>' and '</w:p>' of a paragraph docx wrote around runs alone. */
const isiP = (xml: string) => xml.slice(5, -6);

/** One inline's run as docx writes it ('<w:r>…</w:r>', a page field as several runs). */
function runXml(r: Inline, sz: number | undefined, bold?: boolean, color?: string): string {
  if (r.kind !== 'text') return isiP(utuh(`${r.kind}|${r.kind === 'field' ? r.field : ''}|${sz}`, () => new Paragraph({ children: runs([r], sz) })));
  const [a, b] = potong(`t|${r.bold || bold}|${r.italics}|${r.underline}|${sz}|${color}`, // color: hex digits, never '|'
    () => new Paragraph({ children: runs([{ ...r, text: MARK }], sz, bold, color) }), MARK);
  return a.slice(5) + escapeXml(r.text) + b.slice(0, -6);
}

class ParagrafSiap {
  readonly rootKey = 'w:p'; // as a Paragraph's: a table cell that ends with one adds no empty paragraph
  constructor(readonly xml: string, private readonly opsi: Opsi, private readonly isi: Inline[], private readonly sz?: number,
    private readonly bold?: boolean, private readonly color?: string) {}
  prepForXml(): Record<string, unknown> {
    const xml = this.xml;
    const f = () => xml;
    f.toString = f;
    return { '': f };
  }
  /** The docx Paragraph this stands for. */
  echt(): Paragraph { return new Paragraph({ ...this.opsi, children: runs(this.isi, this.sz, this.bold, this.color) }); }
}

let aktif = true;
/** Off: every paragraph a docx Paragraph (for the test that compares both). */
export function pasang(on = true): void { aktif = on; }

/** A paragraph of `isi` (text, line breaks, page fields) with paragraph options `opsi` (no children, numbering,
 *  bookmark or anything that registers itself in the document while it is written). */
export function paragraf(opsi: Opsi, isi: Inline[], sz?: number, bold?: boolean, color?: string): FileChild {
  if (!aktif) return new Paragraph({ ...opsi, children: runs(isi, sz, bold, color) });
  const key = JSON.stringify(opsi);
  let xml: string;
  if (isi.length) {
    const [a, b] = potong(`p|${key}`, () => new Paragraph({ ...opsi, children: [new TextRun(MARK)] }), RUN_TANDA);
    xml = a;
    for (const r of isi) xml += runXml(r, sz, bold, color);
    xml += b;
  } else xml = utuh(`k|${key}`, () => new Paragraph({ ...opsi, children: [] }));
  return new ParagrafSiap(xml, opsi, isi, sz, bold, color) as unknown as FileChild;
}
const RUN_TANDA = `<w:r><w:t xml:space="preserve">${MARK}</w:t></w:r>`;

/** The XML of a ready paragraph (undefined for anything else). */
export const xmlSiap = (c: unknown): string | undefined => (c instanceof ParagrafSiap ? c.xml : undefined);
/** A component that writes `xml` where a paragraph goes (a marker in the pieces docx writes around paragraphs). */
export const penanda = (xml: string): FileChild => new ParagrafSiap(xml, {}, []) as unknown as FileChild;

/** The real docx Paragraph where docx must see one (Body.addSection looks for `instanceof Paragraph`). */
export const echt = (c: FileChild): FileChild => (c instanceof ParagrafSiap ? c.echt() : c);
