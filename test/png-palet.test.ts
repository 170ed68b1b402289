// The indexed-colour PNG of the DOCX pictures (src/backends/png-palet.ts) against a plain per-pixel reference of the
// same rule: palette = the drawing's own colours, then the most frequent others (count, then colour); every other
// colour takes its nearest palette entry. Synthetic bitmaps only (no figures).
import { describe, expect, it } from 'vitest';
import zlib from 'node:zlib';
import { pngPalet } from '../src/backends/png-palet.ts';

/** PNG → palette (as 0xRRGGBB) and the index of every pixel. */
function decode(png: Uint8Array): { w: number; h: number; palet: number[]; idx: Uint8Array } {
  const b = Buffer.from(png);
  expect(b.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  let at = 8, w = 0, h = 0, palet: number[] = [];
  const idat: Buffer[] = [];
  while (at < b.length) {
    const len = b.readUInt32BE(at), type = b.toString('latin1', at + 4, at + 8), data = b.subarray(at + 8, at + 8 + len);
    expect(b.readUInt32BE(at + 8 + len)).toBe(zlib.crc32(b.subarray(at + 4, at + 8 + len)));
    if (type === 'IHDR') { w = data.readUInt32BE(0); h = data.readUInt32BE(4); expect([data[8], data[9]]).toEqual([8, 3]); }
    if (type === 'PLTE') palet = Array.from({ length: len / 3 }, (_, i) => (data[i * 3] << 16) | (data[i * 3 + 1] << 8) | data[i * 3 + 2]);
    if (type === 'IDAT') idat.push(data);
    at += len + 12;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  expect(raw.length).toBe((w + 1) * h);
  const idx = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    expect(raw[y * (w + 1)]).toBe(0); // filter none
    idx.set(raw.subarray(y * (w + 1) + 1, (y + 1) * (w + 1)), y * w);
  }
  return { w, h, palet, idx };
}

/** The rule, pixel by pixel (colours as 0xRRGGBB). */
function reference(px: number[], warna: string[], n: number): { palet: number[]; idx: number[] } {
  const count = new Map<number, number>();
  for (const c of px) count.set(c, (count.get(c) ?? 0) + 1);
  const wajib = [...new Set(warna.map((h) => parseInt(h.slice(1), 16)))].filter((c) => count.has(c));
  // the PNG orders its own colours by their little-endian key (B high, R low), others by count then that key
  const key = (c: number) => ((c & 255) << 16) | (c & 0xff00) | (c >>> 16);
  wajib.sort((a, b) => key(a) - key(b));
  const lain = [...count].filter(([c]) => !wajib.includes(c)).sort((a, b) => b[1] - a[1] || key(a[0]) - key(b[0]));
  const palet = [...wajib, ...lain.map(([c]) => c)].slice(0, Math.max(n, wajib.length));
  const near = (c: number) => {
    let best = 0, d = Infinity;
    palet.forEach((p, i) => {
      const e = ((c >> 16) - (p >> 16)) ** 2 + (((c >> 8) & 255) - ((p >> 8) & 255)) ** 2 + ((c & 255) - (p & 255)) ** 2;
      if (e < d) { d = e; best = i; }
    });
    return best;
  };
  return { palet, idx: px.map(near) };
}

function rgba(px: number[], offset = 0): Uint8Array {
  const b = new Uint8Array(px.length * 4 + offset);
  px.forEach((c, i) => b.set([c >> 16, (c >> 8) & 255, c & 255, 255], offset + i * 4));
  return b.subarray(offset);
}

/** A deterministic pseudo-random bitmap: flat fills, repeated rows, a one-pixel line and many anti-aliasing shades. */
function bitmap(w: number, h: number, shades: number): number[] {
  let s = 12345;
  const rnd = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) >>> 8) / 2 ** 24;
  const px: number[] = [];
  for (let y = 0; y < h; y++) {
    const flat = y % 5 !== 0; // four rows in five repeat the row above, as blank and box rows do
    for (let x = 0; x < w; x++) {
      if (x === 7) px.push(0xc00000); // a thin red line: 1 pixel a row
      else if (flat && y > 0) px.push(px[(y - 1) * w + x]);
      else if (rnd() < 0.5) px.push(x < w / 2 ? 0xffffff : 0x1f4e79);
      else px.push((Math.floor(rnd() * shades) * 0x010101 ^ (Math.floor(rnd() * 4) << 16)) & 0xffffff);
    }
  }
  return px;
}

describe('pngPalet', () => {
  it('gives the palette and indices of the per-pixel rule, the thin line colour kept', () => {
    const w = 61, h = 40, px = bitmap(w, h, 200);
    const warna = ['#FFFFFF', '#000000', '#C00000', '#1F4E79'];
    const png = decode(pngPalet(rgba(px), w, h, warna, 16));
    const ref = reference(px, warna, 16);
    expect([png.w, png.h]).toEqual([w, h]);
    expect(png.palet).toEqual(ref.palet);
    expect(png.palet).toContain(0xc00000);
    expect(Array.from(png.idx)).toEqual(ref.idx);
  });

  it('handles more distinct colours than its first table holds (≈ 2 000), and a misaligned bitmap', () => {
    const w = 300, h = 200, px = bitmap(w, h, 256 * 4 * 4);
    const ref = reference(px, ['#FFFFFF'], 40);
    expect(new Set(px).size).toBeGreaterThan(3000);
    const aligned = pngPalet(rgba(px), w, h, ['#FFFFFF']);
    const png = decode(aligned);
    expect(png.palet).toEqual(ref.palet);
    expect(Array.from(png.idx)).toEqual(ref.idx);
    expect(Buffer.from(pngPalet(rgba(px, 1), w, h, ['#FFFFFF']))).toEqual(Buffer.from(aligned));
  });

  it('is deterministic: same bitmap, same bytes', () => {
    const px = bitmap(40, 30, 50);
    expect(Buffer.from(pngPalet(rgba(px), 40, 30, ['#C00000']))).toEqual(Buffer.from(pngPalet(rgba(px), 40, 30, ['#C00000'])));
  });
});
