// The QR code's PNG for the DOCX (src/backends/qr.ts): a 1-bit grey PNG whose dark pixels are exactly pdfmake's
// modules (the PDF's symbol), `skala` pixels each, inside a 2-module white border.
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import zlib from 'node:zlib';
import { QR_ECC, qrPng } from '../src/backends/qr.ts';
import type { QrBlock } from '../src/render/model.ts';

const enc = createRequire(import.meta.url)('pdfmake/js/qrEnc.js') as { default: { measure(n: object): { _canvas: { x: number; y: number; w: number }[] } } };

/** The grey samples (0 or 1) of a 1-bit PNG, row by row. */
function pixels(png: Uint8Array): { sisi: number; dark: Set<string> } {
  const b = Buffer.from(png);
  const sisi = b.readUInt32BE(16);
  expect([b[24], b[25]]).toEqual([1, 0]); // bit depth 1, grey
  let at = 8;
  const idat: Buffer[] = [];
  while (at < b.length) {
    const len = b.readUInt32BE(at);
    if (b.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(b.subarray(at + 8, at + 8 + len));
    at += len + 12;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const row = 1 + Math.ceil(sisi / 8);
  expect(raw.length).toBe(row * sisi);
  const dark = new Set<string>();
  for (let y = 0; y < sisi; y++) for (let x = 0; x < sisi; x++) if (!(raw[y * row + 1 + (x >> 3)] & (0x80 >> (x & 7)))) dark.add(`${x},${y}`);
  return { sisi, dark };
}

describe('qrPng', () => {
  it.each([8, 3])('draws pdfmake\'s modules at %i px each inside a 2-module border', (skala) => {
    const data = 'https://contoh.go.id/verifikasi/pk-2025-0123456789abcdef';
    const { png, sisi } = qrPng({ kind: 'qr', data, size: 60 } as QrBlock, skala);
    const rects = enc.default.measure({ qr: data, fit: 1000, eccLevel: QR_ECC })._canvas.slice(1);
    const unit = rects[0].w;
    const want = new Set<string>();
    for (const r of rects) {
      for (let dy = 0; dy < skala; dy++) for (let dx = 0; dx < skala; dx++) want.add(`${Math.round(r.x / unit + 2) * skala + dx},${Math.round(r.y / unit + 2) * skala + dy}`);
    }
    const got = pixels(png);
    expect(got.sisi).toBe(sisi);
    expect(sisi % skala).toBe(0);
    expect(got.dark.size).toBe(want.size);
    expect([...got.dark].every((p) => want.has(p))).toBe(true);
    // the border is white: no dark pixel in the outer two modules
    expect([...got.dark].every((p) => p.split(',').map(Number).every((v) => v >= 2 * skala && v < sisi - 2 * skala))).toBe(true);
  });
});
