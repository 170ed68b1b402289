// pdfkit measures and encodes every text through EmbeddedFont.layout: it splits the text after each space or tab,
// looks each piece up in a cache of the document (scaling a fresh run per new piece and document) and concatenates
// the pieces' glyph and position arrays, for every inline measured and every line drawn. Our fonts lay text out
// unshaped (pdf-font-cache.ts), so a piece's run is a pure function of the piece: it is scaled once per font and kept
// across documents, and a text's layout is made from the runs as pdfkit makes it (same pieces, widths summed in the
// same order, so the same numbers to the last bit) without concatenating arrays per piece. encode keeps pdfkit's
// per-document subset order: a glyph first met is included as before; one already included only has its hex code
// looked up. Shaped fonts and explicit features go the original way.
import { createRequire } from 'node:module';
import { TINOS } from './fonts.ts';
import { isUnshaped } from './pdf-font-cache.ts';

interface Glyph { id: number; advanceWidth: number; codePoints: number[] }
interface Layout { glyphs: Glyph[]; positions: object[]; advanceWidth: number }
interface EmbeddedFont {
  font: object; scale: number; subset: { includeGlyph(id: number): number };
  widths: number[]; unicode: number[][]; _hex?: string[]; _runs?: Map<string, Layout>;
  layoutRun(text: string): Layout;
  layout(text: string, features?: unknown, onlyWidth?: boolean): Layout;
  encode(text: string, features?: unknown): [string[], object[]];
}

const req = createRequire(createRequire(import.meta.url).resolve('pdfmake'));
const PDFDocument = req('pdfkit') as new (options: object) => { _font: EmbeddedFont };
const LIMIT = 100_000; // pieces kept per font; the cache starts over past it (pure values: output unchanged)
const runs = new WeakMap<object, Map<string, Layout>>();

/** The scaled run of one piece, made by pdfkit's layoutRun once per font (not once per document). */
function run(font: EmbeddedFont, piece: string): Layout {
  let perFont = font._runs;
  if (!perFont) {
    perFont = runs.get(font.font);
    if (!perFont) runs.set(font.font, (perFont = new Map()));
    font._runs = perFont;
  }
  let r = perFont.get(piece);
  if (!r) {
    if (perFont.size >= LIMIT) perFont.clear();
    perFont.set(piece, (r = font.layoutRun(piece)));
  }
  return r;
}

/** pdfkit's layout of a text: the runs of its pieces (up to and including each space or tab, then the rest), their
 *  glyphs and positions in order, their widths summed in order from 0. A text of one piece is its run. */
function layoutOf(font: EmbeddedFont, text: string, onlyWidth: boolean): Layout {
  let glyphs: Glyph[] | undefined;
  let positions: object[] | undefined;
  let advanceWidth = 0;
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) continue;
    if (last === 0 && i === text.length - 1) return run(font, text);
    const r = run(font, text.slice(last, i + 1));
    if (!onlyWidth) {
      glyphs ??= [];
      positions ??= [];
      for (const g of r.glyphs) glyphs.push(g);
      for (const p of r.positions) positions.push(p);
    }
    advanceWidth += r.advanceWidth;
    last = i + 1;
  }
  if (last === 0) return text.length ? run(font, text) : { glyphs: [], positions: [], advanceWidth: 0 };
  if (last < text.length) {
    const r = run(font, text.slice(last));
    if (!onlyWidth) {
      for (const g of r.glyphs) glyphs!.push(g);
      for (const p of r.positions) positions!.push(p);
    }
    advanceWidth += r.advanceWidth;
  }
  return { glyphs: glyphs ?? [], positions: positions ?? [], advanceWidth };
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
    const { glyphs, positions } = layoutOf(this, text, false);
    const hex = (this._hex ??= []);
    const res: string[] = new Array(glyphs.length);
    for (let i = 0; i < glyphs.length; i++) {
      const glyph = glyphs[i];
      let h = hex[glyph.id];
      if (h === undefined) {
        // first use in this document: as pdfkit's encode
        const gid = this.subset.includeGlyph(glyph.id);
        h = hex[glyph.id] = `0000${gid.toString(16)}`.slice(-4);
        if (this.widths[gid] == null) this.widths[gid] = glyph.advanceWidth * this.scale;
        if (this.unicode[gid] == null) this.unicode[gid] = glyph.codePoints;
      }
      res[i] = h;
    }
    return [res, positions];
  };
}
