// pdfkit embeds a font subset per face and document through fontkit's TTFSubset.encode, which writes the tables with
// restructure: an array of numbers (the fpgm, prep and cvt programs, loca offsets: thousands of entries) is sized
// by asking each item its size, several times per table, and written item by item with a method looked up by a name
// built anew per number (`write${this.fn}`). A twentieth of PDF time. Patch: a number type's writer name is built
// once; an array whose items are plain numbers (restructure's Number class itself, not Fixed) is sized as count × item
// size and written through that one method (bytes: copied at once). Same sizes, same bytes, in the same order; other arrays as before.
import { createRequire } from 'node:module';

interface NumberT { fn: string; size(): number; encode(stream: Stream, val: number): unknown; _write?: string }
interface ArrayT { type: unknown; length: unknown; size(array: unknown, ctx?: unknown, includePointers?: boolean): number; encode(stream: Stream, array: unknown, parent?: unknown): void }
type Stream = Record<string, (v: number) => void>;

const req = createRequire(createRequire(createRequire(import.meta.url).resolve('pdfkit')).resolve('fontkit'));
const r = req('restructure') as { Number: { prototype: NumberT }; Array: { prototype: ArrayT } };

const isPlainNumber = (t: unknown): t is NumberT => !!t && Object.getPrototypeOf(t) === r.Number.prototype;
const numbers = (a: unknown): a is ArrayLike<number> & Iterable<number> => Array.isArray(a) || ArrayBuffer.isView(a);

let originals: { size: ArrayT['size']; encode: ArrayT['encode']; numberEncode: NumberT['encode'] } | undefined;
/** restructure's own Array.size, Array.encode and Number.encode, once the patch is applied (for tests). */
export const restructureOriginals = () => originals;

/** Run once, by the PDF backend's setup. */
export function applyRestructurePatch(): void {
  const A = r.Array.prototype, N = r.Number.prototype;
  const { size, encode } = A;
  const numberEncode = N.encode;
  const src = `${size}|${encode}|${numberEncode}|${N.size}`.replace(/\s+/g, ' ');
  for (const want of ['for (let item of array)size += this.type.size(item, ctx);', 'if (ctx && includePointers && this.length instanceof',
    'size += this.length.size();', 'ctx.pointerOffset = stream.pos + this.size(array, ctx, false); this.length.encode(stream, array.length);',
    'for (let item of array)this.type.encode(stream, item, ctx);', 'return stream[`write${this.fn}`](val);', '.TYPES[this.type];']) {
    if (!src.includes(want)) throw new Error(`restructure changed: Array/Number no longer as pdf-restructure.ts assumes (${want})`);
  }
  originals = { size, encode, numberEncode };
  N.encode = function (this: NumberT, stream: Stream, val: number) {
    return stream[(this._write ??= `write${this.fn}`)](val);
  };
  // a plain number's size is its byte count, whatever the item; the pointers of a counted array of numbers stay 0
  A.size = function (this: ArrayT, array: unknown, ctx?: unknown, includePointers = true) {
    if (!array || !isPlainNumber(this.type) || !numbers(array)) return size.call(this, array, ctx, includePointers);
    const head = this.length instanceof (r.Number as unknown as new () => NumberT) ? (this.length as NumberT).size() : 0;
    return head + array.length * this.type.size();
  };
  A.encode = function (this: ArrayT, stream: Stream, array: unknown, parent?: unknown) {
    const type = this.type;
    if (!isPlainNumber(type) || !numbers(array)) return encode.call(this, stream, array, parent);
    // a count before the items (no pointers follow numbers)
    if (this.length instanceof (r.Number as unknown as new () => NumberT)) (this.length as NumberT).encode(stream, array.length);
    // bytes as one copy (a typed array converts each item as DataView's setUint8 does: modulo 256)
    if (type.fn === 'UInt8' && typeof stream.writeBuffer === 'function') return (stream as unknown as { writeBuffer(b: Uint8Array): void }).writeBuffer(Uint8Array.from(array));
    const write = stream[(type._write ??= `write${type.fn}`)];
    for (const item of array) write.call(stream, item);
  };
}
