// An RGBA bitmap as an indexed-colour PNG (colour type 3, 8 bits): the drawing's own colours (`warna`, however few
// pixels a thin line or a small legend swatch has) and then the most frequent others, `n` in all, form the palette;
// every other colour (anti-aliased edges) takes its nearest palette colour. Drawings of a few flat colours and text
// compress several times smaller than as RGB. Deterministic: the palette is ordered by count, then by colour.
// Speed: pixels are read as 32-bit words in place (no copy), runs of one colour are handled at once, and a row equal
// to the one above (≈ 40 % of a diagram's rows) is counted and copied as a whole; a run is kept as its bytes in the
// output, the last colour's id is reused, long runs are filled at once, the runs hold colour ids (each colour's palette
// index is found once).
import { pngFile } from './png-tulis.ts';

/** Colour keys as the bitmap holds a pixel (little-endian RGBA read as one 32-bit word, alpha dropped): R low. */
const rgb = (k: number) => [k & 255, (k >>> 8) & 255, (k >>> 16) & 255];
const kunci = (hex: string) => { const v = parseInt(hex.slice(1), 16); return ((v & 255) << 16) | (v & 0xff00) | ((v >>> 16) & 255); };

/** Colour → dense id (0, 1, … in order of first sight): open addressing on typed arrays (a Map costs ≈ 3× more per
 *  run). Counts and palette indices are kept by id, so the runs store ids and the second pass looks nothing up. */
class Tabel {
  kunci = new Int32Array(1 << 12).fill(-1); // keys are 24-bit colours: -1 is free
  id = new Int32Array(1 << 12);
  warna = new Int32Array(1 << 10); // id → colour
  jumlah = new Float64Array(1 << 10); // id → pixels
  isi = 0;
  /** The id of colour k (a new id for a new colour). */
  idDari(k: number): number {
    const mask = this.kunci.length - 1;
    let s = Math.imul(k, 0x9e3779b1) >>> Math.clz32(mask);
    while (this.kunci[s] !== k) {
      if (this.kunci[s] === -1) return this.baru(k, s);
      s = (s + 1) & mask;
    }
    return this.id[s];
  }
  private baru(k: number, s: number): number {
    const i = this.isi++;
    this.kunci[s] = k; this.id[s] = i;
    if (i === this.warna.length) {
      const w = new Int32Array(i * 2), j = new Float64Array(i * 2);
      w.set(this.warna); j.set(this.jumlah);
      this.warna = w; this.jumlah = j;
    }
    this.warna[i] = k;
    if (this.isi * 2 > this.kunci.length - 1) this.tumbuh();
    return i;
  }
  private tumbuh(): void {
    const n = this.kunci.length * 2, mask = n - 1;
    this.kunci = new Int32Array(n).fill(-1);
    this.id = new Int32Array(n);
    for (let i = 0; i < this.isi; i++) {
      const k = this.warna[i];
      let s = Math.imul(k, 0x9e3779b1) >>> Math.clz32(mask);
      while (this.kunci[s] !== -1) s = (s + 1) & mask;
      this.kunci[s] = k; this.id[s] = i;
    }
  }
}

/** How many rows after row `y` are equal to it, byte for byte. */
function ulangan(b: Buffer, y: number, h: number, stride: number): number {
  let k = 0;
  while (y + k + 1 < h && b.compare(b, y * stride, (y + 1) * stride, (y + k + 1) * stride, (y + k + 2) * stride) === 0) k++;
  return k;
}

/** Nearest palette entry (squared RGB distance, the first of equals). */
function terdekat(palet: number[], k: number): number {
  const r = k & 255, g = (k >>> 8) & 255, b = (k >>> 16) & 255;
  let best = 0, jarak = Infinity;
  for (let i = 0; i < palet.length; i++) {
    const p = palet[i];
    const d = (r - (p & 255)) ** 2 + (g - ((p >>> 8) & 255)) ** 2 + (b - ((p >>> 16) & 255)) ** 2;
    if (d < jarak) { jarak = d; best = i; }
  }
  return best;
}

