// Layout rules of tables, read from a PDF's text boxes (pdftotext -bbox, see layout.ts) and its ruling lines (the
// content streams, uncompressed by qpdf --qdf): no header printed twice, no row taller than its text needs.
import { execFileSync } from 'node:child_process';
import { lines, type Page, type Word } from './layout.ts';

/** A straight ruling line, top-down page coordinates in pt (as pdftotext's). */
export interface Rule { x0: number; y0: number; x1: number; y1: number }

/** The ruling lines of each page (pdfmake draws table borders as single "m ... l" strokes under a flipped y axis). */
export function pdfRules(file: string): Rule[][] {
  const qdf = execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, '-'], { maxBuffer: 512 * 1024 * 1024 }).toString('latin1');
  const pages: Rule[][] = [];
  const parts = qdf.split(/^%% Contents for page (\d+)$/m); // qpdf writes the content streams out of page order
  for (let j = 1; j < parts.length; j += 2) {
    const stream = parts[j + 1].slice(0, parts[j + 1].indexOf('endstream'));
    const rules = [...stream.matchAll(/^([\d.-]+) ([\d.-]+) m\n([\d.-]+) ([\d.-]+) l$/gm)].map((m) => {
      const [xa, ya, xb, yb] = m.slice(1, 5).map(Number);
      return { x0: Math.min(xa, xb), y0: Math.min(ya, yb), x1: Math.max(xa, xb), y1: Math.max(ya, yb) };
    });
    (pages[Number(parts[j]) - 1] ??= []).push(...rules);
  }
  return Array.from(pages, (r) => r ?? []);
}

/** Repeated header: a run of 1-4 lines printed again right under itself (a table header twice at a page top). */
export function repeatedHeaders(pages: Page[]): string[] {
  return pages.flatMap((p, i) => {
    const ts = lines(p).map((l) => l.text);
    for (let at = 0; at < ts.length; at++) {
      for (let k = 1; k <= 4 && at + 2 * k <= ts.length; k++) {
        const a = ts.slice(at, at + k), b = ts.slice(at + k, at + 2 * k);
        const header = a.some((t) => t.split(' ').length >= 2 && /\p{Lu}{2}/u.test(t));
        if (header && a.every((t, j) => t === b[j])) return [`hlm ${i + 1}: "${a.join(' / ')}" tercetak dua kali berturut-turut`];
      }
    }
    return [];
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Row bands of the tables on a page: consecutive heights of horizontal rules with a vertical rule spanning between. */
function rowBands(rules: Rule[]): { y0: number; y1: number; x0: number; x1: number }[] {
  const hs = rules.filter((r) => r.y1 - r.y0 < 0.01 && r.x1 - r.x0 > 1);
  const vs = rules.filter((r) => r.x1 - r.x0 < 0.01 && r.y1 - r.y0 > 1);
  const ys = [...new Set(hs.map((h) => Math.round(h.y0 * 10) / 10))].sort((a, b) => a - b);
  return ys.slice(1).flatMap((y1, j) => {
    const y0 = ys[j];
    const side = vs.filter((v) => v.y0 <= y0 + 1 && v.y1 >= y1 - 1);
    if (side.length < 2) return [];
    return [{ y0, y1, x0: Math.min(...side.map((v) => v.x0)), x1: Math.max(...side.map((v) => v.x0)) }];
  });
}

/** Empty row space: a table row more than `lines` text lines taller than the text in it (cell paddings allowed). */
export function emptyRowSpace(pages: Page[], rules: Rule[][], maxLines = 1.5): string[] {
  return pages.flatMap((p, i) => {
    const lineHeight = median(p.words.map((w) => w.y1 - w.y0));
    return rowBands(rules[i] ?? []).flatMap((b) => {
      const inside = (w: Word) => (w.y0 + w.y1) / 2 > b.y0 && (w.y0 + w.y1) / 2 < b.y1 && w.x0 >= b.x0 - 1 && w.x1 <= b.x1 + 1;
      const ws = p.words.filter(inside);
      if (!ws.length) return []; // an image or an empty spacer row: nothing to compare with
      const text = Math.max(...ws.map((w) => w.y1)) - Math.min(...ws.map((w) => w.y0));
      const empty = b.y1 - b.y0 - text - 4; // 2 pt padding above and below
      return empty > maxLines * lineHeight
        ? [`hlm ${i + 1}: baris tabel "${ws.slice(0, 5).map((w) => w.text).join(' ')}" ${(b.y1 - b.y0).toFixed(1)} pt, teksnya ${text.toFixed(1)} pt`] : [];
    });
  });
}
