// pdfkit measures and encodes every text through EmbeddedFont.layout: it splits the text after each space or tab,
// looks each piece up in a cache of the document (hashing a fresh substring, scaling a fresh run per new piece and
// document) and concatenates the pieces' glyph and position arrays, for every inline measured and every line drawn.
// Our fonts lay text out unshaped (pdf-font-cache.ts): one glyph per code point, its position only its advance. So
// per font and code point the glyph, its scaled position and advance are made once by pdfkit's own layoutRun and
// kept across documents, and a text is laid out from them in one pass as pdfkit does it: the same glyphs and
// position values, widths summed per piece and then over the pieces, in pdfkit's order (the same numbers to the
// last bit). encode keeps pdfkit's per-document subset order: a glyph first met is included as before; one already
// included only has its hex code looked up. Shaped fonts and explicit features go the original way.
import { createRequire } from 'node:module';
import { TINOS } from './fonts.ts';
import { isUnshaped } from './pdf-font-cache.ts';

interface Glyph { id: number; advanceWidth: number; codePoints: number[] }
interface Position { xAdvance: number; advanceWidth?: number; xOffset?: number; yOffset?: number }
interface Layout { glyphs: Glyph[] | null; positions: Position[] | null; advanceWidth: number }
/** plain: at its advance, no offset (pdfkit's _fragment starts no new TJ segment or text matrix at it) */
interface CodePoint { glyph: Glyph; position: Position; width: number; plain: boolean }
export interface EmbeddedFont {
  font: object; scale: number; subset: { includeGlyph(id: number): number };
  widths: number[]; unicode: number[][]; _hex?: string[]; _cps?: CodePoints;
  layoutRun(text: string): Layout;
  layout(text: string, features?: unknown, onlyWidth?: boolean): Layout;
  encode(text: string, features?: unknown): [string[], Position[]];
}
interface CodePoints { bmp: (CodePoint | undefined)[]; astral: Map<number, CodePoint> }

const req = createRequire(createRequire(import.meta.url).resolve('pdfmake'));
const PDFDocument = req('pdfkit') as new (options: object) => { _font: EmbeddedFont };
const perFont = new WeakMap<object, CodePoints>();

/** Glyph, scaled position and advance of a code point: pdfkit's run of that one character, made once per font. */
export function codePoint(font: EmbeddedFont, cp: number): CodePoint {
  let cps = font._cps;
  if (!cps) {
    cps = perFont.get(font.font);
    if (!cps) perFont.set(font.font, (cps = { bmp: [], astral: new Map() }));
    font._cps = cps;
  }
  let c = cp < 0x10000 ? cps.bmp[cp] : cps.astral.get(cp);
  if (!c) {
    const run = font.layoutRun(String.fromCodePoint(cp));
    const p = run.positions![0];
    c = { glyph: run.glyphs![0], position: p, width: p.xAdvance, plain: !p.xOffset && !p.yOffset && p.xAdvance - p.advanceWidth! === 0 };
    if (cp < 0x10000) cps.bmp[cp] = c;
    else cps.astral.set(cp, c);
  }
  return c;
}

/** pdfkit's layout of a text: glyphs and positions in order; each piece's advances (up to and including a space or
 *  tab, then the rest) summed from 0, then the pieces' sums from 0. */
function layoutOf(font: EmbeddedFont, text: string, onlyWidth: boolean): Layout {
  const glyphs: Glyph[] | null = onlyWidth ? null : [];
  const positions: Position[] | null = onlyWidth ? null : [];
  let advanceWidth = 0;
  let piece = 0;
  let open = false;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    const c = codePoint(font, cp);
    if (glyphs) { glyphs.push(c.glyph); positions!.push(c.position); }
    piece += c.width;
    open = true;
    if (cp === 32 || cp === 9) { advanceWidth += piece; piece = 0; open = false; }
  }
  if (open) advanceWidth += piece;
  return { glyphs, positions, advanceWidth };
}

/** The 4-digit hex code of a glyph in this document's subset; a glyph first met is included as pdfkit's encode does. */
export function hexOf(font: EmbeddedFont, glyph: Glyph): string {
  const hex = (font._hex ??= []);
  let h = hex[glyph.id];
  if (h === undefined) {
    const gid = font.subset.includeGlyph(glyph.id);
    h = hex[glyph.id] = `0000${gid.toString(16)}`.slice(-4);
    if (font.widths[gid] == null) font.widths[gid] = glyph.advanceWidth * font.scale;
    if (font.unicode[gid] == null) font.unicode[gid] = glyph.codePoints;
  }
  return h;
}

let originals: Pick<EmbeddedFont, 'layout' | 'encode'> | undefined;
/** pdfkit's own layout and encode, once the patch is applied (for tests). */
export const pdfkitFontLayout = () => originals;

/** Run once, by the PDF backend's setup. */
export function applyFontLayoutPatch(): void {
  // pdfkit does not export EmbeddedFont: a stand-in document's font gives its prototype
  const proto = Object.getPrototypeOf(new PDFDocument({ font: TINOS.normal, autoFirstPage: false })._font) as EmbeddedFont;
  const { layout, encode, layoutRun } = proto;
  originals = { layout, encode };
  if (!/layoutCached\(text\.slice\(last, \+\+index\)\)/.test(layout.toString()) || !/\[' ', '\\t'\]\.includes\(needle\)/.test(layout.toString())
    || !/position\[key\] \*= this\.scale/.test(layoutRun.toString()) || !/run\.glyphs\[i\]\.advanceWidth \* this\.scale/.test(layoutRun.toString())
    || !/this\.subset\.includeGlyph\(glyph\.id\)/.test(encode.toString()) || !/`0000\$\{gid\.toString\(16\)\}`\.slice\(-4\)/.test(encode.toString())) {
    throw new Error('pdfkit changed: EmbeddedFont.layout/layoutRun/encode no longer as pdf-font-layout.ts assumes');
  }
  proto.layout = function (this: EmbeddedFont, text: string, features?: unknown, onlyWidth?: boolean) {
    if (features || !isUnshaped(this.font)) return layout.call(this, text, features, onlyWidth);
    return layoutOf(this, text, onlyWidth === true);
  };
  proto.encode = function (this: EmbeddedFont, text: string, features?: unknown) {
    if (features || !isUnshaped(this.font)) return encode.call(this, text, features);
    const res: string[] = [];
    const positions: Position[] = [];
    for (let i = 0; i < text.length; i++) {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) i++;
      const { glyph, position } = codePoint(this, cp);
      const h = hexOf(this, glyph);
      res.push(h);
      positions.push(position); // read only by pdfkit's _fragment (it copies a position before changing it)
    }
    return [res, positions];
  };
}
