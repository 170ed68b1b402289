// docx 9's Body.prepForXml, after writing the body, walks all of it (flatMap per table, row and cell) looking for
// docx's own TableOfContents to fill; ours are built from PAGEREF fields (docx-toc.ts), so that walk finds nothing
// (~4 % of a render's CPU on the 40 default DOCX). For a document marked by `tanpaDaftarIsiDocx`, and without docx's
// page-number estimator, this copy of the method skips it. Should a docx TableOfContents be written in such a
// document anyway, it throws rather than write an unfilled one. Guard: the method must still be the one copied.
import { Body, TableOfContents, XmlComponent } from 'docx';

interface Context { file?: unknown }
type Prep = (this: unknown, context: Context) => unknown;
interface SectionParagraph { addSectionProperties(s: unknown): void; removeSectionProperties(s: unknown): void }
interface BodyLike { pageNumbers?: unknown; sections: unknown[]; root: unknown[]; sectionParagraphs: Map<SectionParagraph, unknown> }

const bodyProto = Body.prototype as unknown as { prepForXml: Prep };
const tocProto = TableOfContents.prototype as unknown as { prepForXml: Prep };
export const ASLI = { body: bodyProto.prepForXml, toc: tocProto.prepForXml };
const source = String(ASLI.body);
if (!['sectionParagraphs', 'fillTablesOfContents', 'this.pageNumbers', 'this.sections.length === 1'].every((s) => source.includes(s))) {
  throw new Error('docx-body: Body.prepForXml docx berubah; periksa src/backends/docx-body.ts terhadap versi docx terpasang');
}

const marked = new WeakSet<object>();
/** The document has no docx TableOfContents (its lists are ours): its body is written without looking for one. */
export function tanpaDaftarIsiDocx(doc: object): void { marked.add(doc); }

let tocs = 0;
function toc(this: unknown, context: Context): unknown { tocs++; return ASLI.toc.call(this, context); }

function body(this: BodyLike, context: Context): unknown {
  if (this.pageNumbers || !context.file || !marked.has(context.file as object)) return ASLI.body.call(this, context);
  if (this.sections.length === 1) { this.root.splice(0, 1); this.root.push(this.sections.pop()); }
  for (const [paragraph, section] of this.sectionParagraphs) paragraph.addSectionProperties(section);
  const before = tocs;
  let xml: unknown;
  try { xml = (XmlComponent.prototype as unknown as { prepForXml: Prep }).prepForXml.call(this, context); }
  finally { for (const [paragraph, section] of this.sectionParagraphs) paragraph.removeSectionProperties(section); }
  if (tocs !== before) throw new Error('docx-body: dokumen bertanda tanpa daftar isi docx berisi TableOfContents docx');
  return xml;
}

export function pasang(on = true): void {
  bodyProto.prepForXml = on ? (body as Prep) : ASLI.body;
  tocProto.prepForXml = on ? (toc as Prep) : ASLI.toc;
}
pasang();
