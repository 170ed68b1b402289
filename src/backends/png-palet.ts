// An RGBA bitmap as an indexed-colour PNG (colour type 3, 8 bits): the drawing's own colours (`warna`, however few
// pixels a thin line or a small legend swatch has) and then the most frequent others, `n` in all, form the palette;
// every other colour (anti-aliased edges) takes its nearest palette colour. Drawings of a few flat colours and text
// compress several times smaller than as RGB. Deterministic: the palette is ordered by count, then by colour.
import zlib from 'node:zlib';

const CRC = new Uint32Array(256).map((_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
function crc32(b: Uint8Array): number {
  let c = 0xffffffff;
  for (const x of b) c = CRC[(c ^ x) & 255] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(tipe: string, data: Uint8Array): Buffer {
  const td = Buffer.concat([Buffer.from(tipe, 'latin1'), data]);
  const out = Buffer.alloc(td.length + 8);
  out.writeUInt32BE(data.length, 0);
  td.copy(out, 4);
  out.writeUInt32BE(crc32(td), td.length + 4);
  return out;
}

/** Colour keys as the bitmap holds a pixel (little-endian RGBA read as one 32-bit word, alpha dropped): R low. */
const rgb = (k: number) => [k & 255, (k >>> 8) & 255, (k >>> 16) & 255];
const kunci = (hex: string) => { const v = parseInt(hex.slice(1), 16); return ((v & 255) << 16) | (v & 0xff00) | ((v >>> 16) & 255); };

export function pngPalet(rgba: Uint8Array | Uint8ClampedArray, w: number, h: number, warna: string[], n = 40): Uint8Array {
  const piksel = new Uint32Array(new Uint8Array(rgba).buffer, 0, w * h); // a copy: aligned, and ours to mask
  const hitung = new Map<number, number>();
  // runs of one colour are counted at once (most pixels are flat fills)
  let awal = 0;
  for (let i = 0; i < piksel.length; i++) {
    const k = (piksel[i] &= 0xffffff);
    if (i > awal && k !== piksel[i - 1]) { hitung.set(piksel[i - 1], (hitung.get(piksel[i - 1]) ?? 0) + i - awal); awal = i; }
  }
  hitung.set(piksel[piksel.length - 1], (hitung.get(piksel[piksel.length - 1]) ?? 0) + piksel.length - awal);
  const wajib = [...new Set(warna.map(kunci))].filter((k) => hitung.has(k)).sort((a, b) => a - b);
  const lain = [...hitung.entries()].filter(([k]) => !wajib.includes(k)).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const palet = [...wajib, ...lain.map(([k]) => k)].slice(0, Math.max(n, wajib.length));
  const indeks = new Map(palet.map((k, i) => [k, i]));
  const terdekat = (k: number) => {
    const [r, g, b] = rgb(k);
    let best = 0, jarak = Infinity;
    palet.forEach((p, i) => {
      const [pr, pg, pb] = rgb(p);
      const d = (r - pr) ** 2 + (g - pg) ** 2 + (b - pb) ** 2;
      if (d < jarak) { jarak = d; best = i; }
    });
    return best;
  };
  const raw = Buffer.alloc((w + 1) * h); // filter byte 0 (none) per row, then one index per pixel
  let kLalu = -1, jLalu = 0;
  for (let y = 0; y < h; y++) {
    for (let x = 0, i = y * w, o = y * (w + 1) + 1; x < w; x++, i++, o++) {
      const k = piksel[i];
      if (k !== kLalu) {
        let j = indeks.get(k);
        if (j === undefined) { j = terdekat(k); indeks.set(k, j); }
        kLalu = k; jLalu = j;
      }
      raw[o] = jLalu;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; ihdr[9] = 3; // 8-bit indices, colour type 3; compression, filter, interlace 0
  const plte = Buffer.from(palet.flatMap(rgb));
  return new Uint8Array(Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('PLTE', plte),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', new Uint8Array(0)),
  ]));
}
