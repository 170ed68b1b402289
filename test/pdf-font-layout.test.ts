// pdf-font-layout.ts: widths and encodings of the per-font piece cache are pdfkit's own, to the last bit, and the
// subset of each document keeps pdfkit's glyph order.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { TINOS } from '../src/backends/fonts.ts';
import { renderPdf } from '../src/backends/pdf.ts';
import { pdfkitFontLayout } from '../src/backends/pdf-font-layout.ts';
import { markupToModel } from '../src/render/markup-to-model.ts';

const req = createRequire(createRequire(import.meta.url).resolve('pdfmake'));
const PDFDocument = req('pdfkit') as new (o: object) => { _font: any };
const font = (file: string) => new PDFDocument({ font: file, autoFirstPage: false })._font;
const TEXTS = ['Kinerja', 'Kinerja ', ' awal', 'dua  spasi', 'tab\there', '', ' ', 'Rp 1.250.000,00 (100,5%)', 'é ü Ω — “kutip”',
  'baris panjang dengan banyak kata yang diulang, kata yang diulang lagi ', 'Kinerja', '\u00a0nbsp\u00a0 ', 'emoji 😀 sesudah'];

describe('pdf-font-layout: the cached layout is pdfkit\'s', () => {
  it('is applied, and widths equal pdfkit\'s bit for bit (regular and bold)', async () => {
    await renderPdf(markupToModel('<document title="t"><section><p>x</p></section></document>'));
    const orig = pdfkitFontLayout();
    expect(orig).toBeDefined();
    for (const file of [TINOS.normal, TINOS.bold]) {
      const f = font(file);
      expect(f.layout).not.toBe(orig!.layout);
      for (const t of [...TEXTS, ...TEXTS]) {
        expect(f.widthOfString(t, 11)).toBe(orig!.layout.call(font(file), t, undefined, true).advanceWidth * (11 / 1000)); // pdfkit: width * (size / 1000)
        const mine = f.layout(t);
        const theirs = orig!.layout.call(font(file), t);
        expect(mine.advanceWidth).toBe(theirs.advanceWidth);
        expect(mine.glyphs!.map((g: { id: number }) => g.id)).toEqual(theirs.glyphs!.map((g: { id: number }) => g.id));
        expect(mine.positions).toEqual(theirs.positions);
      }
    }
  });

  it('encodes as pdfkit: same hex codes, positions, subset order, widths and ToUnicode entries', () => {
    const orig = pdfkitFontLayout()!;
    const [a, b] = [font(TINOS.italics), font(TINOS.italics)];
    for (const t of [...TEXTS].reverse().concat(TEXTS)) {
      const [ra, pa] = a.encode(t);
      const [rb, pb] = orig.encode.call(b, t);
      expect(ra).toEqual(rb);
      expect(pa).toEqual(pb);
    }
    expect(a.subset.glyphs).toEqual(b.subset.glyphs);
    expect(a.subset.glyphs.length).toBeGreaterThan(20);
    expect(a.widths).toEqual(b.widths);
    expect(a.unicode).toEqual(b.unicode);
  });

  it('explicit features still shape through pdfkit', () => {
    const f = font(TINOS.normal);
    expect(f.layout('fi', ['liga']).glyphs.length).toBeGreaterThan(0);
  });
});
