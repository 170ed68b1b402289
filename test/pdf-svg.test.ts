// pdf-svg.ts draws the SVG form our drawings write as svg-to-pdfkit does: edge cases the real content may not have
// (no fill, no stroke, zero sizes, entities, white space, a glyph the font lacks, a viewBox scaled to the width),
// each document rendered with the patch and with svg-to-pdfkit and pdfmake's measurement put back.
import { createRequire } from 'node:module';
import pdfmake from 'pdfmake';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../src/backends/pdf.ts';
import { svgOriginals } from '../src/backends/pdf-svg.ts';
import { parseSvg } from '../src/backends/pdf-svg-parse.ts';
import { gambarSvg, type GambarOp } from '../src/render/gambar.ts';

const req = createRequire(createRequire(import.meta.url).resolve('pdfmake'));
const mod = req('pdfmake/js/3rd-party/svg-to-pdfkit.js') as { default: unknown };
const measure = req('pdfmake/js/SVGMeasure.js').default.prototype as Record<string, unknown>;

const ops: GambarOp[] = [
  { op: 'rect', x: 1, y: 2.5, w: 50, h: 20, fill: '#eeeeee', stroke: '#333333', width: 0.5 },
  { op: 'rect', x: 60, y: 2, w: 50, h: 20, stroke: '#1F4E79', width: 0.75 },
  { op: 'rect', x: 120, y: 2, w: 0, h: 20, fill: '#ff0000' },
  { op: 'rect', x: 130, y: 2, w: 10, h: 10 },
  { op: 'rect', x: 140, y: 2, w: 10, h: 10, fill: '#00ff00', stroke: '#000000', width: 0 },
  { op: 'line', x1: 10, y1: 30, x2: 100.257, y2: 33.3, stroke: '#000000', width: 0.5 },
  { op: 'line', x1: 10, y1: 40, x2: 10, y2: 40, stroke: '#000000', width: 1 },
  { op: 'text', x: 20, y: 50, text: 'Abc déf', size: 8, anchor: 'middle' },
  { op: 'text', x: 120, y: 60, text: ' Kinerja  & <100%> "x" ', size: 7.5, bold: true },
  { op: 'text', x: 220, y: 70, text: 'Akhir 😀 ✓ ĳ', size: 9, anchor: 'end', fill: '#1f4e79' },
  { op: 'text', x: 200, y: 80, text: 'Tidak tampak', size: 9, fill: 'none' },
];

async function pdf(svg: string, width: number): Promise<Buffer> {
  const def = { defaultStyle: { font: 'Tinos' }, info: { creationDate: new Date(0) }, content: [{ text: 'Gambar' }, { svg, width, font: 'Tinos' }, { text: 'sesudah', bold: true }] };
  return Buffer.from(await pdfmake.createPdf(def as never).getBuffer());
}

beforeAll(async () => {
  const { check, models } = await import('../src/pipeline.ts');
  const r = models(check('contoh/dinas-pangan').content, { jenis: ['pk'], kertas: 'A4' });
  if ('code' in r) throw new Error(r.message);
  await renderPdf(r.models[0]); // applies the patches
}, 120_000);

describe('pdf-svg', () => {
  it('reads our form and leaves anything else to svg-to-pdfkit', () => {
    const svg = gambarSvg({ width: 300, height: 100, ops });
    const p = parseSvg(svg)!;
    expect(p.items.map((i) => i.tag).join(' ')).toBe('rect rect rect rect rect line line text text text text');
    expect(p.items[8]).toMatchObject({ text: ' Kinerja  & <100%> "x" ', bold: true, size: 7.5 });
    expect(parseSvg(svg.replace('<rect', '<circle r="2"/><rect'))).toBeUndefined();
    expect(parseSvg(svg.replace('#eeeeee', 'red'))).toBeUndefined();
    expect(parseSvg(svg.replace('Abc', '&nbsp;Abc'))).toBeUndefined();
    expect(parseSvg(svg.replace(' viewBox="0 0 300 100"', ''))).toBeUndefined();
  });

  it('same bytes as svg-to-pdfkit with the measurement of pdfmake, at its width and scaled', async () => {
    const o = svgOriginals()!;
    const mine = { svg: mod.default, measure: measure.measureSVG, write: measure.writeDimensions };
    const cases: [string, number][] = [[gambarSvg({ width: 300, height: 100, ops }), 300], [gambarSvg({ width: 300, height: 100, ops }), 212.7],
      [gambarSvg({ width: 300.004, height: 99.996, ops: ops.slice(0, 8) }), 451.3]];
    const fast = [];
    for (const [svg, width] of cases) fast.push(await pdf(svg, width));
    mod.default = o.svg; measure.measureSVG = o.measure; measure.writeDimensions = o.write;
    try {
      for (const [i, [svg, width]] of cases.entries()) expect(fast[i].equals(await pdf(svg, width)), `case ${i}`).toBe(true);
    } finally {
      mod.default = mine.svg; measure.measureSVG = mine.measure; measure.writeDimensions = mine.write;
    }
  });
});
