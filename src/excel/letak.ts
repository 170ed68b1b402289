// Places table rows on a grid as an HTML table does: a cell spanning rows or columns occupies the grid positions it
// covers, and the next cell of a row takes the next free column.
import type { Sel } from './tabel.ts';

export interface Posisi { sel: Sel; baris: number; kolom: number; sampaiBaris: number; sampaiKolom: number }

/** Grid positions (0-based, relative to the first row) of every cell of `rows`, and the number of columns. */
export function letakkan(rows: Sel[][]): { posisi: Posisi[]; kolom: number } {
  const terisi = new Set<string>();
  const posisi: Posisi[] = [];
  let kolom = 0;
  rows.forEach((row, r) => {
    let c = 0;
    for (const sel of row) {
      while (terisi.has(`${r},${c}`)) c++;
      const [rs, cs] = [sel.rowspan ?? 1, sel.colspan ?? 1];
      for (let i = 0; i < rs; i++) for (let j = 0; j < cs; j++) terisi.add(`${r + i},${c + j}`);
      posisi.push({ sel, baris: r, kolom: c, sampaiBaris: r + rs - 1, sampaiKolom: c + cs - 1 });
      c += cs;
      kolom = Math.max(kolom, c);
    }
  });
  return { posisi, kolom };
}
