// The PDF speed patches change no byte and no answer: pdf-stream-write.ts (content streams joined as one string) and
// the style memo of pdf-style-patch.ts (lookups memoised while one text node's inlines are built).
import { createRequire } from 'node:module';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { TINOS } from '../src/backends/fonts.ts';
import { renderPdf } from '../src/backends/pdf.ts';
import { pdfmakeClass } from '../src/backends/pdfmake-class.ts';
import { pending } from '../src/backends/pdf-stream-write.ts';
import { markupToModel } from '../src/render/markup-to-model.ts';
import { pdfPages } from './extract.ts';

const doc = (body: string) => markupToModel(`<document title="t"><section>${body}</section></document>`);
const req = createRequire(createRequire(import.meta.url).resolve('pdfmake'));
const PDFDocument = req('pdfkit') as { prototype: { ref(this: object, data?: object): any } };

/** A PDF reference on a stand-in document that records what the reference writes out. */
function reference(compress: boolean) {
  const out: (string | Uint8Array)[] = [];
  const fake = { _offsets: [] as unknown[], _waiting: 0, _offset: 0, compress, _write: (d: string | Uint8Array) => out.push(d), _refEnd: () => {} };
  return { ref: PDFDocument.prototype.ref.call(fake, {}), out };
}

describe('pdf-stream-write: a content stream holds the same bytes as pdfkit wrote chunk by chunk', () => {
  it.each([false, true])('string, number and binary chunks in order (compressed: %s)', async (compress) => {
    await renderPdf(doc('<p>x</p>')); // the backend's setup applies the patch
    const chunks: (string | number | Uint8Array)[] = ['BT', 12.5, '/F1 8 Tf', Uint8Array.from([0, 255, 10]), 'ET', '\u00e9\u00ff'];
    const want = Buffer.concat(chunks.map((c) => (c instanceof Uint8Array ? c : Buffer.from(`${c}\n`, 'binary'))));
    const { ref, out } = reference(compress);
    for (const c of chunks) ref.write(c);
    expect(pending(ref)).toBe('ET\n\u00e9\u00ff\n'); // the patch is applied: strings wait as one
    expect(ref.uncompressedLength).toBe(want.length);
    ref.end();
    const stream = out[out.indexOf('stream') + 1] as Uint8Array;
    expect(Buffer.from(compress ? zlib.inflateSync(stream) : stream)).toEqual(want);
    expect(out[1]).toContain(`/Length ${stream.length}`);
    expect(String(out[1]).includes('/Filter /FlateDecode')).toBe(compress);
  });

  it('a rendered page carries its text (the stream is written once, at its end)', async () => {
    const pages = await pdfPages((await renderPdf(doc('<p>Kinerja <b>tebal</b> dan miring</p><table widths="*,*"><tr><td>a1</td><td>b2</td></tr></table>'))).bytes);
    expect(pages[0]).toMatch(/Kinerja tebal dan miring/);
    expect(pages[0]).toMatch(/a1\s+b2/);
  });
});

describe('pdf-style-patch memo: answers are those of the stack at the time, never a stale one', () => {
  it('own values win, the stack answers the rest, and a changed stack is seen by the next text node', async () => {
    await renderPdf(doc('<p>x</p>'));
    const StyleContextStack = pdfmakeClass('StyleContextStack');
    const TextInlines = pdfmakeClass('TextInlines');
    const PDFDocumentPm = pdfmakeClass('PDFDocument');
    const pdf = new PDFDocumentPm({ Tinos: { ...TINOS } }, {}, {}, {}, {}, null, () => true);
    const stack = new StyleContextStack({}, { font: 'Tinos', fontSize: 10 });
    const inl = new TextInlines(pdf);
    stack.push({ fontSize: 9 });
    const a = inl.buildInlines([{ text: 'besar ', fontSize: 14 }, { text: 'kecil sekali' }], stack).items;
    expect(a.map((i: { fontSize: number }) => i.fontSize)).toEqual([14, 9, 9]);
    expect(stack._memo).toBeUndefined();
    stack.push({ fontSize: 7, bold: true });
    const b = inl.buildInlines([{ text: 'lain kata' }], stack).items;
    expect(b.map((i: { fontSize: number }) => i.fontSize)).toEqual([7, 7]);
    expect(b[0].font).not.toBe(a[1].font); // bold face from the new stack top
  });

  it('push, pop, clone, named styles with extends and siblings give the answers of pdfmake\'s own lookup', async () => {
    await renderPdf(doc('<p>x</p>'));
    const StyleContextStack = pdfmakeClass('StyleContextStack');
    const dict = { dasar: { fontSize: 8, color: 'red' }, judul: { extends: 'dasar', bold: true }, kosong: {} };
    // pdfmake's own walk over the items, top first (the patch replaced getProperty)
    const reference = (items: unknown[], prop: string): unknown => {
      const named = (n: string): unknown => {
        const st = (dict as Record<string, Record<string, unknown>>)[n];
        return st?.[prop] ?? (st?.extends ? named(st.extends as string) : undefined);
      };
      for (let i = items.length - 1; i >= 0; i--) {
        const it = items[i];
        const v = typeof it === 'string' ? named(it) : (it as Record<string, unknown>)[prop];
        if (v !== undefined && v !== null) return v;
      }
      return ({ fontSize: 10, alignment: 'left' } as Record<string, unknown>)[prop];
    };
    const stack = new StyleContextStack(dict, { fontSize: 10, alignment: 'left' });
    const props = ['fontSize', 'color', 'bold', 'alignment', 'italics'];
    const check = (s: any) => { for (const p of props) expect(s.getProperty(p), p).toEqual(reference(s.styleOverrides, p)); };
    const cell = { fontSize: null, alignment: 'center' };
    check(stack);
    stack.push('judul'); check(stack);
    stack.push(cell); check(stack);
    stack.pop(); stack.push({ italics: true }); check(stack); // a sibling under the same parent
    const c = stack.clone();
    c.push({ color: 'blue' }); check(c); check(stack);
    expect(stack.getProperty('color')).toBe('red');
    stack.pop(2); stack.push('kosong'); stack.push(cell); check(stack); // the same cell under another parent
    expect(stack.getProperty('fontSize')).toBe(10);
    stack.styleOverrides.length = 0; stack.styleOverrides.push('dasar'); check(stack);
    expect(stack.getProperty('fontSize')).toBe(8);
  });
});
