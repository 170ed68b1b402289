// The lines of the diagram: each upper sasaran gets its own line style, a colour and a dash pattern. Eight colours
// (dark enough for 6 pt text, no red: red marks a sasaran supporting nothing) for sasaran 1–8 drawn solid, the same
// colours dashed for 9–16, dotted for 17–24, dash-dot for 25–32: 32 sasaran never share colour and pattern. A
// pattern is drawn as one line op per dash (the drawing has no dash op), so PDF and DOCX draw the same dashes.
import type { GambarOp } from '../../render/gambar.ts';

const WARNA_DUKUNG = ['#2F5597', '#C55A11', '#548235', '#7030A0', '#1F7F7F', '#806000', '#843C0C', '#3A3A8C'] as const;
/** Dash patterns in pt (on, off, …); [] = solid. */
const POLA: readonly (readonly number[])[] = [[], [3.6, 1.8], [0.9, 1.3], [4.2, 1.5, 0.9, 1.5]];
export const JUMLAH_GAYA = WARNA_DUKUNG.length * POLA.length;

export interface GayaGaris { warna: string; pola: readonly number[] }

/** The line style of an upper sasaran, by its number (from 1). */
export const gayaDukung = (no: number): GayaGaris =>
  ({ warna: WARNA_DUKUNG[(no - 1) % WARNA_DUKUNG.length], pola: POLA[Math.floor((no - 1) / WARNA_DUKUNG.length) % POLA.length] });
/** Its colour, also that of a row's "Mendukung Sn" naming it. */
export const warnaDukung = (no: number) => gayaDukung(no).warna;

/** A polyline in a style: one op per segment when solid, else one per dash, the pattern running on around corners
 *  and stretched a little so that the path begins and ends with a dash (the line meets the row and the square). */
export function garis(titik: readonly [number, number][], g: GayaGaris, width: number): GambarOp[] {
  const ops: GambarOp[] = [];
  const ruas = titik.slice(1).map((b, i) => [titik[i], b] as const);
  if (!g.pola.length) {
    for (const [a, b] of ruas) ops.push({ op: 'line', x1: a[0], y1: a[1], x2: b[0], y2: b[1], stroke: g.warna, width });
    return ops;
  }
  const panjang = ruas.reduce((n, [a, b]) => n + Math.hypot(b[0] - a[0], b[1] - a[1]), 0);
  const periode = g.pola.reduce((n, x) => n + x, 0);
  const kali = Math.max(0, Math.round((panjang - g.pola[0]) / periode));
  const pola = g.pola.map((x) => x * (panjang / (kali * periode + g.pola[0])));
  let k = 0, sisa = pola[0];
  for (const [a, b] of ruas) {
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    const at = (t: number) => (t >= len ? b : [a[0] + (b[0] - a[0]) * (t / len), a[1] + (b[1] - a[1]) * (t / len)]);
    for (let t = 0; t < len - 1e-6;) {
      const step = len - t - sisa < 1e-6 ? len - t : sisa;
      if (k % 2 === 0) { const [x1, y1] = at(t), [x2, y2] = at(t + step); ops.push({ op: 'line', x1, y1, x2, y2, stroke: g.warna, width }); }
      t += step;
      sisa -= step;
      if (sisa <= 1e-6) { k = (k + 1) % pola.length; sisa = pola[k]; }
    }
  }
  return ops;
}
