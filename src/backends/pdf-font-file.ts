// pdfmake hands pdfkit each face of a family as a file path, and pdfkit reads the whole file (fs.readFileSync, 0,5 MB
// per face) for every document that uses it: ~1,2 MB read and allocated per PDF, only for pdf-font-cache.ts to
// recognise a font it has parsed already. pdfkit looks a font name up in the document's registered fonts before
// opening it (registerFont: name → source): each new document gets our faces registered under their paths, with their
// bytes read once per thread. pdfkit then keys the font by the path as before (pdfmake's faces and the drawings' text,
// pdf-svg-text.ts, share one font per face) and opens the bytes instead of the file: same fonts, ids and PDF.
import fs from 'node:fs';
import { createRequire } from 'node:module';

type Doc = { _registeredFonts: Record<string, { src: unknown; family?: string }> };
interface Proto { initFonts(this: Doc, ...a: unknown[]): void; font(this: Doc, ...a: unknown[]): unknown }

const req = createRequire(createRequire(import.meta.url).resolve('pdfmake'));
const PDFDocument = req('pdfkit') as { prototype: Proto };

let original: Proto['initFonts'] | undefined;
/** pdfkit's own initFonts, once the patch is applied (for tests). */
export const pdfkitInitFonts = () => original;

/** Run once, by the PDF backend's setup: the files of `faces` (a family's face → path) read once, from memory after. */
export function applyFontFilePatch(faces: Record<string, string>): void {
  const proto = PDFDocument.prototype;
  const init = (original = proto.initFonts);
  const font = `${proto.font}`.replace(/\s+/g, ' ');
  if (!/this\._registeredFonts = \{\};/.test(`${init}`)
    || !font.includes("if (typeof src === 'string' && this._registeredFonts[src]) { cacheKey = src; ({ src, family } = this._registeredFonts[src]);")
    || !font.includes('if (font = this._fontFamilies[cacheKey]) {')) {
    throw new Error('pdfkit changed: initFonts/font no longer look fonts up by registered name as pdf-font-file.ts assumes');
  }
  const bytes = Object.values(faces).map((p): [string, Buffer] => [p, fs.readFileSync(p)]);
  proto.initFonts = function (this: Doc, ...a: unknown[]) {
    init.apply(this, a);
    // after init: its default font (a standard font) is opened the usual way; a name registered by hand wins
    for (const [p, src] of bytes) if (!this._registeredFonts[p]) this._registeredFonts[p] = { src, family: undefined };
  };
}
