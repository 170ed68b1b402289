// pdfmake draws every table border and rule with renderVector: line width, undash, line join, line cap and the path
// each as its own pdfkit call and content chunk (six chunks, six template strings, six stream writes per line), then
// colour, opacity and paint. For a solid line or a plain rectangle this patch writes the first six operators as one
// chunk (the same text: chunks are joined with newlines in the stream), then makes pdfmake's colour and paint calls;
// a line stroked or a rectangle filled in a parsed colour (pdf-color.ts) at an opacity met before (pdf-opacity.ts),
// nearly all of them, gets those operators in the same chunk too (four chunks per border were 40 % of all chunks).
// Dashed lines, rounded rectangles, ellipses, polylines, paths and gradients go pdfmake's way.
import { colorChunks } from './pdf-color.ts';
import { opacityChunk } from './pdf-opacity.ts';
import { pdfmakeClass } from './pdfmake-class.ts';

interface Vector {
  type: string; lineWidth?: number; dash?: unknown; lineJoin?: unknown; lineCap?: unknown; linearGradient?: unknown; r?: number;
  x?: number; y?: number; w?: number; h?: number; x1?: number; y1?: number; x2?: number; y2?: number;
  color?: unknown; lineColor?: unknown; fillOpacity?: unknown; strokeOpacity?: unknown;
}
type Doc = Record<string, any>;

/** pdfkit's PDFObject.number: rounded to 6 decimals. */
function n(v: number): number {
  if (v > -1e21 && v < 1e21) return Math.round(v * 1e6) / 1e6;
  throw new Error(`unsupported number: ${v}`);
}
/** pdfmake's isNumber. */
const isNumber = (v: unknown) => typeof v === 'number' || v instanceof Number;
/** pdfkit's lineJoin/lineCap argument: a style name looked up in upper case, else as given. */
const style = (table: Record<string, number>, s: unknown) => (typeof s === 'string' ? table[s.toUpperCase()] : s);

/** Whether a vector's paint goes with its path in one chunk (off: pdfmake's calls after the path chunk; for tests). */
export const atOnce = { on: true, n: 0 };

/** A line stroked or a rectangle filled in a hex or named colour at an opacity the document has met (nearly all):
 *  the path, colour, opacity and paint operators pdfmake's calls write (strokeColor, stroke / fillColor, fill),
 *  written as one chunk (chunks are joined with newlines), with fillColor's one other effect. */
function paintedAtOnce(doc: Doc, vector: Vector, head: string, fillOpacity: unknown, strokeOpacity: unknown): boolean {
  if (!atOnce.on || !vector.color === !vector.lineColor) return false; // both (fillAndStroke) or neither: pdfmake's way
  const stroke = !vector.color;
  const color = doc.resolveColor(stroke ? vector.lineColor : vector.color, 'black');
  const ops = typeof color === 'string' ? colorChunks(doc as never, color) : undefined;
  const gs = ops && (stroke ? opacityChunk(doc as never, null, strokeOpacity as number) : opacityChunk(doc as never, fillOpacity as number, null));
  if (gs === undefined) return false;
  atOnce.n++;
  if (stroke) doc.addContent(`${head}\n${ops!.strokeOps}\n${gs}\nS`);
  else {
    doc.addContent(`${head}\n${ops!.fillOps}\n${gs}\nf`);
    doc._fillColor = [color, fillOpacity];
  }
  return true;
}

let original: ((this: { pdfDocument: Doc }, v: Vector) => void) | undefined;
/** pdfmake's own renderVector, once the patch is applied (for tests). */
export const pdfmakeRenderVector = () => original;

/** Run once, by the PDF backend's setup. */
export function applyVectorPatch(): void {
  const Renderer = pdfmakeClass('Renderer');
  const render = (original = Renderer.prototype.renderVector as (this: { pdfDocument: Doc }, v: Vector) => void);
  const src = `${render}`.replace(/\s+/g, ' ');
  for (const want of ['this.pdfDocument.lineWidth(vector.lineWidth || 1); if (vector.dash) {', "} else { this.pdfDocument.undash(); } this.pdfDocument.lineJoin(vector.lineJoin || 'miter'); this.pdfDocument.lineCap(vector.lineCap || 'butt');",
    "case 'line': this.pdfDocument.moveTo(vector.x1, vector.y1); this.pdfDocument.lineTo(vector.x2, vector.y2); break;",
    'this.pdfDocument.rect(vector.x, vector.y, vector.w, vector.h);', 'let patternColor = this.pdfDocument.providePattern(vector.color);',
    "this.pdfDocument.fillColor(this.pdfDocument.resolveColor(vector.color, 'black'), fillOpacity); this.pdfDocument.strokeColor(this.pdfDocument.resolveColor(vector.lineColor, 'black'), strokeOpacity); this.pdfDocument.fillAndStroke(); } else if (vector.color) {"]) {
    if (!src.includes(want)) throw new Error(`pdfmake changed: Renderer.renderVector no longer as pdf-vector.ts draws it (${want})`);
  }
  Renderer.prototype.renderVector = function (this: { pdfDocument: Doc }, vector: Vector) {
    const line = vector.type === 'line', rect = vector.type === 'rect' && !vector.r;
    if ((!line && !rect) || vector.dash || vector.linearGradient) return render.call(this, vector);
    const doc = this.pdfDocument;
    const path = line ? `${n(vector.x1!)} ${n(vector.y1!)} m\n${n(vector.x2!)} ${n(vector.y2!)} l` : `${n(vector.x!)} ${n(vector.y!)} ${n(vector.w!)} ${n(vector.h!)} re`;
    const head = `${n(vector.lineWidth || 1)} w\n[] 0 d\n${style(doc._JOIN_STYLES, vector.lineJoin || 'miter')} j\n${style(doc._CAP_STYLES, vector.lineCap || 'butt')} J\n${path}`;
    // pdfmake's own colour and paint
    const patternColor = doc.providePattern(vector.color);
    if (patternColor !== null) vector.color = patternColor;
    const fillOpacity = isNumber(vector.fillOpacity) ? vector.fillOpacity : 1;
    const strokeOpacity = isNumber(vector.strokeOpacity) ? vector.strokeOpacity : 1;
    if (paintedAtOnce(doc, vector, head, fillOpacity, strokeOpacity)) return;
    doc.addContent(head);
    if (vector.color && vector.lineColor) {
      doc.fillColor(doc.resolveColor(vector.color, 'black'), fillOpacity);
      doc.strokeColor(doc.resolveColor(vector.lineColor, 'black'), strokeOpacity);
      doc.fillAndStroke();
    } else if (vector.color) {
      doc.fillColor(doc.resolveColor(vector.color, 'black'), fillOpacity);
      doc.fill();
    } else {
      doc.strokeColor(doc.resolveColor(vector.lineColor, 'black'), strokeOpacity);
      doc.stroke();
    }
  };
}
