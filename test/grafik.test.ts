// Chart layout (src/render/chart.ts) on generated data: the value axis reads as distinct round ticks covering the
// data, and the point labels of a two-series line chart never print over each other.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutChart, type ChartSpec, type Op } from '../src/render/chart.ts';

type Teks = Extract<Op, { op: 'text' }>;
const teks = (ops: Op[]) => ops.filter((o): o is Teks => o.op === 'text');
/** A label's box: width by a generous average glyph width, height its size. */
const kotak = (t: Teks) => ({ x0: t.x - (t.text.length * t.size * 0.55) / 2, x1: t.x + (t.text.length * t.size * 0.55) / 2, y0: t.y - t.size * 0.8, y1: t.y + t.size * 0.2 });
const tumpang = (a: ReturnType<typeof kotak>, b: ReturnType<typeof kotak>) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const label = (v: number) => v.toFixed(2).replace('.', ',');

/** Values as content holds them: decimals of at most 3 places, from fractions of a percent to millions. */
const nilai = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 150, noNaN: true }), fc.double({ min: -50, max: 1e6, noNaN: true }))
  .map((v) => Math.round(v * 1000) / 1000 + 0);

describe('grafik', () => {
  it('ticks: distinct labels, evenly spaced, covering every value', () => {
    fc.assert(fc.property(fc.array(nilai, { minLength: 1, maxLength: 8 }), fc.constantFrom<'bar' | 'line'>('bar', 'line'), (vs, type) => {
      const ops = layoutChart({ type, width: 440, height: 220, categories: vs.map((_, i) => `K${i}`), series: [{ name: 's', values: vs }] });
      const ticks = teks(ops).filter((t) => t.anchor === 'end');
      expect(new Set(ticks.map((t) => t.text)).size).toBe(ticks.length);
      expect(ticks.length).toBeGreaterThanOrEqual(2);
      expect(ticks.length).toBeLessThanOrEqual(7);
      const angka = ticks.map((t) => Number(t.text.replace(/\./g, '').replace(',', '.')));
      expect(Math.min(...angka)).toBeLessThanOrEqual(Math.min(...vs, 0));
      expect(Math.max(...angka)).toBeGreaterThanOrEqual(Math.max(...vs) - 1e-9 * Math.abs(Math.max(...vs)));
    }), { numRuns: 300 });
  });

  it('two close series (LKIP Grafik 3.5: 76,47 over 76,00): labels apart', () => {
    const spec: ChartSpec = { type: 'line', width: 440, height: 210, categories: ['2021', '2022', '2023', '2024'], series: [
      { name: 'Target', values: [76, 77.1, 78.03, 79.12], labels: ['76,00', '77,10', '78,03', '79,12'] },
      { name: 'Realisasi', values: [76.47, 77.32, 78.51, 79.19], labels: ['76,47', '77,32', '78,51', '79,19'] }] };
    const ls = teks(layoutChart(spec)).filter((t) => t.size === 6.5).map(kotak);
    expect(ls).toHaveLength(8);
    for (const [i, a] of ls.entries()) for (const b of ls.slice(i + 1)) expect(tumpang(a, b)).toBe(false);
  });

  it('two-series line charts: no point label over another', () => {
    const seri = fc.array(fc.tuple(nilai, nilai), { minLength: 1, maxLength: 6 });
    fc.assert(fc.property(seri, (pasang) => {
      const a = pasang.map(([x]) => x), b = pasang.map(([, y]) => y);
      const ops = layoutChart({ type: 'line', width: 440, height: 210, categories: pasang.map((_, i) => String(2020 + i)), series: [
        { name: 'Target', values: a, labels: a.map(label) }, { name: 'Realisasi', values: b, labels: b.map(label) }] });
      const ls = teks(ops).filter((t) => t.size === 6.5);
      for (const [i, p] of ls.entries()) for (const q of ls.slice(i + 1)) if (p.x === q.x) expect(tumpang(kotak(p), kotak(q)), `${p.text} / ${q.text}`).toBe(false);
    }), { numRuns: 300 });
  });
});
