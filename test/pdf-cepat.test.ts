// The PDF speed patches write the same bytes as the pdfmake/pdfkit code they replace, on real content: each
// document rendered with all patches, then with one patch's original code put back.
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { TINOS } from '../src/backends/fonts.ts';
import { renderPdf } from '../src/backends/pdf.ts';
import { pdfmakeClass } from '../src/backends/pdfmake-class.ts';
import { pdfmakeCopies } from '../src/backends/pdf-clone.ts';
import { pdfkitColor } from '../src/backends/pdf-color.ts';
import { pdfkitOpacity } from '../src/backends/pdf-opacity.ts';
import { joinInlines } from '../src/backends/pdf-merge-inlines.ts';
import { pdfmakeBuildNextLine } from '../src/backends/pdf-next-line.ts';
import { pdfmakeStackPush } from '../src/backends/pdf-style-patch.ts';
import { pdfmakeGetBreaks } from '../src/backends/pdf-word-shape.ts';
import { pdfkitText } from '../src/backends/pdf-text-fast.ts';
import { svgOriginals } from '../src/backends/pdf-svg.ts';
import { layeredRenderLine } from '../src/backends/pdf-render-line.ts';
import { restructureOriginals } from '../src/backends/pdf-restructure.ts';
import { pdfmakeRenderVector } from '../src/backends/pdf-vector.ts';
import { DOCUMENTS } from '../src/documents.ts';
import { check, models } from '../src/pipeline.ts';
import type { DocModel } from '../src/render/model.ts';

const req = createRequire(createRequire(import.meta.url).resolve('pdfmake'));
const PDFDocument = req('pdfkit') as { new (o: object): any; prototype: Record<string, unknown> };

// one of each kind the default content has, and the example agency's (tables, landscape, diagrams, signatures), with
// the bytes all patches give
const docs: [string, DocModel, Buffer][] = [];
beforeAll(async () => {
  for (const konten of ['content', 'contoh/dinas-pangan']) {
    const { content } = check(konten);
    const r = models(content, { jenis: Object.keys(DOCUMENTS), kertas: 'A4' });
    if ('code' in r) throw new Error(r.message);
    const seen = new Set<string>();
    for (const [i, m] of r.models.entries()) {
      if (seen.has(r.jobs[i].jenis)) continue;
      seen.add(r.jobs[i].jenis);
      docs.push([`${konten}:${r.jobs[i].jenis}`, m, Buffer.from((await renderPdf(m)).bytes)]);
    }
  }
}, 300_000);

/** Every document's bytes with `owner[key]` set back to the original equal the bytes with all patches; the patch
 *  (counted in `calls`) is in use while those are made. */
async function compare(owner: Record<string, unknown>, key: string, original: () => unknown, calls: { n: number }) {
  const patched = owner[key] as (...a: unknown[]) => unknown;
  expect(original()).toBeDefined();
  expect(patched).not.toBe(original());
  owner[key] = function (this: unknown, ...a: unknown[]) { calls.n++; return patched.apply(this, a); };
  await renderPdf(docs[0][1]);
  owner[key] = original();
  try {
    for (const [name, m, mine] of docs) expect(mine.equals(Buffer.from((await renderPdf(m)).bytes)), name).toBe(true);
  } finally {
    owner[key] = patched;
  }
}

/** `compare` for each [owner, key, original]: same bytes, and the patches were called over 100 times in all. */
async function samaBytes(patches: [Record<string, unknown>, string, () => unknown][]) {
  const calls = { n: 0 };
  for (const [owner, key, original] of patches) await compare(owner, key, original, calls);
  expect(calls.n).toBeGreaterThan(100);
}

