// A cell spanning several rows is read as one entry (a sasaran with its indicators): an officer expects those rows on
// one page. pdfmake, breaking a page inside such rows with dontBreakRows, drew the spanning cell's text past the
// table's bottom rule and left its continuation empty (example LKIP Tabel 4.1, IKU). Both backends keep the rows a
// span ties together on one page when they surely fit on one (pdf-keep-rows.ts; docx-table.ts), so the PDF and the
// DOCX break at the same rows. The height is an upper estimate from the text's width in the column; a group that
// might not fit keeps pdfmake's own break (an unbreakable block taller than a page would lose its overflow). The same
// estimate bounds a ruled table's last rows kept together (keptLastRows): no row left alone under a repeated header.
import type { Block, Table } from '../render/model.ts';
import { columnPadding } from './column-widths.ts';
import { spanOverCut, tailRows } from './pdf-signature.ts';
import { textWidth } from './text-width.ts';

/** At most this tall (pt, estimated) a group is kept: under a landscape A4 page's body less a repeated header. */
export const KEEP_LIMIT = 300;

/** Data-row ranges [first, last] tied by row spans (spans reaching into each other merged), in row order. */
export function spanGroups(t: Table): [number, number][] {
  const out: [number, number][] = [];
  t.rows.forEach((r, i) => {
    if (i < t.headerRows) return;
    const end = Math.min(t.rows.length - 1, i + Math.max(1, ...r.cells.map((c) => c.rowSpan ?? 1)) - 1);
    const last = out.at(-1);
    if (last && i <= last[1]) last[1] = Math.max(last[1], end);
    else if (end > i) out.push([i, end]);
  });
  return out;
}

const text = (b: Block): string => (b.kind === 'p' || b.kind === 'heading' ? b.runs.map((r) => (r.kind === 'text' ? r.text : ' ')).join('') : '');
/** Upper estimate of a cell's content height (pt) at the given width; Infinity for content not estimated. */
function cellHeight(bs: Block[], width: number, size: number): number {
  let h = 0;
  for (const b of bs) {
    if (b.kind === 'list') { h += b.items.reduce((a, it) => a + cellHeight(it, width - 14, size), 0); continue; }
    if (b.kind !== 'p' && b.kind !== 'heading') return Infinity;
    const s = b.kind === 'p' ? b.size ?? size : size + 2;
    const lines = Math.max(1, Math.ceil((textWidth(text(b), s, b.kind === 'heading') * 1.2) / Math.max(8, width)) + b.runs.filter((r) => r.kind === 'br').length);
    h += lines * s * 1.3 + (b.kind === 'p' ? (b.spaceAfter ?? 4) + (b.spaceBefore ?? 0) : 8);
  }
  return h;
}

/** Estimated height (pt, upper) of each row: as tall as its tallest starting cell, spanning cells counted whole in
 *  their first row. widths: the columns' pt widths or stars, which share what the others leave of `avail` (the text
 *  block's width; unknown: a narrow 30 pt each). */
function rowHeights(t: Table, given: readonly (number | '*')[], size: number, avail?: number): number[] {
  const pad = columnPadding(t);
  const ncols = given.length;
  const stars = given.filter((w) => w === '*').length;
  const fixed = given.reduce<number>((s, w) => s + (typeof w === 'number' ? w + pad : 0), 0);
  const star = avail && stars ? Math.max(30, (avail - fixed) / stars - pad) : 30;
  const widths = given.map((w) => (typeof w === 'number' ? w : star));
  const taken: boolean[][] = t.rows.map(() => Array(ncols).fill(false));
  return t.rows.map((row, r) => {
    let c = 0;
    let h = 0;
    for (const cell of row.cells) {
      while (c < ncols && taken[r][c]) c++;
      const cs = cell.colSpan ?? 1;
      let w = 0;
      for (let j = c; j < c + cs && j < ncols; j++) {
        w += widths[j] + (j > c ? pad : 0);
        for (let i = r; i < Math.min(r + (cell.rowSpan ?? 1), t.rows.length); i++) taken[i][j] = true;
      }
      h = Math.max(h, cellHeight(cell.blocks, w, size) + 5);
      c += cs;
    }
    return h;
  });
}

/** The groups kept on one page: those whose estimated height is within KEEP_LIMIT. */
export function keptSpanGroups(t: Table, given: readonly (number | '*')[], size: number, avail?: number): [number, number][] {
  if (t.keepTogether) return [];
  const groups = spanGroups(t);
  if (!groups.length) return [];
  const h = rowHeights(t, given, size, avail);
  return groups.filter(([a, b]) => h.slice(a, b + 1).reduce((s, x) => s + x, 0) <= KEEP_LIMIT);
}

/** How many last rows of a ruled data table go to a new page together, so a break never leaves one or two rows
 *  (or a lone JUMLAH row) under a repeated header (page review: Pedoman Tabel 2.2 and 2.4, Renstra Tabel 4.2, LKIP
 *  Tabel 3.14 and the tera tables): the signature's TAIL_ROWS rule (tailRows: 3 data rows), at most half the data
 *  rows, fewer where a row span would be cut or while their estimated height passes KEEP_LIMIT; none under 2, nor
 *  for a table kept whole or without rules. */
export function keptLastRows(t: Table, given: readonly (number | '*')[], size: number, avail?: number): number {
  if (t.keepTogether || !t.borders) return 0;
  const n = t.rows.length;
  // at most half the data rows, so the page the table starts on keeps as many (LKIP Tabel 3.2: the tail grown over a
  // four-row sasaran took five of six rows and left the first alone); never cutting a row span
  let k = spanFree(t, Math.min(tailRows(t), Math.floor((n - t.headerRows) / 2)));
  if (k < 2) return 0;
  // only the last k rows measured: no span crosses into them from above (spanFree), nor into any fewer
  const h = rowHeights({ ...t, rows: t.rows.slice(n - k) }, given, size, avail);
  while (k >= 2 && h.slice(h.length - k).reduce((s, x) => s + x, 0) > KEEP_LIMIT) k = spanFree(t, k - 1);
  return k >= 2 ? k : 0;
}

/** k, or fewer, so that no row span crosses the cut above the last k rows (0 when none does). */
function spanFree(t: Table, k: number): number {
  while (k > 0 && spanOverCut(t, k) >= 0) k--;
  return k;
}
