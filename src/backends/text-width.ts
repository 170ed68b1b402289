// Widths of text in the documents' font (Tinos, metric-compatible with Times New Roman, which the DOCX names), set
// unshaped as both backends set it (pdf-font-cache.ts): the sum of the advance widths of the characters.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { TINOS } from './fonts.ts';

interface Font { unitsPerEm: number; glyphForCodePoint(cp: number): { advanceWidth: number } }
// loaded on first use: fontkit's import decompresses its tables (~0,15 s), which a build with nothing to render skips
let fontkit: { create(buf: Uint8Array): Font } | undefined;
const muatFontkit = () => (fontkit ??= createRequire(createRequire(import.meta.url).resolve('pdfkit'))('fontkit') as { create(buf: Uint8Array): Font });

// per face: each character's advance, and each text's sum of advances (tokens repeat across cells: numbers, words)
const fonts = new Map<string, { font: Font; advance: Map<number, number>; units: Map<string, number> }>();
function face(bold: boolean, italics: boolean) {
  const key = bold ? (italics ? 'bolditalics' : 'bold') : italics ? 'italics' : 'normal';
  let f = fonts.get(key);
  if (!f) fonts.set(key, (f = { font: muatFontkit().create(fs.readFileSync(TINOS[key])), advance: new Map(), units: new Map() }));
  return f;
}

/** Width in pt of `text` at `size` pt. */
export function textWidth(text: string, size: number, bold = false, italics = false): number {
  const f = face(bold, italics);
  let units = f.units.get(text);
  if (units === undefined) {
    if (f.units.size >= 1 << 16) f.units.clear(); // bounded in a long process (Pemda: many agencies)
    f.units.set(text, (units = sumAdvances(f, text)));
  }
  return (units / f.font.unitsPerEm) * size;
}

function sumAdvances(f: { font: Font; advance: Map<number, number> }, text: string): number {
  let units = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    let a = f.advance.get(cp);
    if (a === undefined) f.advance.set(cp, (a = f.font.glyphForCodePoint(cp).advanceWidth));
    units += a;
  }
  return units;
}
