// Document model -> DOCX bytes (docx 9). Same model as the PDF backend, so both say the same thing.
import {
  AlignmentType, Document, Footer, Header, LevelFormat, NumberFormat, PageOrientation, Paragraph, type FileChild, type ISectionOptions,
} from 'docx';
import type { DocModel, Pages, Section } from '../render/model.ts';
import { PAGE_SIZES } from '../render/model.ts';
import { blocks, FONT, textStyleDefinition, tw, type Ctx } from './docx-blocks.ts';
import { packDocx } from './docx-normalize.ts';
import './docx-patch.ts'; // faster serialisation, same bytes
import { tanpaDaftarIsiDocx } from './docx-body.ts';
import { lineTwips } from './fonts.ts';
import { sectionEnd } from './docx-table.ts';
import { echt } from './docx-siap.ts';
import { bagianTetap } from './docx-tetap.ts';
import { judulSeimbang } from './judul-seimbang.ts';

function numberingLevels(format: (typeof LevelFormat)[keyof typeof LevelFormat], text: (l: number) => string) {
  return Array.from({ length: 3 }, (_, l) => ({
    level: l, format, text: text(l), alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 360 * (l + 1), hanging: 360 } }, run: { font: FONT } },
  }));
}

/** The footer's distance (twips) from the page's bottom edge: 10 mm, less where the bottom margin cannot hold the
 *  footer there (LibreOffice would shrink the text block above it; the PDF draws the footer inside the margin). */
function footerDistance(s: Section, fontSize: number, bottom: number): number {
  const height = s.footer.reduce((a, f) => a + (f.kind === 'p' ? lineTwips(f.size ?? fontSize) : 0), 0);
  return Math.max(0, Math.min(567, bottom - height - 20));
}

/** A section's last paragraph a docx Paragraph: docx moves the section's properties into it (Body.addSection). */
const lastReal = (cs: FileChild[]) => (cs.length ? [...cs.slice(0, -1), echt(cs[cs.length - 1])] : cs);

function section(s: Section, doc: DocModel, shared: Pick<Ctx, 'instance' | 'textSizes'>, layout?: Pages): ISectionOptions {
  const size = PAGE_SIZES[s.page];
  const land = s.orientation === 'landscape';
  const pageWidth = land ? size.height : size.width;
  const ctx: Ctx = { size: doc.fontSize, width: pageWidth - s.margins[0] - s.margins[2], listLevel: 0, breakNext: false, ...shared, doc, layout };
  const [l, t, r, b] = s.margins.map(tw);
  return {
    properties: {
      page: {
        size: { width: tw(size.width), height: tw(size.height), orientation: land ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { left: l, top: t, right: r, bottom: b, header: 567, footer: footerDistance(s, doc.fontSize, b) },
        pageNumbers: { start: s.pageStart, formatType: s.pageNumbers === 'lower-roman' ? NumberFormat.LOWER_ROMAN : NumberFormat.DECIMAL },
      },
    },
    headers: s.header.length ? { default: new Header({ children: blocks(s.header, { ...ctx }) as Paragraph[] }) } : undefined,
    footers: s.footer.length ? { default: new Footer({ children: blocks(s.footer, { ...ctx }) as Paragraph[] }) } : undefined,
    children: lastReal(sectionEnd(blocks(s.blocks, ctx))),
  };
}

export async function renderDocx(model: DocModel, layout?: Pages): Promise<Uint8Array> {
  const doc = judulSeimbang(model); // centred two-line paragraphs broken as the PDF breaks them
  const shared = { instance: { n: 0 }, textSizes: new Set<number>() };
  const sections = doc.sections.map((s) => section(s, doc, shared, layout));
  const styles = {
    // no widow/orphan control: the PDF has none, and both must break pages at the same lines
    default: { document: { run: { font: FONT, size: doc.fontSize * 2 }, paragraph: { widowControl: false } as never } },
    paragraphStyles: [...shared.textSizes].sort((a, b) => a - b).map(textStyleDefinition),
  };
  const d = new Document({
    creator: 'sakip-generator', title: doc.title, subject: doc.subject, description: doc.title, keywords: doc.keywords,
    styles,
    numbering: {
      config: [
        { reference: 'decimal', levels: numberingLevels(LevelFormat.DECIMAL, (l) => `%${l + 1}.`) },
        { reference: 'alpha', levels: numberingLevels(LevelFormat.LOWER_LETTER, (l) => `%${l + 1}.`) },
        { reference: 'bullet', levels: numberingLevels(LevelFormat.BULLET, () => '•') },
      ],
    },
    sections,
  });
  tanpaDaftarIsiDocx(d); // our lists are PAGEREF fields (docx-toc.ts)
  bagianTetap(d, JSON.stringify(styles)); // no theme given: docx's; styles as the options say
  return packDocx(d);
}
