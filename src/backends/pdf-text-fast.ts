// pdfmake draws every inline with pdfkit's text(): _text copies the options (_initOptions) and splits the text into
// lines, _line calls _fragment, which writes save, a flip transform, BT, the text matrix, the font, the encoded text
// as TJ segments, ET and restore as nine separate chunks, the glyph codes as an array of hex strings joined per
// segment (a tenth of rendering time). For the inlines pdfmake draws (left-aligned, no line break, wrapping, word or
// character spacing, rotation, link, destination, decoration, features) in our unshaped fonts, where every glyph sits
// at its advance (one TJ segment), this patch writes the same operators as one chunk, the codes appended to one
// string; pdfkit's state (x, y, transform matrix and its stack, the page's fonts) is left as _text leaves it.
// Anything else goes pdfkit's way.
import { createRequire } from 'node:module';
import { isUnshaped } from './pdf-font-cache.ts';
import { codePoint, hexOf, type EmbeddedFont } from './pdf-font-layout.ts';

type Options = Record<string, unknown>;
interface Doc {
  x: number; y: number; _font: EmbeddedFont & { id: string; ascender: number; ref(): unknown; _runs?: Map<string, Run | null> }; _fontSize: number;
  _ctm: number[]; _textOptions?: unknown; _wrapper?: unknown;
  page: { height: number; fonts: Record<string, unknown> };
  addContent(s: string): Doc; widthOfString(s: string, o: Options): number;
  text(text: unknown, x?: unknown, y?: unknown, options?: Options): Doc;
  _fragment(text: string, x: number, y: number, options: Options): void; _line: unknown;
}

const req = createRequire(createRequire(import.meta.url).resolve('pdfmake'));
const PDFDocument = req('pdfkit') as { prototype: Doc };

/** pdfkit's PDFObject.number: rounded to 6 decimals. */
function number(n: number): number {
  if (n > -1e21 && n < 1e21) return Math.round(n * 1e6) / 1e6;
  throw new Error(`unsupported number: ${n}`);
}

interface Run { hex: string; width: number }
/** The TJ operand's hex codes of a text and pdfkit's width of it (pdf-font-layout's layout: advances summed per piece
 *  up to and including a space or tab, then over the pieces); undefined at a glyph that is not plain (the glyphs met
 *  before it are included in text order, as pdfkit's encode includes them first). */
function plainRun(font: EmbeddedFont, text: string): Run | undefined {
  let hex = '';
  let width = 0;
  let piece = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    const c = codePoint(font, cp);
    if (!c.plain) return undefined;
    hex += hexOf(font, c.glyph);
    piece += c.width;
    if (cp === 32 || cp === 9) { width += piece; piece = 0; }
  }
  return { hex, width: width + piece };
}

/** Options as pdfmake passes them for a plain inline: what _text, _initOptions, _line and _fragment read is unset
 *  (characterSpacing 0 or unset). */
function plainOptions(o: Options): boolean {
  return o.lineBreak === false && o.width == null && o.wordSpacing == null && !o.characterSpacing && o.horizontalScaling == null
    && o.rotation == null && o.continued == null && o.structParent == null && o.baseline == null && o.link == null && o.goTo == null
    && o.destination == null && o.underline == null && o.strike == null && o.oblique == null && o.fill == null && o.stroke == null
    && o.features == null && o.align == null && o.columns == null && o.lineGap == null;
}

function simple(doc: Doc, text: unknown, x: unknown, y: unknown, o: Options | undefined): text is string {
  return typeof text === 'string' && typeof x === 'number' && typeof y === 'number' && o !== undefined && plainOptions(o)
    && !doc._textOptions && !doc._wrapper && !text.includes('\n') && isUnshaped(doc._font.font);
}

let original: Doc['text'] | undefined;
/** pdfkit's own text(), once the patch is applied (for tests). */
export const pdfkitText = () => original;

/** Run once, by the PDF backend's setup, after the font layout patch. */
export function applyTextFastPatch(): void {
  const proto = PDFDocument.prototype;
  const text = (original = proto.text);
  const src = `${text}|${proto._line}|${proto._fragment}|${proto.addContent}|${proto.widthOfString}`.replace(/\s+/g, ' ');
  for (const want of ["this.addContent('BT')", 'this.addContent(`1 0 0 1 ${number(x)} ${number(y)} Tm`)', 'this.transform(1, 0, 0, -1, 0, this.page.height)',
    'this.addContent(`/${this._font.id} ${number(this._fontSize)} Tf`)', 'commands.push(`<${hex}> ${number(-advance)}`)',
    'this.addContent(`[${commands.join(\' \')}] TJ`)', 'y = this.page.height - y - dy', 'this.page.write(data)', 'return this._text(text, x, y, options, this._line)',
    'this.x += this.widthOfString(text, options)', '* horizontalScaling / 100']) {
    if (!src.includes(want)) throw new Error(`pdfkit changed: text()/_fragment no longer as pdf-text-fast.ts writes them (${want})`);
  }
  proto.text = function (this: Doc, t: unknown, x?: unknown, y?: unknown, o?: Options) {
    if (!simple(this, t, x, y, o)) return text.call(this, t, x, y, o);
    // a text drawn again in the same font (table cells, labels: 6 in 10 inlines) has the same codes and width
    const runs = (this._font._runs ??= new Map());
    let run = runs.get(t);
    if (run === undefined) runs.set(t, (run = plainRun(this._font, t) ?? null));
    if (!run) return text.call(this, t, x, y, o);
    this.x = x as number;
    this.y = y as number;
    if (t.length) {
      const dy = (this._font.ascender / 1000) * this._fontSize;
      const h = this.page.height;
      // save, transform and restore leave the transform matrix's values as they were (restore puts back a copy)
      if (this.page.fonts[this._font.id] == null) this.page.fonts[this._font.id] = this._font.ref();
      const ty = h - (y as number) - dy;
      this.addContent(`q\n1 0 0 -1 0 ${number(h)} cm\nBT\n1 0 0 1 ${number(x as number)} ${number(ty)} Tm\n/${this._font.id} ${number(this._fontSize)} Tf\n[<${run.hex}> 0] TJ\nET\nQ`);
    }
    // _line: x moves on by widthOfString (font width × size / 1000, plus no character spacing, at 100 % scaling)
    this.x += ((run.width * (this._fontSize / 1000) + 0 * (t.length - 1)) * 100) / 100;
    return this;
  };
}
