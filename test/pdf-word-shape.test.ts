// pdf-word-shape.ts: getBreaks copied step for step (words made in shape, each text's pieces kept) gives pdfmake's
// words, and the same PDFs as pdfmake's getBreaks on real documents.
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../src/backends/pdf.ts';
import { pdfmakeGetBreaks } from '../src/backends/pdf-word-shape.ts';
import { pdfmakeClass } from '../src/backends/pdfmake-class.ts';
import { modelKonten } from './helpers-model.ts';
import { markupToModel } from '../src/render/markup-to-model.ts';

const TextBreaker = pdfmakeClass('TextBreaker');
const StyleContextStack = pdfmakeClass('StyleContextStack');
/** A word's set properties (the shaped words hold the others as undefined, in their own order). */
const set = (w: Record<string, unknown>) => Object.entries(w).filter(([, v]) => v !== undefined).sort(([a], [b]) => a.localeCompare(b));

describe('pdf-word-shape: pdfmake getBreaks, words in shape', () => {
  it('the words pdfmake makes, for texts of every kind, twice (the second time from the kept pieces)', async () => {
    await renderPdf(markupToModel('<document title="t"><section><p>x</p></section></document>')); // setup
    const original = pdfmakeGetBreaks()!;
    expect(original).toBeDefined();
    expect(TextBreaker.prototype.getBreaks).not.toBe(original);
    const stack = new StyleContextStack({ tebal: { bold: true }, utuh: { noWrap: true } }, { fontSize: 10 });
    const cases: unknown[] = [
      'Indikator Kinerja Utama', '', 'baris satu\nbaris dua\r\nbaris tiga\r', 'tanpa-spasi/dan—pisah 12,5 %', ['a ', 'b', 'c d'],
      [{ text: 'Ke' , bold: true }, { text: 'pala Dinas', italics: true, style: 'tebal' }, ' tahun 2025'], [{ text: 12345 }, { text: undefined }, null],
      { text: 'teks utuh tidak dipotong', noWrap: true }, [{ text: 'satu kata', wordBreak: 'break-all' }], [{ text: 'x', style: 'utuh' }, 'y z'],
      ['akhir\n', 'awal'], [{ text: 'a\n', lineEnd: false, decoration: 'underline' }, { text: 'b' }],
    ];
    for (const c of [...cases, ...cases]) {
      const clone = () => JSON.parse(JSON.stringify(c ?? null)) ?? c;
      const mine = TextBreaker.prototype.getBreaks.call(new TextBreaker(), clone(), stack) as Record<string, unknown>[];
      const theirs = original.call(new TextBreaker(), clone(), stack) as Record<string, unknown>[];
      expect(mine.map(set)).toEqual(theirs.map(set));
      expect(mine.every((w) => Object.getPrototypeOf(w) === Object.prototype && 'justifyShift' in w)).toBe(true);
    }
  });

  it('same PDFs as with pdfmake getBreaks (default content: agreements, a Renstra, the tree)', async () => {
    const r = modelKonten(['pk', 'renstra', 'pohon-kinerja']);
    const picked = r.models.filter((_, i) => r.jobs[i].jenis !== 'pk' || r.jobs[i].slug.startsWith('01'));
    expect(picked.length).toBe(3);
    const patched = TextBreaker.prototype.getBreaks;
    for (const m of picked) {
      const mine = Buffer.from((await renderPdf(m)).bytes);
      TextBreaker.prototype.getBreaks = pdfmakeGetBreaks();
      try {
        expect(mine.equals(Buffer.from((await renderPdf(m)).bytes))).toBe(true);
      } finally {
        TextBreaker.prototype.getBreaks = patched;
      }
    }
  }, 180_000);
});
