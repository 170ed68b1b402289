// Charts: one layout of drawing operations from a chart spec, drawn as SVG (PDF, vector) or PNG (DOCX).
// Geometry uses plain numbers; every printed label arrives formatted from compute/ + format/ (the axis ticks are
// formatted here, through format/angka.ts).
import { angka } from '../format/angka.ts';

export interface ChartSeries { name: string; values: (number | null)[]; labels?: string[] }
export interface ChartSpec { type: 'bar' | 'line'; categories: string[]; series: ChartSeries[]; width: number; height: number; unit?: string }
export type Op =
  | { op: 'rect'; x: number; y: number; w: number; h: number; fill: string }
  | { op: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string; width: number }
  | { op: 'text'; x: number; y: number; text: string; size: number; anchor: 'start' | 'middle' | 'end'; bold?: boolean };

export const PALETTE = ['#4472C4', '#ED7D31', '#A5A5A5', '#FFC000', '#5B9BD5', '#70AD47'];
/** Steps of the value axis (× 10^k): ticks at their multiples read as round figures. */
const LANGKAH = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];
/** The smallest step of LANGKAH × 10^k at least `v`, with the decimals its multiples need. */
function langkah(v: number): { step: number; desimal: number } {
  const k = Math.floor(Math.log10(v));
  const m = LANGKAH.find((x) => x * 10 ** k >= v * (1 - 1e-12))!;
  const step = m * 10 ** k;
  return { step, desimal: Math.max(0, -k + (Number.isInteger(m) ? 0 : 1) - (m === 10 ? 1 : 0)) };
}
const fmtTick = (v: number, desimal: number) => angka((Math.abs(v) < 1e-12 ? 0 : v).toFixed(desimal), desimal);

/** The value axis: about 4 equal steps of a round size (LANGKAH) from 0 (or a round minimum below it) to a round
 *  maximum above the data; the ticks carry the decimals their step needs, so no two read alike (0,1 and 0,1 from steps
 *  of 0,0625 before). When every value is a whole number (counts of staff) the step is a whole number (1, 2, 5 × 10^k). */
function sumbu(minData: number, maxData: number, bulat: boolean): { min: number; max: number; ticks: number[]; desimal: number } {
  if (!bulat) {
    const hi = Math.max(maxData * 1.1, 0), lo = minData < 0 ? minData * 1.1 : 0;
    const { step, desimal } = langkah((hi - lo || 1) / 4);
    const max = Math.max(Math.ceil(hi / step - 1e-9), 1) * step;
    const min = lo < 0 ? -Math.ceil(-lo / step - 1e-9) * step : 0;
    const n = Math.round((max - min) / step);
    return { min, max, ticks: Array.from({ length: n + 1 }, (_, i) => min + i * step), desimal };
  }
  const raw = (Math.max(maxData - minData, 1) * 1.1) / 4;
  const p = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * p).find((m) => m >= raw)!);
  const max = Math.max(Math.ceil((maxData * 1.1) / step), 1) * step;
  const min = minData < 0 ? -Math.ceil((-minData * 1.1) / step) * step : 0;
  return { min, max, ticks: Array.from({ length: (max - min) / step + 1 }, (_, i) => min + i * step), desimal: 0 };
}

/** Wrap a category label into lines of at most `max` characters. */
function wrap(s: string, max: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const w of s.split(/\s+/)) {
    if (line && (line + ' ' + w).length > max) { out.push(line); line = w; } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(line);
  return out;
}

/** Baselines of a line chart's point labels: above each point, except where the point of another series is less
 *  than a label's height above it (two series at close values: the labels would print over each other or over
 *  the other line); that label goes below its point. */
function letakLabel(c: ChartSpec, y: (v: number) => number): number[][] {
  const hasil = c.series.map((s) => s.values.map((v) => (v === null ? 0 : y(v) - 5)));
  c.categories.forEach((_, i) => {
    const titik = c.series.flatMap((s, si) => (s.values[i] == null ? [] : [{ si, py: y(s.values[i]!) }])).sort((a, b) => a.py - b.py || a.si - b.si);
    titik.forEach((t, j) => { if (j > 0 && t.py - titik[j - 1].py < 14) hasil[t.si][i] = t.py + 11; });
  });
  return hasil;
}

