// pdfmake draws an SVG with svg-to-pdfkit, a general SVG renderer that defines its ~60 classes anew on every call
// (nothing stays optimised), builds an element object per node, parses each attribute through regular expressions
// and creates the parent element again for lookups: the pohon kinerja and the charts spent an eighth of PDF time there.
// For the SVG our drawings write (pdf-svg-parse.ts) this patch makes the same pdfkit calls, in the same order, with
// the same values as svg-to-pdfkit: outer save/translate/scale, the svg's save, clip to its box and viewBox transform,
// every text's font and glyph encoding (done when svg-to-pdfkit builds the children, before drawing them), then per
// element save, identity transform, colours, line state, path, paint, restore; text as BT, Tf, Tr, Tm, TJ, ET.
// Anything else goes svg-to-pdfkit's way. pdfmake's SVG measurement reads the same form without two XML parses.
import { createRequire } from 'node:module';
import { parseSvg, type ParsedSvg, type Rgb, type SvgItem } from './pdf-svg-parse.ts';
import { layoutText, writeGlyphs, type Doc, type Options } from './pdf-svg-text.ts';


const req = createRequire(createRequire(import.meta.url).resolve('pdfmake'));
const svgModule = req('pdfmake/js/3rd-party/svg-to-pdfkit.js') as { default: (...a: any[]) => void };
const SVGMeasure = req('pdfmake/js/SVGMeasure.js').default as { prototype: Record<string, (...a: any[]) => any> };

const multiply = (a: number[], b: number[]) => [a[0] * b[0] + a[2] * b[1], a[1] * b[0] + a[3] * b[1], a[0] * b[2] + a[2] * b[3],
  a[1] * b[2] + a[3] * b[3], a[0] * b[4] + a[2] * b[5] + a[4], a[1] * b[4] + a[3] * b[5] + a[5]];

type Text = ReturnType<typeof layoutText>;
function drawItem(doc: Doc, it: SvgItem, text: Text | undefined) {
  doc.save();
  doc.transform(1, 0, 0, 1, 0, 0);
  if (it.tag === 'text') {
    if (it.fill) {
      doc.fillColor(it.fill.slice(), 1);
      const { font, size } = text!;
      if (!doc.page.fonts[font.id]) doc.page.fonts[font.id] = font.ref();
      doc.addContent('BT').addContent(`/${font.id} ${size} Tf`);
      doc.addContent('0 Tr');
      writeGlyphs(doc, text!.pos);
      doc.addContent('ET');
    }
    return doc.restore();
  }
  const fill: Rgb | undefined = it.tag === 'rect' ? it.fill?.slice() as Rgb | undefined : [0, 0, 0];
  const width = it.width !== undefined && it.width >= 0 ? it.width : 1;
  const stroke = Math.abs(width - 0) < 1e-10 ? undefined : it.stroke;
  if (fill || stroke) {
    if (fill) doc.fillColor(fill, 1);
    if (stroke) {
      doc.strokeColor(stroke.slice(), 1);
      doc.lineWidth(width).miterLimit(4).lineJoin('miter').lineCap('butt');
      doc.dash([], { phase: 0 });
    }
    if (it.tag === 'line') {
      if (Math.sqrt((it.x2 - it.x1) * (it.x2 - it.x1) + (it.y2 - it.y1) * (it.y2 - it.y1)) > 0) doc.moveTo(it.x1, it.y1).lineTo(it.x2, it.y2);
    } else if (it.w > 0 && it.h > 0) {
      doc.moveTo(it.x, it.y).lineTo(it.x + it.w, it.y).lineTo(it.x + it.w, it.y + it.h).lineTo(it.x, it.y + it.h).closePath();
    }
    if (fill && stroke) doc.fillAndStroke('nonzero');
    else if (fill) doc.fill('nonzero');
    else doc.stroke();
  }
  return doc.restore();
}

function draw(doc: Doc, s: ParsedSvg, x: number, y: number, options: Options) {
  const saved = doc._fillColor;
  doc.save().translate(x || 0, y || 0).scale(1);
  doc.save();
  const { width: w, height: h, viewBox: vb } = s;
  doc.moveTo(0, 0).lineTo(w, 0).lineTo(w, h).lineTo(0, h).closePath();
  doc.clip();
  const scale = Math.min(w / vb[2], h / vb[3]); // preserveAspectRatio xMidYMid meet
  const aspect = [scale, 0, 0, scale, 0.5 * (w - vb[2] * scale), 0.5 * (h - vb[3] * scale)];
  doc.transform(...multiply(multiply(multiply([1, 0, 0, 1, 0, 0], [1, 0, 0, 1, 0, 0]), aspect), [1, 0, 0, 1, -vb[0], -vb[1]]));
  const texts = s.items.map((it) => (it.tag === 'text' ? layoutText(doc, it, options) : undefined));
  s.items.forEach((it, i) => drawItem(doc, it, texts[i]));
  doc.restore();
  doc.restore();
  doc._fillColor = saved;
}

/** The options pdfmake's renderSVG gives when the document definition sets none of svg-to-pdfkit's. */
const plainOptions = (o: Options) => !!o && o.assumePt === true && typeof o.fontCallback === 'function'
  && Object.keys(o).every((k) => ['width', 'height', 'assumePt', 'useCSS', 'fontCallback'].includes(k));

let originals: { svg: (...a: any[]) => void; measure: (...a: any[]) => any; write: (...a: any[]) => any } | undefined;
/** svg-to-pdfkit and pdfmake's SVG measurement, once the patch is applied (for tests). */
export const svgOriginals = () => originals;

/** Run once, by the PDF backend's setup. */
export function applySvgPatch(): void {
  const svg = svgModule.default;
  const src = svg.toString().replace(/\s+/g, ' ');
  for (const want of ['doc.save().translate(x || 0, y || 0).scale(pxToPt)', "'overflow': { inherit: false, initial: 'hidden'", 'kern: pos[i].advanceWidth - pos[i].xAdvance',
    "doc.fillAndStroke(this.get('fill-rule'))", "doc.lineWidth(lineWidth).miterLimit(this.get('stroke-miterlimit'))", 'commands.push(`<${commandStr}> 0`)',
    "doc.addContent('BT').addContent('/' + font.id + ' ' + size + ' Tf')", "'fill': { inherit: true, initial: DefaultColors.black }"]) {
    if (!src.includes(want)) throw new Error(`pdfmake changed: svg-to-pdfkit no longer as pdf-svg.ts draws it (${want})`);
  }
  const { measureSVG: measure, writeDimensions: write } = SVGMeasure.prototype;
  originals = { svg, measure, write };
  svgModule.default = function (doc: Doc, s: unknown, x: number, y: number, options: Options) {
    const parsed = typeof s === 'string' && plainOptions(options) ? parseSvg(s) : undefined;
    if (!parsed) return originals!.svg(doc, s, x, y, options); // looked up here: tests count what goes this way
    draw(doc, parsed, x, y, options);
  };
  SVGMeasure.prototype.measureSVG = function (s: unknown) {
    const parsed = typeof s === 'string' ? parseSvg(s) : undefined;
    return parsed ? { width: parsed.width, height: parsed.height } : measure.call(this, s);
  };
  SVGMeasure.prototype.writeDimensions = function (s: unknown, d: { width: number; height: number }) {
    if (typeof s !== 'string' || !parseSvg(s)) return write.call(this, s, d);
    return s.replace(/^(<svg [^>]*?)width="[^"]*" height="[^"]*"/, `$1width="${d.width}" height="${d.height}"`);
  };
}
