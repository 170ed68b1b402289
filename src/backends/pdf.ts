// Document model -> PDF bytes (pdfmake 0.3). Deterministic: fixed dates, embedded subset fonts.
// One pass: section starts are captured while pdfmake lays out the page headers, page references (daftar isi)
// print logical labels, and continuation labels of long tables go into the page header of the pages they continue on.
import path from 'node:path';
import './pdf-font-cache.ts'; // must precede pdfmake
import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { Block, DocModel, Pages, Section } from '../render/model.ts';
import { PAGE_SIZES } from '../render/model.ts';
import { FONTS, TINOS } from './fonts.ts';
import { blocks, type Ctx } from './pdf-blocks.ts';
import { applyClonePatch } from './pdf-clone.ts';
import { applyColorPatch } from './pdf-color.ts';
import { applyFirstPagePatch } from './pdf-first-page.ts';
import { applyFontFilePatch } from './pdf-font-file.ts';
import { applyFontLayoutPatch } from './pdf-font-layout.ts';
import { applyFontSubsetPatch } from './pdf-font-subset.ts';
import { applyJustifyPatch } from './pdf-justify-patch.ts';
import { applyKeepRowsPatch } from './pdf-keep-rows.ts';
import { applyKeepTablePatch } from './pdf-keep-table.ts';
import { applyMeasurePatch } from './pdf-measure.ts';
import { applyMergeInlinesPatch } from './pdf-merge-inlines.ts';
import { applyNextLinePatch } from './pdf-next-line.ts';
import { applyOpacityPatch } from './pdf-opacity.ts';
import { applyPageBreakPatch } from './pdf-page-break.ts';
import { applyPageRefPatch } from './pdf-page-ref.ts';
import { applyPlacePatch } from './pdf-place.ts';
import { applyRenderLinePatch } from './pdf-render-line.ts';
import { applyRestructurePatch } from './pdf-restructure.ts';
import { applyRowSpanPatch } from './pdf-row-span.ts';
import { applySvgPatch } from './pdf-svg.ts';
import { applyStylePatch } from './pdf-style-patch.ts';
import { applyStreamWritePatch } from './pdf-stream-write.ts';
import { applyTextFastPatch } from './pdf-text-fast.ts';
import { applyVectorPatch } from './pdf-vector.ts';
import { applyWordShapePatch } from './pdf-word-shape.ts';
import { Numbering } from './pdf-numbering.ts';
import { judulSeimbang } from './judul-seimbang.ts';

const FIXED_DATE = new Date('2000-01-01T00:00:00Z');
let ready = false;
function setup() {
  if (ready) return;
  ready = true;
  applyJustifyPatch();
  applyPageRefPatch();
  applyMergeInlinesPatch(); // wraps the page-reference patch: joins first
  applyRenderLinePatch(); // plain lines past both
  applyVectorPatch();
  applyStylePatch();
  applyMeasurePatch();
  applyStreamWritePatch();
  applyPageBreakPatch();
  applyNextLinePatch();
  applyWordShapePatch();
  applyClonePatch();
  applyKeepRowsPatch();
  applyRowSpanPatch();
  applyKeepTablePatch();
  applyPlacePatch(); // before pdf-first-page wraps addFragment
  applyFirstPagePatch();
  applyFontLayoutPatch();
  applyTextFastPatch();
  applyColorPatch();
  applyOpacityPatch();
  applyFontSubsetPatch();
  applyRestructurePatch();
  applySvgPatch();
  applyFontFilePatch(TINOS);
  pdfmake.addFonts({ Tinos: TINOS });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((p: string) => path.resolve(p).startsWith(FONTS));
}

function section(s: Section, i: number, ctx: Ctx): Content {
  const size = PAGE_SIZES[s.page];
  const band = (bs: Block[], page: number, pages: number, top: boolean) =>
    bs.length ? { stack: blocks(bs, { ...ctx, page, pages }), margin: [s.margins[0], top ? 20 : 10, s.margins[2], 0] } : null;
  const width = (s.orientation === 'landscape' ? size.height : size.width) - s.margins[0] - s.margins[2];
  return {
    section: blocks(s.blocks, { ...ctx, width }), pageSize: { width: size.width, height: size.height }, pageOrientation: s.orientation,
    pageMargins: [...s.margins],
    // pdfmake lays out every page's header after the content, in page order, before any footer: the first call marks
    // the section start; a page that a long table continues on repeats the parent labels of its first row
    header: (page: number, pages: number) => {
      ctx.numbering.starts[i] ??= page;
      const label = continuationLabel(ctx, page);
      const own = band(s.header, page, pages, true);
      if (!label) return own;
      const note = { text: `(lanjutan) ${label}`, italics: true, fontSize: 7, margin: [s.margins[0], Math.max(s.margins[1] - 14, 4), s.margins[2], 0] };
      return own ? { stack: [note, own] } : note;
    },
    footer: (page: number, pages: number) => band(s.footer, page, pages, false),
  } as Content;
}

/** The context of the first continuation row on a page, when that row continues a group from the page before. */
function continuationLabel(ctx: Ctx, page: number): string | undefined {
  const pageOf = (id?: string) => (id ? ctx.targets.get(id)?.positions?.[0]?.pageNumber : undefined);
  const first = ctx.rows.find((r) => pageOf(r.id) === page);
  if (!first?.context || !first.prev) return undefined;
  const before = pageOf(first.prev);
  return before !== undefined && before < page ? first.context : undefined;
}

function definition(doc: DocModel, ctx: Ctx): TDocumentDefinitions {
  const first = doc.sections[0];
  return {
    pageSize: { width: PAGE_SIZES[first.page].width, height: PAGE_SIZES[first.page].height },
    pageMargins: [...first.margins],
    info: { title: doc.title, subject: doc.subject, keywords: doc.keywords, creator: 'sakip-generator', producer: 'sakip-generator', creationDate: FIXED_DATE, modDate: FIXED_DATE },
    defaultStyle: { font: 'Tinos', fontSize: doc.fontSize, lineHeight: 1.1 },
    ...(doc.pdfa ? { version: '1.7', subset: 'PDF/A-2b', language: 'id-ID' } as object : {}), // pdfkit: XMP, sRGB output intent
    content: doc.sections.map((s, i) => section(s, i, ctx)),
  };
}

async function pass(doc: DocModel): Promise<{ bytes: Uint8Array; layout: Pages }> {
  const ctx: Ctx = { doc, tables: { n: 0 }, numbering: new Numbering(doc), targets: new Map(), rows: [] };
  const bytes = new Uint8Array(await pdfmake.createPdf(definition(doc, ctx)).getBuffer());
  const byId = new Map<string, string>();
  for (const [id, t] of ctx.targets) if (t.positions?.length) byId.set(id, ctx.numbering.label(t.positions[0].pageNumber));
  return { bytes, layout: { byId } };
}

/** The PDF and the page layout it has (labels of list entries and rows, for the DOCX backend). */
export async function renderPdf(doc: DocModel): Promise<{ bytes: Uint8Array; layout: Pages }> {
  setup();
  return pass(judulSeimbang(doc));
}
