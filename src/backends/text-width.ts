// Widths of text in the documents' font (Tinos, metric-compatible with Times New Roman, which the DOCX names), set
// unshaped as both backends set it (pdf-font-cache.ts): the sum of the advance widths of the characters.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { TINOS } from './fonts.ts';

interface Font { unitsPerEm: number; glyphForCodePoint(cp: number): { advanceWidth: number } }
// loaded on first use: fontkit's import decompresses its tables (~0,15 s), which a build with nothing to render skips
let fontkit: { create(buf: Uint8Array): Font } | undefined;
const muatFontkit = () => (fontkit ??= createRequire(createRequire(import.meta.url).resolve('pdfkit'))('fontkit') as { create(buf: Uint8Array): Font });

const fonts = new Map<string, { font: Font; advance: Map<number, number> }>();
function face(bold: boolean, italics: boolean) {
  const key = bold ? (italics ? 'bolditalics' : 'bold') : italics ? 'italics' : 'normal';
  let f = fonts.get(key);
  if (!f) fonts.set(key, (f = { font: muatFontkit().create(fs.readFileSync(TINOS[key])), advance: new Map() }));
  return f;
}

/** Width in pt of `text` at `size` pt. */
export function textWidth(text: string, size: number, bold = false, italics = false): number {
  const f = face(bold, italics);
  let units = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    let a = f.advance.get(cp);
    if (a === undefined) f.advance.set(cp, (a = f.font.glyphForCodePoint(cp).advanceWidth));
    units += a;
  }
  return (units / f.font.unitsPerEm) * size;
}
