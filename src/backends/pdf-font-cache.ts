// pdfkit parses every TTF again for each document (fontkit.create) and shapes every word with the full OpenType
// engine (font.layout: kerning, ligatures); both dominated PDF time. Before pdfkit loads, replace the cached fontkit
// module with a copy whose create() is memoised by file content and whose fonts lay text out unshaped: one glyph per
// code point at its advance width, as Word and LibreOffice set a DOCX without w:kern (no pair kerning, no
// ligatures), so PDF lines measure like the DOCX. Runs are memoised per text; the embedded subset stays per document.
// Import this module before 'pdfmake'.
import { createRequire } from 'node:module';

interface Glyph { id: number; advanceWidth: number; codePoints: number[] }
interface Position { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }
interface Font { layout(text: string, features?: unknown, ...rest: unknown[]): unknown; glyphForCodePoint(cp: number): Glyph }

const req = createRequire(createRequire(import.meta.url).resolve('pdfkit'));
const fontkitPath = req.resolve('fontkit');
const original = req('fontkit') as Record<string, unknown> & { create: (buf: Uint8Array, family?: string) => Font };
const parsed = new Map<string, Font>();
const unshapedFonts = new WeakSet<object>();
/** Whether a fontkit font lays text out unshaped (this module's fonts): its layout is a pure function of the text. */
export const isUnshaped = (font: object): boolean => unshapedFonts.has(font);

/** The part of fontkit's GlyphRun pdfkit reads: glyphs, positions (scaled in place by pdfkit) and advanceWidth. */
class Run {
  private width?: number;
  constructor(readonly glyphs: Glyph[], readonly positions: Position[]) {}
  /** Read only after pdfkit has scaled the positions (it caches the run per word and reads the width of each word
   *  again for every line it measures and draws): summed once, in the same order. */
  get advanceWidth(): number {
    if (this.width === undefined) {
      let w = 0;
      for (const p of this.positions) w += p.xAdvance;
      this.width = w;
    }
    return this.width;
  }
}

function unshaped(font: Font): Font {
  if (typeof font.glyphForCodePoint !== 'function') return font; // a font collection: pdfkit picks a member later
  const shaped = font.layout.bind(font);
  const glyphsOf = new Map<string, Glyph[]>();
  // fontkit caches one glyph object per id with the code points of its first lookup (a space and a no-break space
  // share a glyph); pdfkit writes those into the ToUnicode map, so with the font shared across documents a PDF
  // would depend on what the process rendered before. One view per code point, carrying its own code point.
  const perCp = new Map<number, Glyph>();
  const glyphFor = (cp: number): Glyph => {
    let g = perCp.get(cp);
    if (!g) {
      const base = font.glyphForCodePoint(cp);
      g = base.codePoints.length === 1 && base.codePoints[0] === cp ? base : Object.create(base, { codePoints: { value: [cp] } }) as Glyph;
      perCp.set(cp, g);
    }
    return g;
  };
  font.layout = (text, features, ...rest) => {
    if (features !== undefined || rest.length) return shaped(text, features, ...rest); // explicit features: shape
    let glyphs = glyphsOf.get(text);
    if (!glyphs) {
      glyphs = [];
      for (const ch of text) glyphs.push(glyphFor(ch.codePointAt(0)!));
      glyphsOf.set(text, glyphs);
    }
    // pdfkit scales positions in place: fresh positions on every call
    return new Run(glyphs, glyphs.map((g) => ({ xAdvance: g.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 })));
  };
  unshapedFonts.add(font);
  return font;
}

const patched: Record<string, unknown> = { ...original };
// keyed by content: pdfkit reads the font file anew for each document. Compared byte for byte with the fonts of the
// same length (a memcmp) rather than hashed (SHA-1 of the four faces was 1 % of PDF time).
const byLength = new Map<number, { bytes: Buffer; family: string; font: Font }[]>();
patched.create = (buf: Uint8Array, family?: string) => {
  const bytes = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  const same = byLength.get(bytes.length) ?? [];
  byLength.set(bytes.length, same);
  let hit = same.find((f) => f.family === (family ?? '') && f.bytes.equals(bytes));
  if (!hit) same.push((hit = { bytes: Buffer.from(bytes), family: family ?? '', font: unshaped(original.create(buf, family)) }));
  return hit.font;
};
req.cache[fontkitPath]!.exports = patched;
