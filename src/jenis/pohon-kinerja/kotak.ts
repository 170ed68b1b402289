// One official's box of the diagram: a header (jabatan, official's name) and one row per sasaran (number and text,
// its indicators with targets, the upper sasaran it supports). Text is wrapped by the font's advance widths
// (src/backends/text-width.ts), so every box's height is known before placing it.
import { textWidth } from '../../backends/text-width.ts';
import type { GambarOp } from '../../render/gambar.ts';

export const UKURAN = { judul: 7, teks: 7, indikator: 6.5, catatan: 6 } as const;
const PAD = 3;
const BARIS = 1.2; // line height / font size

export interface Teks { teks: string; size: number; bold?: boolean; indent?: number; fill?: string }
export interface Baris { key: string; isi: Teks[]; fill?: string }
export interface Kotak { key: string; judul: Teks[]; baris: Baris[]; fill: string }
/** A box measured at a width: the header's and each row's wrapped lines and heights. */
export interface KotakUkur { kotak: Kotak; w: number; judul: Garis[]; tinggiJudul: number; baris: { b: Baris; garis: Garis[]; h: number }[] }
interface Garis { teks: string; size: number; bold?: boolean; indent: number; fill?: string }

/** Words to lines no wider than `w` (a word wider than a line is cut by characters). */
export function bungkus(teks: string, size: number, w: number, bold = false): string[] {
  const out: string[] = [];
  let line = '';
  const muat = (s: string) => textWidth(s, size, bold) <= w;
  for (let word of teks.split(/\s+/).filter(Boolean)) {
    const coba = line ? `${line} ${word}` : word;
    if (muat(coba)) { line = coba; continue; }
    if (line) out.push(line);
    while (!muat(word)) {
      let n = word.length - 1;
      while (n > 1 && !muat(word.slice(0, n))) n--;
      out.push(word.slice(0, n));
      word = word.slice(n);
    }
    line = word;
  }
  if (line) out.push(line);
  return out.length ? out : [''];
}

const garis = (t: Teks[], w: number): Garis[] =>
  t.flatMap((x) => bungkus(x.teks, x.size, w - 2 * PAD - (x.indent ?? 0), x.bold).map((teks) => ({ teks, size: x.size, bold: x.bold, indent: x.indent ?? 0, fill: x.fill })));
const tinggi = (g: Garis[]) => g.reduce((h, x) => h + x.size * BARIS, 0) + 2 * PAD;

export function ukur(kotak: Kotak, w: number): KotakUkur {
  const judul = garis(kotak.judul, w);
  return { kotak, w, judul, tinggiJudul: tinggi(judul), baris: kotak.baris.map((b) => { const g = garis(b.isi, w); return { b, garis: g, h: tinggi(g) }; }) };
}

export const tinggiKotak = (k: KotakUkur, dari = 0, sampai = k.baris.length) =>
  k.tinggiJudul + k.baris.slice(dari, sampai).reduce((h, b) => h + b.h, 0);

function tulis(ops: GambarOp[], g: Garis[], x: number, y: number): void {
  let yy = y + PAD;
  for (const l of g) {
    yy += l.size * BARIS;
    ops.push({ op: 'text', x: x + PAD + l.indent, y: yy - l.size * 0.25, text: l.teks, size: l.size, bold: l.bold, fill: l.fill });
  }
}

/** Draws rows [dari, sampai) of the box at (x, y); returns each drawn row's vertical span by key. */
export function gambarKotak(ops: GambarOp[], k: KotakUkur, x: number, y: number, dari = 0, sampai = k.baris.length): Map<string, { y0: number; y1: number }> {
  const span = new Map<string, { y0: number; y1: number }>();
  const h = tinggiKotak(k, dari, sampai);
  ops.push({ op: 'rect', x, y, w: k.w, h: k.tinggiJudul, fill: k.kotak.fill });
  tulis(ops, k.judul, x, y);
  span.set(k.kotak.key, { y0: y, y1: y + k.tinggiJudul });
  let yy = y + k.tinggiJudul;
  for (const r of k.baris.slice(dari, sampai)) {
    if (r.b.fill) ops.push({ op: 'rect', x, y: yy, w: k.w, h: r.h, fill: r.b.fill });
    ops.push({ op: 'line', x1: x, y1: yy, x2: x + k.w, y2: yy, stroke: '#7F7F7F', width: 0.4 });
    tulis(ops, r.garis, x, yy);
    span.set(r.b.key, { y0: yy, y1: yy + r.h });
    yy += r.h;
  }
  ops.push({ op: 'rect', x, y, w: k.w, h, stroke: '#000000', width: 0.7 });
  return span;
}
