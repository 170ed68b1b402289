// pdfmake sets the fill colour before every inline it draws (fill(colour): a regular expression test, _setColor,
// _setColorCore parsing the colour string into a fresh array, mapping it to 0..1 and joining it, two content chunks,
// then 'f'), and resolveColor parses the string again to check it. A colour string that pdfkit reads as a hex code or
// a named colour always gives the same components: they are parsed once per process, handed out as a fresh copy;
// setting such a colour (fill or stroke) writes its two operators as one chunk, and fill() of it the three. Spot colours, gradients, patterns and
// arrays go pdfkit's way.
import { createRequire } from 'node:module';

interface Doc {
  spotColors: Record<string, unknown>; _fillColor?: unknown[];
  _normalizeColor(color: unknown): number[] | object | null;
  _setColorCore(color: unknown, stroke?: boolean): boolean;
  fill(color?: unknown, rule?: unknown): Doc; fillColor: unknown;
  addContent(s: string): Doc;
}

const req = createRequire(createRequire(import.meta.url).resolve('pdfmake'));
const PDFDocument = req('pdfkit') as { prototype: Doc };
/** colour string -> its components (0..1) and the two operators _setColorCore writes without the operator names */
const parsed = new Map<string, { components: number[]; space: string; values: string; fillOps: string; strokeOps: string; fillPaint: string }>();
const RULE = /(even-?odd)|(non-?zero)/;

let normalizeOf: Doc['_normalizeColor'] | undefined;
/** The parsed entry of a hex or named colour (undefined: spot colours and others, or before the patch): its chunks
 *  (pdf-vector.ts writes them with a vector's other operators as one chunk). */
export function colorChunks(doc: Doc, color: string): { fillOps: string; strokeOps: string } | undefined {
  return normalizeOf ? lookup(doc, color) : undefined;
}
function lookup(doc: Doc, color: string) {
  let p = parsed.get(color);
  if (p === undefined && (color.charAt(0) === '#' || !doc.spotColors[color])) {
    const c = normalizeOf!.call(doc, color);
    // hex codes and named colours only (a spot colour is an object; an unknown name is null)
    if (!Array.isArray(c)) return undefined;
    const space = c.length === 4 ? 'DeviceCMYK' : 'DeviceRGB', values = c.join(' ');
    // the chunks written for it, made once (~140 000 colour settings per default build)
    const fillOps = `/${space} cs\n${values} scn`;
    parsed.set(color, (p = { components: c, space, values, fillOps, strokeOps: `/${space} CS\n${values} SCN`, fillPaint: `${fillOps}\nf` }));
  }
  return p;
}

let originals: Pick<Doc, '_normalizeColor' | 'fill' | '_setColorCore'> | undefined;
/** pdfkit's own _normalizeColor, fill and _setColorCore, once the patch is applied (for tests). */
export const pdfkitColor = () => originals;

/** Run once, by the PDF backend's setup. */
export function applyColorPatch(): void {
  const proto = PDFDocument.prototype;
  const { _normalizeColor: normalize, fill, _setColorCore: core } = proto;
  originals = { _normalizeColor: normalize, fill, _setColorCore: core };
  const src = `${normalize}|${fill}|${core}|${proto.fillColor}`.replace(/\s+/g, ' ');
  for (const want of ["color.charAt(0) === '#'", 'namedColors[color]', 'this.spotColors[color]', 'color.map(part => part / 255)',
    "const op = stroke ? 'SCN' : 'scn'", 'this._setColorSpace(space, stroke)', 'this.addContent(`${color.join(\' \')} ${op}`)',
    'this.fillColor(color)', 'return this.addContent(`f${this._windingRule(rule)}`)', 'this._fillColor = [color, opacity]', 'this.fillOpacity(opacity)']) {
    if (!src.includes(want)) throw new Error(`pdfkit changed: colours no longer as pdf-color.ts assumes (${want})`);
  }
  normalizeOf = normalize;
  proto._normalizeColor = function (this: Doc, color: unknown) {
    if (typeof color !== 'string') return normalize.call(this, color);
    const p = lookup(this, color);
    return p ? p.components.slice() : normalize.call(this, color);
  };
  proto._setColorCore = function (this: Doc, color: unknown, stroke?: boolean) {
    const p = typeof color === 'string' ? lookup(this, color) : undefined;
    if (!p) return core.call(this, color, stroke);
    this.addContent(stroke ? p.strokeOps : p.fillOps);
    return true;
  };
  proto.fill = function (this: Doc, color?: unknown, rule?: unknown) {
    if (typeof color !== 'string' || rule !== undefined || RULE.test(color)) return fill.call(this, color, rule);
    const p = lookup(this, color);
    if (!p) return fill.call(this, color, rule);
    // fillColor(color): _setColorCore's space and values, no opacity given; then the fill operator
    this.addContent(p.fillPaint);
    this._fillColor = [color, undefined];
    return this;
  };
}
