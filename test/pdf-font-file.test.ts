// pdf-font-file.ts: pdfkit opens our faces from bytes read once, keyed by their paths as before: same PDFs as with
// pdfkit's own initFonts (one file read per face per document), on real documents with text in drawings.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../src/backends/pdf.ts';
import { pdfkitInitFonts } from '../src/backends/pdf-font-file.ts';
import { DOCUMENTS } from '../src/documents.ts';
import { modelKonten } from './helpers-model.ts';

const req = createRequire(createRequire(import.meta.url).resolve('pdfmake'));
const proto = (req('pdfkit') as { prototype: Record<string, unknown> }).prototype;

/** The PDF of `m` and the font files read (fs.readFileSync of a .ttf) while it was made. */
async function render(m: Parameters<typeof renderPdf>[0]): Promise<[Buffer, number]> {
  const read = fs.readFileSync;
  let n = 0;
  fs.readFileSync = function (this: unknown, p: unknown, ...a: unknown[]) {
    if (String(p).endsWith('.ttf')) n++;
    return (read as (...x: unknown[]) => unknown).call(this, p, ...a);
  } as typeof fs.readFileSync;
  try {
    return [Buffer.from((await renderPdf(m)).bytes), n];
  } finally {
    fs.readFileSync = read;
  }
}

describe('pdf-font-file: faces read once per thread', () => {
  it('same bytes as pdfkit reading each face per document; no font file read per document', async () => {
    const r = modelKonten(['pohon-kinerja', 'pk']);
    // the tree's boxes (text in a drawing: pdf-svg-text opens the face by its path too) and two agreements
    const picked = [r.models.find((_, i) => r.jobs[i].jenis === 'pohon-kinerja')!, ...r.models.filter((_, i) => r.jobs[i].jenis === 'pk').slice(0, 2)];
    expect(picked.every(Boolean)).toBe(true);
    expect(Object.keys(DOCUMENTS)).toContain('pohon-kinerja');
    await renderPdf(picked[1]); // setup
    const patched = proto.initFonts;
    const original = pdfkitInitFonts();
    expect(original).toBeDefined();
    expect(patched).not.toBe(original);
    for (const m of picked) {
      const [mine, readsMine] = await render(m);
      proto.initFonts = original;
      try {
        const [theirs, readsTheirs] = await render(m);
        expect(mine.equals(theirs)).toBe(true);
        expect(readsMine).toBe(0);
        expect(readsTheirs).toBeGreaterThan(0);
      } finally {
        proto.initFonts = patched;
      }
    }
  }, 120_000);
});
