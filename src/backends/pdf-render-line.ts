// Every line pdfmake draws went through three renderLine layers (pdf-merge-inlines joins look-alike inlines,
// pdf-page-ref lends page labels, then pdfmake's own, which makes a text decorator and scans the inlines for
// backgrounds and decorations): a twentieth of PDF time outside the drawing itself. For a line without outline, page
// reference, link to a page, background or decoration (almost all), this patch joins the inlines once and draws them
// as pdfmake does: per inline opacity, fill colour, font, size and text(), at the same positions from the same
// sums. Any other line goes the layered way.
import { joinInlines } from './pdf-merge-inlines.ts';
import { pdfmakeRenderLine } from './pdf-page-ref.ts';
import { pdfmakeClass } from './pdfmake-class.ts';

interface Inline {
  text: string; x: number; width: number; height?: number; font: { ascender: number }; fontSize: number;
  [key: string]: any;
}
interface Line { inlines: Inline[]; id?: unknown; _outline?: unknown; _pageNodeRef?: unknown }
type Render = (this: { pdfDocument: any }, line: Line, x: number, y: number) => void;

/** What pdfmake's renderLine would do beyond drawing the inlines' text: then the layered way. */
function special(line: Line): boolean {
  if (line._outline || line._pageNodeRef) return true;
  for (const i of line.inlines) if (i._pageNodeRef || i.linkToPage || i.decoration || i.background) return true;
  return false;
}

let previous: Render | undefined;
/** The layered renderLine this patch passes special lines to (for tests). */
export const layeredRenderLine = () => previous;

/** Run once, by the PDF backend's setup, after the page-reference and merge patches. */
export function applyRenderLinePatch(): void {
  const Renderer = pdfmakeClass('Renderer');
  const layered = (previous = Renderer.prototype.renderLine as Render);
  const src = `${pdfmakeRenderLine()}`.replace(/\s+/g, ' ');
  for (const want of ['let shiftToBaseline = lineHeight - inline.font.ascender / 1000 * inline.fontSize - descent;',
    'let lineHeight = line.getHeight(); let ascenderHeight = line.getAscenderHeight(); let descent = lineHeight - ascenderHeight;',
    'textDecorator.drawBackground(line, x, y);', 'textDecorator.drawDecorations(line, x, y);', 'this.pdfDocument.opacity(opacity);',
    "this.pdfDocument.fill(this.pdfDocument.resolveColor(inline.color, 'black'));", 'this.pdfDocument._font = inline.font;',
    'this.pdfDocument.fontSize(inline.fontSize); let shiftedY = offsetText(y + shiftToBaseline, inline); this.pdfDocument.text(inline.text, x + inline.x, shiftedY, options);',
    'lineBreak: false, textWidth: inline.width, characterSpacing: inline.characterSpacing, wordCount: 1, link: inline.link']) {
    if (!src.includes(want)) throw new Error(`pdfmake changed: Renderer.renderLine no longer as pdf-render-line.ts draws it (${want})`);
  }
  Renderer.prototype.renderLine = function (this: { pdfDocument: any }, line: Line, x: number, y: number) {
    if (special(line)) return layered.call(this, line, x, y);
    const inlines = line.inlines.length < 2 ? line.inlines : joinInlines(line.inlines as never) as unknown as Inline[];
    const doc = this.pdfDocument;
    x = x || 0;
    y = y || 0;
    // Line.getHeight and getAscenderHeight over the inlines drawn
    let lineHeight = 0, ascenderHeight = 0;
    for (const i of inlines) lineHeight = Math.max(lineHeight, i.height || 0);
    for (const i of inlines) ascenderHeight = Math.max(ascenderHeight, i.font.ascender / 1000 * i.fontSize);
    const descent = lineHeight - ascenderHeight;
    for (let n = 0; n < inlines.length; n++) {
      const inline = inlines[n];
      const shiftToBaseline = lineHeight - inline.font.ascender / 1000 * inline.fontSize - descent;
      const options: Record<string, unknown> = { lineBreak: false, textWidth: inline.width, characterSpacing: inline.characterSpacing, wordCount: 1, link: inline.link };
      if (inline.linkToDestination) options.goTo = inline.linkToDestination;
      if (line.id && n === 0) options.destination = line.id;
      if (inline.fontFeatures) options.features = inline.fontFeatures;
      doc.opacity(typeof inline.opacity === 'number' ? inline.opacity : 1);
      doc.fill(doc.resolveColor(inline.color, 'black'));
      doc._font = inline.font;
      doc.fontSize(inline.fontSize);
      let shiftedY = y + shiftToBaseline; // pdfmake's offsetText
      if (inline.sup) shiftedY -= inline.fontSize * 0.75;
      if (inline.sub) shiftedY += inline.fontSize * 0.35;
      doc.text(inline.text, x + inline.x, shiftedY, options);
    }
  };
}
