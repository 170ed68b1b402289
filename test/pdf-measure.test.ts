// pdf-measure.ts: the measure with literal property reads gives every word the values of pdfmake's own measure.
import { describe, expect, it } from 'vitest';
import { TINOS } from '../src/backends/fonts.ts';
import { renderPdf } from '../src/backends/pdf.ts';
import { leadingSpaces, pdfmakeMeasure, trailingSpaces } from '../src/backends/pdf-measure.ts';
import { pdfmakeClass } from '../src/backends/pdfmake-class.ts';
import { markupToModel } from '../src/render/markup-to-model.ts';

describe('pdf-measure: words measured as pdfmake measures them', () => {
  it('own values, named styles, stack values, defaults, sup/sub, leading and trailing spaces', async () => {
    await renderPdf(markupToModel('<document title="t"><section><p>x</p></section></document>'));
    const original = pdfmakeMeasure();
    expect(original).toBeDefined();
    const StyleContextStack = pdfmakeClass('StyleContextStack');
    const TextInlines = pdfmakeClass('TextInlines');
    const PDFDocumentPm = pdfmakeClass('PDFDocument');
    const pdf = new PDFDocumentPm({ Tinos: { ...TINOS } }, {}, {}, {}, {}, null, () => true);
    const inl = new TextInlines(pdf);
    expect(inl.measure).not.toBe(original);
    const dict = { kecil: { fontSize: 7, color: 'gray' }, tebal: { extends: 'kecil', bold: true } };
    const words = () => [
      { text: '  awal ', leadingIndent: 3 }, { text: 'kata ', bold: true, decoration: null, italics: false }, { text: 'x', sup: true },
      { text: 'gaya ', style: 'tebal' }, { text: 'dua ', style: ['kecil', 'tebal'], color: 'red' }, { text: ' ruang  ', preserveLeadingSpaces: true },
      { text: 'akhir  ', preserveTrailingSpaces: true, lineEnd: true }, { text: 'sub', sub: true, fontSize: 20, lineHeight: 2 },
      { text: 'tautan', link: 'https://contoh.go.id', opacity: 0.5, characterSpacing: 1, background: 'yellow', noWrap: true },
    ];
    for (const top of [{}, { fontSize: 9, alignment: 'justify', italics: true }, 'kecil']) {
      const stack = () => { const s = new StyleContextStack(dict, { font: 'Tinos', fontSize: 10, lineHeight: 1.1 }); s.push(top); return s; };
      const mine = inl.measure(words(), stack());
      const theirs = original!.call(inl, words(), stack());
      expect(mine).toEqual(theirs);
      expect(mine.map((w: { fontSize: number }) => w.fontSize)).toContain(7);
    }
  });

  it('inside buildInlines (stack answers memoised per call, memo slots taken once) as with pdfmake\'s measure', async () => {
    await renderPdf(markupToModel('<document title="t"><section><p>x</p></section></document>'));
    const original = pdfmakeMeasure()!;
    const StyleContextStack = pdfmakeClass('StyleContextStack');
    const TextInlines = pdfmakeClass('TextInlines');
    const PDFDocumentPm = pdfmakeClass('PDFDocument');
    const pdf = new PDFDocumentPm({ Tinos: { ...TINOS } }, {}, {}, {}, {}, null, () => true);
    const inl = new TextInlines(pdf);
    const dict = { kecil: { fontSize: 7, color: 'gray' }, tebal: { extends: 'kecil', bold: true } };
    const text = () => [{ text: 'dua kata ', style: 'tebal' }, { text: 'lalu tiga kata ', italics: true }, 'biasa saja', { text: ' x', sup: true }];
    const run = () => {
      const st = new StyleContextStack(dict, { font: 'Tinos', fontSize: 10 });
      st.push('kecil');
      st.push({ alignment: 'right', lineHeight: 1.2 });
      return inl.buildInlines(text(), st);
    };
    const mine = run();
    const patched = TextInlines.prototype.measure;
    TextInlines.prototype.measure = original;
    try {
      expect(mine).toEqual(run());
    } finally {
      TextInlines.prototype.measure = patched;
    }
    expect(mine.items.map((w: { fontSize: number }) => w.fontSize)).toContain(7);
  });

  it('leading and trailing white space as pdfmake\'s regular expressions match it', () => {
    for (let c = 0; c < 0x10000; c++) {
      const t = `${String.fromCharCode(c)}a${String.fromCharCode(c)}`;
      expect(leadingSpaces(t), c.toString(16)).toBe(t.match(/^(\s)+/g)?.[0]);
      expect(trailingSpaces(t), c.toString(16)).toBe(t.match(/(\s)+$/g)?.[0]);
    }
    for (const t of ['', ' ', '  kata  ', 'kata', '\t\u00a0x\u3000 ', ' \u200b', 'a b ', '\n']) {
      expect(leadingSpaces(t)).toBe(t.match(/^(\s)+/g)?.[0]);
      expect(trailingSpaces(t)).toBe(t.match(/(\s)+$/g)?.[0]);
    }
  });
});
