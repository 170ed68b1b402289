// Column widths from the content, the same in both backends: no column is narrower than its widest unbreakable
// token (a word, a number with its groups and decimals), so words never break inside and numbers never wrap; star
// columns share what the fixed columns leave, fixed columns give back down to their minimum when stars need room,
// and the table never exceeds the text block.
import type { Block, Table } from '../render/model.ts';
import { textWidth } from './text-width.ts';

/** Horizontal padding per column as laid out (4 pt a side and a 0.5 pt rule with borders, 2 pt a side without). */
export const columnPadding = (t: Table) => (t.borders ? 8.5 : 4);

/** Widest unbreakable token of some blocks (pt). */
function widestToken(bs: Block[], size: number, bold: boolean): number {
  let w = 0;
  for (const b of bs) {
    if (b.kind === 'p' || b.kind === 'heading') {
      const sz = b.kind === 'p' ? b.size ?? size : size;
      const text = b.runs.map((r) => (r.kind === 'text' ? r.text : ' ')).join('');
      // a token is split only at spaces; its width is measured bold when any of it is bold (the safe side)
      const anyBold = bold || b.kind === 'heading' || b.runs.some((r) => r.kind === 'text' && r.bold);
      for (const tok of text.split(/[ \n]+/)) if (tok) w = Math.max(w, textWidth(tok, sz, anyBold) + (b.kind === 'p' ? b.indent ?? 0 : 0));
    } else if (b.kind === 'list') w = Math.max(w, ...b.items.map((it) => widestToken(it, size, bold) + 18));
  }
  return w;
}

/** Minimum content width of each column: the widest token of its single-column cells. */
export function minimumWidths(t: Table, docSize: number): number[] {
  const min = t.widths.map(() => 0);
  const size = t.size ?? docSize;
  const taken: boolean[][] = t.rows.map(() => []);
  t.rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row.cells) {
      while (taken[r][c]) c++;
      const cs = cell.colSpan ?? 1;
      for (let i = r; i < Math.min(r + (cell.rowSpan ?? 1), t.rows.length); i++) for (let j = c; j < c + cs; j++) taken[i][j] = true;
      if (cs === 1 && c < min.length) min[c] = Math.max(min[c], widestToken(cell.blocks, size, !!cell.header) + 0.5);
      c += cs;
    }
  });
  return min;
}

/** Content widths (pt, padding excluded) for a table in `avail` pt, and the font size when the table's own does not
 *  fit; undefined when the given widths already fit the content (pdfmake then lays out the stars itself, as before). */
export function solveWidths(t: Table, avail: number, docSize: number): { widths: number[]; size?: number } | undefined {
  const size = t.size ?? docSize;
  const inner = avail - columnPadding(t) * t.widths.length;
  let min = minimumWidths(t, docSize);
  const total = min.reduce((s, x) => s + x, 0);
  if (total <= inner) {
    const f = fit(t, inner, min);
    return f.same ? undefined : { widths: f.widths };
  }
  // the widest tokens side by side exceed the text block: a smaller font, so nothing breaks or overflows
  const smaller = Math.floor(size * (inner / total) * 10) / 10;
  min = minimumWidths({ ...t, size: smaller }, docSize);
  return { widths: fit({ ...t, size: smaller }, inner, min).widths, size: smaller };
}

/** Star columns share the room the fixed ones leave, each at least its minimum; `same`: as pdfmake would lay them. */
function fit(t: Table, inner: number, min: number[]): { widths: number[]; same: boolean } {
  const star = t.widths.map((w) => w === '*');
  const w = t.widths.map((x, i) => (x === '*' ? 0 : Math.max(x, min[i])));
  const fill = () => { // water-fill the star columns, each at least its minimum
    const free = star.map((s) => s);
    for (;;) {
      const left = inner - w.reduce((s, x, i) => s + (free[i] ? 0 : x), 0);
      const n = free.filter(Boolean).length;
      if (!n) return;
      const share = left / n;
      const tight = free.findIndex((f, i) => f && min[i] > share);
      if (tight < 0) { free.forEach((f, i) => { if (f) w[i] = share; }); return; }
      w[tight] = min[tight];
      free[tight] = false;
    }
  };
  fill();
  const over = w.reduce((s, x) => s + x, 0) - inner;
  if (over > 0.01) { // fixed columns give back what they have above their minimum
    const slack = w.map((x, i) => (star[i] ? 0 : x - min[i]));
    const total = slack.reduce((s, x) => s + x, 0);
    t.widths.forEach((_, i) => { if (!star[i] && total > 0) w[i] -= slack[i] * Math.min(1, over / total); });
    fill();
  }
  const unchanged = t.widths.every((x, i) => x === '*' || Math.abs(x - w[i]) < 0.01);
  const equalStars = new Set(w.filter((_, i) => star[i]).map((x) => x.toFixed(3))).size <= 1;
  return { widths: w, same: unchanged && equalStars && over <= 0.01 };
}