describe('PDF speed patches: same bytes as the original code', () => {
  it('pdf-text-fast: pdfkit text() of every inline', async () => {
    await samaBytes([[PDFDocument.prototype, 'text', pdfkitText]]);
  }, 300_000);

  it('pdf-next-line: LayoutBuilder.buildNextLine', async () => {
    await samaBytes([[pdfmakeClass('LayoutBuilder').prototype, 'buildNextLine', pdfmakeBuildNextLine]]);
  }, 300_000);

  it('pdf-word-shape: TextBreaker.getBreaks (words made with all their properties in place)', async () => {
    await samaBytes([[pdfmakeClass('TextBreaker').prototype, 'getBreaks', pdfmakeGetBreaks]]);
  }, 300_000);

  it('pdf-style-patch: answers kept per stack level (StyleContextStack push and clone stamp the levels)', async () => {
    const calls = { n: 0 };
    const Stack = pdfmakeClass('StyleContextStack').prototype;
    const clone = Stack.clone;
    Stack.clone = pdfmakeStackPush()!.clone; // stamps are not copied to clones meanwhile: their levels are looked up anew
    try {
      await compare(Stack, 'push', () => pdfmakeStackPush()?.push, calls);
    } finally {
      Stack.clone = clone;
    }
    expect(calls.n).toBeGreaterThan(100);
  }, 300_000);

  it('pdf-clone: Line.clone and tools.pack', async () => {
    await samaBytes([
      [pdfmakeClass('Line').prototype, 'clone', () => pdfmakeCopies()?.clone],
      [req('pdfmake/js/helpers/tools.js'), 'pack', () => pdfmakeCopies()?.pack],
    ]);
  }, 300_000);

  it('pdf-color: pdfkit fill(), _normalizeColor and _setColorCore', async () => {
    await samaBytes([
      [PDFDocument.prototype, 'fill', () => pdfkitColor()?.fill],
      [PDFDocument.prototype, '_normalizeColor', () => pdfkitColor()?._normalizeColor],
      [PDFDocument.prototype, '_setColorCore', () => pdfkitColor()?._setColorCore],
    ]);
  }, 300_000);

  it('pdf-opacity: pdfkit _doOpacity (pairs met before found by value)', async () => {
    await samaBytes([[PDFDocument.prototype, '_doOpacity', pdfkitOpacity]]);
  }, 300_000);

  it('pdf-opacity: content and ExtGState objects as pdfkit writes them, for pairs the fast path takes and those it leaves', () => {
    const pairs: [unknown, unknown][] = [[1, 1], [null, 1], [1, null], [1, 1], [undefined, null], [null, null], [0.5, 0.5], [-0, 1], [2, 1], [1, 1], [0.5, 0.5], [null, 1], [0.25, undefined], [0.25, undefined], [1, 0]];
    const run = (op: (this: unknown, ...a: unknown[]) => unknown) => {
      const doc = new PDFDocument({ size: 'A4', compress: false });
      for (const [f, s] of pairs) op.call(doc, f, s);
      const states = Object.entries(doc.page.ext_gstates as Record<string, { data: object }>).map(([k, v]) => [k, v.data]);
      return { stream: doc.page.content._pending, states, keys: Object.keys(doc._opacityRegistry), count: doc._opacityCount };
    };
    const mine = run(PDFDocument.prototype._doOpacity as never);
    expect(mine).toEqual(run(pdfkitOpacity() as never));
    expect(mine.stream).toContain('/Gs1 gs');
    expect(mine.count).toBeGreaterThan(4);
  });

  it('pdf-text-fast: content, x, fonts and subset of a pdfkit document as its text() leaves them', async () => {
    await renderPdf(docs[0][1]);
    const original = pdfkitText()!;
    const texts = ['Kinerja ', '', ' ', 'tab\tdi sini', 'Rp 1.250.000,00 (100,5%)', 'emoji 😀 sesudah', '\u00a0nbsp', 'é ü Ω — “kutip”', 'Kinerja '];
    const opts = (cs?: number) => ({ lineBreak: false, textWidth: 10, characterSpacing: cs, wordCount: 1, link: null });
    const run = (text: (this: unknown, ...a: unknown[]) => unknown) => {
      const doc = new PDFDocument({ font: TINOS.normal, size: 'A4', compress: false });
      const out: unknown[] = [];
      for (const [i, t] of texts.entries()) {
        doc.fontSize(8 + i);
        text.call(doc, t, 30.123456789 + i, 40.5 * i, opts(i === 3 ? 0.5 : i % 2 ? 0 : undefined));
        out.push(doc.x, doc.y);
      }
      return { out, stream: doc.page.content._pending, fonts: Object.keys(doc.page.fonts), glyphs: doc._font.subset.glyphs, ctm: doc._ctm };
    };
    const mine = run(PDFDocument.prototype.text as never);
    expect(mine).toEqual(run(original as never));
    expect(mine.stream).toContain('] TJ');
  });

  it('pdf-render-line: plain lines drawn past the layered renderLine (merge, page references, pdfmake)', async () => {
    await samaBytes([[pdfmakeClass('Renderer').prototype, 'renderLine', layeredRenderLine]]);
  }, 300_000);

  it('pdf-restructure: font subsets written with restructure Array.size, Array.encode and Number.encode as before', async () => {
    const r = createRequire(req.resolve('fontkit'))('restructure') as { Array: { prototype: Record<string, unknown> }; Number: { prototype: Record<string, unknown> } };
    await samaBytes([
      [r.Array.prototype, 'size', () => restructureOriginals()?.size],
      [r.Array.prototype, 'encode', () => restructureOriginals()?.encode],
      [r.Number.prototype, 'encode', () => restructureOriginals()?.numberEncode],
    ]);
  }, 300_000);

  it('pdf-vector: table borders and rules (Renderer.renderVector)', async () => {
    await samaBytes([[pdfmakeClass('Renderer').prototype, 'renderVector', pdfmakeRenderVector]]);
  }, 300_000);

  it('pdf-svg: drawings and charts drawn without svg-to-pdfkit, measured without xmldoc', async () => {
    const mod = req('pdfmake/js/3rd-party/svg-to-pdfkit.js') as { default: unknown };
    const measure = req('pdfmake/js/SVGMeasure.js').default.prototype as Record<string, unknown>;
    const o = svgOriginals()!;
    const mine = { svg: mod.default, measure: measure.measureSVG, write: measure.writeDimensions };
    const withSvg = docs.filter(([name]) => /pohon-kinerja|lkip/.test(name));
    expect(withSvg.length).toBe(4);
    const original = o.svg;
    let general = 0;
    o.svg = (...a: unknown[]) => { general++; return original(...a); };
    try {
      for (const [, m] of withSvg) await renderPdf(m);
      expect(general).toBe(0); // every drawing and chart took the patch's way
      mod.default = o.svg; measure.measureSVG = o.measure; measure.writeDimensions = o.write;
      for (const [name, m, bytes] of withSvg) expect(bytes.equals(Buffer.from((await renderPdf(m)).bytes)), name).toBe(true);
      expect(general).toBeGreaterThan(20); // svg-to-pdfkit drew them
    } finally {
      o.svg = original;
      mod.default = mine.svg; measure.measureSVG = mine.measure; measure.writeDimensions = mine.write;
    }
  }, 300_000);

  it('pdf-merge-inlines: touching inlines are joined only when every property the renderer reads is the same', () => {
    const base = { text: 'a', x: 0, width: 5, font: 'f', fontSize: 9, color: 'black', opacity: 1, characterSpacing: 0, fontFeatures: null,
      decoration: null, decorationColor: null, decorationStyle: null, decorationThickness: null, background: null, link: null,
      linkToPage: null, linkToDestination: null, sup: false, sub: false, alignment: 'left' };
    expect(joinInlines([base, { ...base, text: 'b', x: 5 }]).map((i) => i.text)).toEqual(['ab']);
    for (const k of Object.keys(base).filter((k) => !['text', 'x', 'width'].includes(k))) {
      expect(joinInlines([base, { ...base, text: 'b', x: 5, [k]: 'lain' }]).length, k).toBe(2);
    }
  });
});
