// textWidth keeps each text's sum of advances per face: a repeated text (a token in many cells) gets the width a
// fresh sum of its characters' advances gives, at any size.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { TINOS } from '../src/backends/fonts.ts';
import { textWidth } from '../src/backends/text-width.ts';

const fontkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'))('fontkit') as {
  create(b: Uint8Array): { unitsPerEm: number; glyphForCodePoint(cp: number): { advanceWidth: number } };
};
const fresh = (text: string, size: number, bold: boolean) => {
  const f = fontkit.create(fs.readFileSync(TINOS[bold ? 'bold' : 'normal']));
  let u = 0;
  for (const ch of text) u += f.glyphForCodePoint(ch.codePointAt(0)!).advanceWidth;
  return (u / f.unitsPerEm) * size;
};

describe('textWidth', () => {
  it('a repeated text, at other sizes and weights, measures as a fresh sum', () => {
    for (const text of ['1.234.567,89', 'Capaian', 'Capaian', 'Rp', '1.234.567,89', '\u00e9\u{1F600}x'])
      for (const size of [8, 9.5, 11, 8])
        for (const bold of [false, true]) expect(textWidth(text, size, bold)).toBe(fresh(text, size, bold));
  });
  it('a bold and a regular text of the same letters differ (kept per face)', () => {
    expect(textWidth('Capaian Kinerja', 10, true)).not.toBe(textWidth('Capaian Kinerja', 10, false));
  });
});