/** The pixel indices of the last picture (deflated before the next one starts). */
let kerja = Buffer.alloc(0);

export function pngPalet(rgba: Uint8Array | Uint8ClampedArray, w: number, h: number, warna: string[], n = 40): Uint8Array {
  const bytes = Buffer.from(rgba.buffer, rgba.byteOffset, w * h * 4);
  const piksel = rgba.byteOffset % 4 === 0 ? new Uint32Array(rgba.buffer, rgba.byteOffset, w * h) : new Uint32Array(new Uint8Array(bytes).buffer);
  const ulang = new Uint32Array(h); // rows equal to row y after it (set on the first row of each group)
  const t = new Tabel();
  // per run of one colour: its colour and its first and last+1 byte in `raw` (pixel i of row y is byte i + y + 1)
  // per run of one colour: its colour's id and its first and last+1 byte in `raw` (pixel i of row y is byte i + y + 1)
  let runs = new Uint32Array(1 << 14), nRun = 0;
  let kLalu = -1, iLalu = 0; // the last colour's id: runs alternate between a few colours
  const run = (k: number, awal: number, akhir: number, kali: number) => {
    k &= 0xffffff;
    if (k !== kLalu) { kLalu = k; iLalu = t.idDari(k); }
    t.jumlah[iLalu] += (akhir - awal) * kali;
    if (nRun * 3 + 3 > runs.length) { const r = new Uint32Array(runs.length * 2); r.set(runs); runs = r; }
    runs[nRun * 3] = iLalu; runs[nRun * 3 + 1] = awal; runs[nRun * 3 + 2] = akhir; nRun++;
  };
  for (let y = 0; y < h; y += ulang[y] + 1) {
    ulang[y] = ulangan(bytes, y, h, w * 4);
    const kali = ulang[y] + 1;
    const awal = y * w, akhir = awal + w, o = y + 1;
    let mulai = awal, p = piksel[awal];
    for (let i = awal + 1; i < akhir; i++) {
      const q = piksel[i];
      if (q !== p) { run(p, mulai + o, i + o, kali); mulai = i; p = q; }
    }
    run(p, mulai + o, akhir + o, kali);
  }
  const hitung: [number, number][] = Array.from({ length: t.isi }, (_, i) => [t.warna[i], t.jumlah[i]]);
  const ada = new Set(hitung.map(([k]) => k));
  const wajib = [...new Set(warna.map(kunci))].filter((k) => ada.has(k)).sort((a, b) => a - b);
  const lain = hitung.filter(([k]) => !wajib.includes(k)).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const palet = [...wajib, ...lain.map(([k]) => k)].slice(0, Math.max(n, wajib.length));
  // palette index by colour id: its place in the palette, else the nearest entry
  const indeks = new Int32Array(t.isi).fill(-1);
  palet.forEach((k, i) => { indeks[t.idDari(k)] = i; });
  for (let i = 0; i < t.isi; i++) if (indeks[i] < 0) indeks[i] = terdekat(palet, t.warna[i]);
  // filter byte (0, none) per row, then one index per pixel: every byte written below (runs and repeated rows cover
  // all pixels), so the buffer is reused, not a fresh zeroed one per picture (2-3 MB each)
  if (kerja.length < (w + 1) * h) kerja = Buffer.allocUnsafeSlow((w + 1) * h);
  const raw = kerja.subarray(0, (w + 1) * h);
  for (let y = 0; y < h; y += ulang[y] + 1) raw[y * (w + 1)] = 0;
  for (let r = 0; r < nRun * 3; r += 3) {
    const j = indeks[runs[r]], a = runs[r + 1], b = runs[r + 2];
    if (b - a > 24) raw.fill(j, a, b);
    else for (let o = a; o < b; o++) raw[o] = j;
  }
  for (let y = 0; y < h; y += ulang[y] + 1) {
    const baris = y * (w + 1);
    for (let r = 1; r <= ulang[y]; r++) raw.copyWithin(baris + r * (w + 1), baris, baris + w + 1);
  }
  return pngFile(w, h, 8, 3, raw, Buffer.from(palet.flatMap(rgb)));
}
