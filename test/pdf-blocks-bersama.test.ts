// pdf-blocks.ts gives nodes with the usual margins one frozen array per value (pdfmake only reads margins): a write
// into one would throw instead of moving every paragraph; a paragraph with its own spacing gets its own array.
import { describe, expect, it } from 'vitest';
import { blocks, type Ctx } from '../src/backends/pdf-blocks.ts';
import { Numbering } from '../src/backends/pdf-numbering.ts';
import { DOCUMENTS } from '../src/documents.ts';
import { check, models } from '../src/pipeline.ts';
import type { Block } from '../src/render/model.ts';

describe('pdf-blocks: shared margins', () => {
  it('default paragraphs share one frozen margin; others get their own array', () => {
    const { content } = check('contoh/dinas-pangan');
    const r = models(content, { jenis: Object.keys(DOCUMENTS), kertas: 'A4' });
    if ('code' in r) throw new Error(r.message);
    const doc = r.models[0];
    const ctx: Ctx = { doc, tables: { n: 0 }, numbering: new Numbering(doc), targets: new Map(), rows: [], width: 450 };
    const p = (extra: object = {}): Block => ({ kind: 'p', runs: [{ kind: 'text', text: 'Capaian' }], ...extra }) as Block;
    const [a, b, c, d] = blocks([p(), p(), p({ indent: 12 }), p({ spaceAfter: 0 })], ctx) as { margin: number[] }[];
    expect(a.margin).toBe(b.margin);
    expect(a.margin).toEqual([0, 0, 0, 4]);
    expect(Object.isFrozen(a.margin)).toBe(true);
    expect(() => { 'use strict'; (a.margin as number[])[1] = 9; }).toThrow();
    expect(c.margin).toEqual([12, 0, 0, 4]);
    expect(d.margin).toEqual([0, 0, 0, 0]);
    expect(Object.isFrozen(c.margin)).toBe(false);
  });
});
