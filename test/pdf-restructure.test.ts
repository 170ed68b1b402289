// pdf-restructure: arrays of numbers sized and written as restructure does, item by item (edge cases).
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { applyRestructurePatch, restructureOriginals } from '../src/backends/pdf-restructure.ts';

const req = createRequire(createRequire(createRequire(import.meta.url).resolve('pdfkit')).resolve('fontkit'));
const r = req('restructure');

describe('pdf-restructure', () => {
  it('same sizes and bytes as the original for counted, fixed and byte arrays; Fixed items as before', () => {
    if (!restructureOriginals()) applyRestructurePatch();
    const o = restructureOriginals()!;
    const S = new r.Struct({
      bytes: new r.Array(r.uint8, 5), counted: new r.Array(r.int16, r.uint16), wide: new r.Array(r.uint32le, 3),
      fixed: new r.Array(r.fixed16, 2), signed: new r.Array(r.int8, 3), tail: r.uint24,
    });
    const value = { bytes: [0, 255, 256, -1, 3.7], counted: [-2, 32767, 5], wide: new Uint32Array([1, 2 ** 32 - 1, 7]), fixed: [1.5, -0.25], signed: [-128, 127, 200], tail: 70000 };
    const mine = { size: S.size(value), bytes: S.toBuffer(value) };
    const A = r.Array.prototype, N = r.Number.prototype;
    const patched = { size: A.size, encode: A.encode, numberEncode: N.encode };
    Object.assign(A, { size: o.size, encode: o.encode });
    N.encode = o.numberEncode;
    try {
      expect(mine.size).toBe(S.size(value));
      expect(Buffer.from(mine.bytes).equals(Buffer.from(S.toBuffer(value)))).toBe(true);
    } finally {
      Object.assign(A, { size: patched.size, encode: patched.encode });
      N.encode = patched.numberEncode;
    }
    expect(mine.bytes.length).toBe(5 + 2 + 6 + 12 + 4 + 3 + 3);
  });
});
