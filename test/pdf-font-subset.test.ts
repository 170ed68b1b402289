// pdf-font-subset.ts: a font subset built from the per-font glyph memo has fontkit's bytes, compound glyphs included.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { TINOS } from '../src/backends/fonts.ts';
import { renderPdf } from '../src/backends/pdf.ts';
import { fontkitAddGlyph } from '../src/backends/pdf-font-subset.ts';
import { markupToModel } from '../src/render/markup-to-model.ts';

const req = createRequire(createRequire(import.meta.url).resolve('pdfkit'));
const fontkit = req('fontkit') as { create(b: Uint8Array): any };

describe('pdf-font-subset: subsets as fontkit encodes them', () => {
  it.each(Object.entries(TINOS))('%s: same bytes for several subsets of one font, twice', async (_, file) => {
    await renderPdf(markupToModel('<document title="t"><section><p>x</p></section></document>'));
    const original = fontkitAddGlyph();
    expect(original).toBeDefined();
    const font = fontkit.create(fs.readFileSync(file));
    const texts = ['Laporan Kinerja 2025', 'é è ê ë ñ Ő Ǻ ŷ — “kutip” ½', 'é è ê Ǻ ŷ 0123456789 %,.'];
    for (const t of [...texts, ...texts]) {
      const ids = [...t].map((c) => font.glyphForCodePoint(c.codePointAt(0)!).id);
      const [mine, theirs] = [font.createSubset(), font.createSubset()];
      expect(mine._addGlyph).not.toBe(original);
      theirs._addGlyph = original;
      for (const id of ids) { mine.includeGlyph(id); theirs.includeGlyph(id); }
      const [a, b] = [mine.encode(), theirs.encode()];
      expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
      expect(mine.glyphs).toEqual(theirs.glyphs);
    }
  });

  it('the accented glyphs tested include compound glyphs (their components join the subset)', () => {
    const font = fontkit.create(fs.readFileSync(TINOS.normal));
    const compound = [...'éǺŷŐ'].filter((c) => (font.glyphForCodePoint(c.codePointAt(0)!)._decode()?.numberOfContours ?? 0) < 0);
    expect(compound.length).toBeGreaterThan(0);
  });
});
