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
  x: number; y: number; _font: EmbeddedFont & { id: string; ascender: number; ref(): unknown }; _fontSize: number;
  _ctm: number[]; _textOptions?: unknown; _wrapper?: unknown;
  page: { height: number; fonts: Record<string, unknown> };
  addContent(s: string): Doc; widthOfString(s: string, o: Options): number;
  text(text: unknown, x?: unknown, y?: unknown, options?: Options): Doc;
  _fragment(text: string, x: number, y: number, options: Options): void;
}

const req = createRequire(createRequire(import.meta.url).resolve('pdfmake'));
const PDFDocument = req('pdfkit') as { prototype: Doc };
// what _text, _initOptions, _line and _fragment read of the options besides lineBreak, textWidth, wordCount and
// characterSpacing (0 or none here)
const OTHER = ['width', 'wordSpacing', 'horizontalScaling', 'rotation', 'continued', 'structParent', 'baseline',
  'link', 'goTo', 'destination', 'underline', 'strike', 'oblique', 'fill', 'stroke', 'features', 'align', 'columns', 'lineGap'];

/** pdfkit's PDFObject.number: rounded to 6 decimals. */
function number(n: number): number {
  if (n > -1e21 && n < 1e21) return Math.round(n * 1e6) / 1e6;
  throw new Error(`unsupported number: ${n}`);
}

/** The TJ operand's hex codes of a text, when every glyph is plain; undefined otherwise (nothing included then). */
function plainHex(font: EmbeddedFont, text: string): string | undefined {
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (!codePoint(font, cp).plain) return undefined;
  }
  let hex = '';
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    hex += hexOf(font, codePoint(font, cp).glyph);
  }
  return hex;
}

function simple(doc: Doc, text: unknown, x: unknown, y: unknown, o: Options | undefined): text is string {
  if (typeof text !== 'string' || typeof x !== 'number' || typeof y !== 'number' || !o || o.lineBreak !== false) return false;
  if (doc._textOptions || doc._wrapper || text.includes('\n') || !isUnshaped(doc._font.font)) return false;
  for (const k of OTHER) if (o[k] != null) return false;
  return !o.characterSpacing;
}

let original: Doc['text'] | undefined;
/** pdfkit's own text(), once the patch is applied (for tests). */
export const pdfkitText = () => original;

/** Run once, by the PDF backend's setup, after the font layout patch. */
export function applyTextFastPatch(): void {
  const proto = PDFDocument.prototype;
  const text = (original = proto.text);
  const src = `${text}|${proto._fragment}|${proto.addContent}|${proto.widthOfString}`.replace(/\s+/g, ' ');
  for (const want of ["this.addContent('BT')", 'this.addContent(`1 0 0 1 ${number(x)} ${number(y)} Tm`)', 'this.transform(1, 0, 0, -1, 0, this.page.height)',
    'this.addContent(`/${this._font.id} ${number(this._fontSize)} Tf`)', 'commands.push(`<${hex}> ${number(-advance)}`)',
    'this.addContent(`[${commands.join(\' \')}] TJ`)', 'y = this.page.height - y - dy', 'this.page.write(data)', 'return this._text(text, x, y, options, this._line)']) {
    if (!src.includes(want)) throw new Error(`pdfkit changed: text()/_fragment no longer as pdf-text-fast.ts writes them (${want})`);
  }
  proto.text = function (this: Doc, t: unknown, x?: unknown, y?: unknown, o?: Options) {
    if (!simple(this, t, x, y, o)) return text.call(this, t, x, y, o);
    const hex = t.length ? plainHex(this._font, t) : '';
    if (hex === undefined) return text.call(this, t, x, y, o);
    this.x = x as number;
    this.y = y as number;
    if (t.length) {
      const dy = (this._font.ascender / 1000) * this._fontSize;
      const h = this.page.height;
      // save, transform and restore leave the transform matrix's values as they were (restore puts back a copy)
      if (this.page.fonts[this._font.id] == null) this.page.fonts[this._font.id] = this._font.ref();
      const ty = h - (y as number) - dy;
      this.addContent(`q\n1 0 0 -1 0 ${number(h)} cm\nBT\n1 0 0 1 ${number(x as number)} ${number(ty)} Tm\n/${this._font.id} ${number(this._fontSize)} Tf\n[<${hex}> 0] TJ\nET\nQ`);
    }
    this.x += this.widthOfString(t, o!); // _line
    return this;
  };
}