export function layoutChart(c: ChartSpec): Op[] {
  const ops: Op[] = [];
  const legendH = 18;
  const left = 44, right = 10, top = 14 + legendH;
  const plotW = c.width - left - right;
  const band = plotW / c.categories.length;
  // category labels wrapped once at the width they are drawn with; the plot leaves room for every line
  const labels = c.categories.map((k) => wrap(k, Math.max(8, Math.floor(band / 4.2))));
  const bottom = 8 + Math.max(...labels.map((l) => l.length), 1) * 10;
  const plotH = c.height - top - bottom;
  const vals = c.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const { min: minV, max: maxV, ticks, desimal } = sumbu(Math.min(...vals, 0), Math.max(...vals, 0), vals.every((v) => Number.isInteger(v)));
  const y = (v: number) => top + plotH - ((v - minV) / (maxV - minV)) * plotH;
  for (const v of ticks) {
    ops.push({ op: 'line', x1: left, y1: y(v), x2: left + plotW, y2: y(v), stroke: '#D9D9D9', width: 0.5 });
    ops.push({ op: 'text', x: left - 4, y: y(v) + 3, text: fmtTick(v, desimal), size: 7, anchor: 'end' });
  }
  ops.push({ op: 'line', x1: left, y1: y(0), x2: left + plotW, y2: y(0), stroke: '#000000', width: 0.7 });
  labels.forEach((ls, i) => ls.forEach((l, j) =>
    ops.push({ op: 'text', x: left + band * (i + 0.5), y: top + plotH + 10 + j * 9, text: l, size: 7, anchor: 'middle' })));
  const labelY = c.type === 'line' ? letakLabel(c, y) : [];
  c.series.forEach((s, si) => {
    const color = PALETTE[si % PALETTE.length];
    if (c.type === 'bar') {
      const bw = (band * 0.7) / c.series.length;
      s.values.forEach((v, i) => {
        if (v === null) return;
        const x = left + band * i + band * 0.15 + bw * si;
        ops.push({ op: 'rect', x, y: Math.min(y(v), y(0)), w: bw, h: Math.abs(y(v) - y(0)), fill: color });
        if (s.labels?.[i]) ops.push({ op: 'text', x: x + bw / 2, y: (v >= 0 ? y(v) : y(0)) - 2, text: s.labels[i], size: 6.5, anchor: 'middle' });
      });
    } else {
      let prev: [number, number] | undefined;
      s.values.forEach((v, i) => {
        if (v === null) { prev = undefined; return; }
        const pt: [number, number] = [left + band * (i + 0.5), y(v)];
        if (prev) ops.push({ op: 'line', x1: prev[0], y1: prev[1], x2: pt[0], y2: pt[1], stroke: color, width: 1.5 });
        ops.push({ op: 'rect', x: pt[0] - 2, y: pt[1] - 2, w: 4, h: 4, fill: color });
        if (s.labels?.[i]) ops.push({ op: 'text', x: pt[0], y: labelY[si][i], text: s.labels[i], size: 6.5, anchor: 'middle' });
        prev = pt;
      });
    }
    const lx = left + si * 110;
    ops.push({ op: 'rect', x: lx, y: 4, w: 9, h: 9, fill: color });
    ops.push({ op: 'text', x: lx + 13, y: 12, text: s.name, size: 8, anchor: 'start' });
  });
  if (c.unit) ops.push({ op: 'text', x: 4, y: top - 4, text: c.unit, size: 7, anchor: 'start' });
  return ops;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const r2 = (v: number) => Math.round(v * 100) / 100;

export function chartSvg(c: ChartSpec): string {
  const body = layoutChart(c).map((o) => {
    switch (o.op) {
      case 'rect': return `<rect x="${r2(o.x)}" y="${r2(o.y)}" width="${r2(o.w)}" height="${r2(o.h)}" fill="${o.fill}"/>`;
      case 'line': return `<line x1="${r2(o.x1)}" y1="${r2(o.y1)}" x2="${r2(o.x2)}" y2="${r2(o.y2)}" stroke="${o.stroke}" stroke-width="${o.width}"/>`;
      case 'text': return `<text x="${r2(o.x)}" y="${r2(o.y)}" font-family="Tinos" font-size="${o.size}" text-anchor="${o.anchor}"${o.bold ? ' font-weight="bold"' : ''}>${esc(o.text)}</text>`;
    }
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${c.width}" height="${c.height}" viewBox="0 0 ${c.width} ${c.height}">${body}</svg>`;
}
