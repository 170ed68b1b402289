// pdf-stream-write deflates content streams and fonts at zlib level 3 (pdfkit: zlib's default, 6): the same
// streams once inflated, a PDF at most 15 % larger; with the level unset the bytes are pdfkit's own.
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../src/backends/pdf.ts';
import { deflate } from '../src/backends/pdf-stream-write.ts';
import { check, models } from '../src/pipeline.ts';

/** The FlateDecode streams of a PDF (no encryption), in file order. */
function streams(pdf: Uint8Array): Buffer[] {
  const s = Buffer.from(pdf).toString('latin1');
  const out: Buffer[] = [];
  for (const m of s.matchAll(/\/Length (\d+)[^>]*\/Filter \/FlateDecode[\s\S]*?stream\n/g)) {
    const start = m.index! + m[0].length;
    out.push(Buffer.from(s.slice(start, start + Number(m[1])), 'latin1'));
  }
  return out;
}

describe('pdf deflate level', () => {
  it('level 3: same inflated streams as pdfkit default level, deflated at 3, under 15 % larger', async () => {
    const r = models(check('content').content, { jenis: ['lkip'], kertas: 'A4' });
    if ('code' in r) throw new Error(r.message);
    expect(deflate.level).toBe(3);
    const mine = (await renderPdf(r.models[0])).bytes;
    deflate.level = undefined;
    let pdfkit: Uint8Array;
    try {
      pdfkit = (await renderPdf(r.models[0])).bytes;
    } finally {
      deflate.level = 3;
    }
    const [a, b] = [streams(mine), streams(pdfkit)];
    expect(a.length).toBeGreaterThan(10);
    expect(a.length).toBe(b.length);
    for (let i = 0; i < a.length; i++) {
      const raw = zlib.inflateSync(a[i]);
      expect(raw.equals(zlib.inflateSync(b[i])), `stream ${i}`).toBe(true);
      expect(a[i].equals(zlib.deflateSync(raw, { level: 3 })), `stream ${i} level 3`).toBe(true);
      expect(b[i].equals(zlib.deflateSync(raw)), `stream ${i} default level`).toBe(true);
    }
    expect(mine.length).toBeGreaterThan(pdfkit.length);
    expect(mine.length / pdfkit.length).toBeLessThan(1.15);
  }, 120_000);
});
