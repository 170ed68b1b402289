// docx-tetap.ts writes the theme and the styles once per style options: the same bytes as writing them every time,
// for the example agency's documents; written again for other style options, and not for unmarked documents.
import { describe, expect, it } from 'vitest';
import { Document } from 'docx';
import { bagianTetap, pasang, tulisBagian } from '../src/backends/docx-tetap.ts';
import { docxSamaDenganAsli } from './helpers-docx.ts';

describe('theme and styles written once', () => {
  it('gives byte-identical DOCX with and without it', async () => {
    await docxSamaDenganAsli(pasang);
  }, 180_000);

  it('writes a part once per style key, other parts and unmarked documents every time', () => {
    const doc = () => new Document({ sections: [] });
    const [a, b, c, bebas] = [doc(), doc(), doc(), doc()];
    bagianTetap(a, 'uji-1'); bagianTetap(b, 'uji-1'); bagianTetap(c, 'uji-2');
    let n = 0;
    const tulis = () => `<x n="${++n}"/>`;
    const gaya = (d: Document) => tulisBagian(d.Styles, d, tulis);
    expect([gaya(a), gaya(b), gaya(c), gaya(bebas), gaya(bebas)]).toEqual(['<x n="1"/>', '<x n="1"/>', '<x n="2"/>', '<x n="3"/>', '<x n="4"/>']);
    expect(tulisBagian(a.Theme, a, tulis)).toBe(tulisBagian(b.Theme, b, tulis));
    expect(tulisBagian(a.Document, a, tulis)).not.toBe(tulisBagian(a.Document, a, tulis));
  });
});
