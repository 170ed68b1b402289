// pdf-vector.ts: a table border or filled cell written as one chunk with its colour, opacity and paint gives the
// bytes of pdfmake's strokeColor/stroke and fillColor/fill calls after the path chunk.
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../src/backends/pdf.ts';
import { atOnce } from '../src/backends/pdf-vector.ts';
import { modelKonten } from './helpers-model.ts';

describe('pdf-vector: paint with the path in one chunk', () => {
  it('same PDFs as pdfmake colour and paint calls (bordered tables, filled header cells, agreements)', async () => {
    const r = modelKonten(['lkip', 'pk', 'iku']);
    // the first document of each kind
    const picked = r.models.filter((_, i) => r.jobs.findIndex((j) => j.jenis === r.jobs[i].jenis) === i);
    expect(picked.length).toBe(3);
    await renderPdf(picked[1]); // setup, colours and opacities met
    for (const m of picked) {
      atOnce.n = 0;
      const mine = Buffer.from((await renderPdf(m)).bytes);
      expect(atOnce.n).toBeGreaterThan(50);
      atOnce.on = false;
      atOnce.n = 0;
      try {
        expect(mine.equals(Buffer.from((await renderPdf(m)).bytes))).toBe(true);
        expect(atOnce.n).toBe(0); // pdfmake's calls throughout
      } finally {
        atOnce.on = true;
      }
    }
  }, 180_000);
});
