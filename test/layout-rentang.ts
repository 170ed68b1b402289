// A table's text stays inside its borders: text of a cell spanning rows, broken across a page, was drawn past the
// table's last rule (example LKIP Tabel 4.1 p27, IKU p4). Read from the PDF's words and ruling lines.
import { lines, type Page } from './layout.ts';
import type { Rule } from './layout-tabel.ts';

interface Box { x0: number; x1: number; top: number; bottom: number; columns: number[] }

/** The bordered tables of a page: vertical rules that meet, their columns, and the lowest horizontal rule among them. */
export function tableBoxes(rules: Rule[]): Box[] {
  const vs = rules.filter((r) => r.x1 - r.x0 < 0.01 && r.y1 - r.y0 > 1).sort((a, b) => a.y0 - b.y0);
  const hs = rules.filter((r) => r.y1 - r.y0 < 0.01 && r.x1 - r.x0 > 1);
  const groups: Rule[][] = [];
  for (const v of vs) {
    const g = groups.find((x) => x.some((u) => v.y0 <= u.y1 + 1 && v.y1 >= u.y0 - 1));
    if (g) g.push(v); else groups.push([v]);
  }
  return groups.flatMap((g) => {
    const x0 = Math.min(...g.map((v) => v.x0)), x1 = Math.max(...g.map((v) => v.x0));
    const top = Math.min(...g.map((v) => v.y0)), low = Math.max(...g.map((v) => v.y1));
    const inside = hs.filter((h) => h.x1 > x0 + 1 && h.x0 < x1 - 1 && h.y0 >= top - 1 && h.y0 <= low + 1);
    const columns = [...new Set(g.map((v) => Math.round(v.x0)))].sort((a, b) => a - b);
    // a table: two columns or more under a top rule across them (not a diagram's connectors, Pohon Kinerja)
    const across = inside.filter((h) => Math.abs(h.y0 - top) < 1.5).reduce((s, h) => s + Math.min(h.x1, x1) - Math.max(h.x0, x0), 0);
    if (columns.length < 3 || across < 0.9 * (x1 - x0)) return [];
    return [{ x0, x1, top, bottom: Math.max(low, ...inside.map((h) => h.y0)), columns }];
  });
}

/** Text below a table's last rule that continues one of its cells: a line within one column, its middle under the
 *  rule and its top above or just under it (text after a table starts past the table's 8 pt margin). */
export function textBelowTables(pages: Page[], rules: Rule[][]): string[] {
  return pages.flatMap((p, i) => {
    const ls = lines(p);
    return tableBoxes(rules[i] ?? []).flatMap((b) => ls.filter((l) => {
      const mid = (l.y0 + l.y1) / 2;
      if (mid <= b.bottom || l.y0 > b.bottom + 3 || l.x0 < b.x0 - 1 || l.x1 > b.x1 + 1) return false;
      return b.columns.some((c, k) => k + 1 < b.columns.length && l.x0 >= c - 1 && l.x1 <= b.columns[k + 1] + 1);
    }).map((l) => `hlm ${i + 1}: "${l.text}" di bawah garis terakhir tabel (y ${l.y1.toFixed(1)} > ${b.bottom.toFixed(1)})`));
  });
}
