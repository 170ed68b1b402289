// pdfkit writes every operator of a page's content stream (each text object, colour, line) as its own small Buffer
// (Buffer.from(chunk + '\n', 'binary')), and joins them when the stream ends: a tenth of rendering time went to
// allocating and copying those buffers. Patch: string chunks are written (latin1, as before: one byte per code unit)
// into one growing buffer, handed on where a binary chunk follows and when the stream ends, so the bytes are the same
// (no string of the whole stream is built: appending to one made a node per chunk and a flat copy at the end).
import { createRequire } from 'node:module';

interface Ref {
  buffer: Uint8Array[]; data: { Length?: number; Filter?: string }; compress: boolean; uncompressedLength: number;
  _bytes?: Buffer; _used?: number; write(chunk: unknown): void; finalize(): void;
}

const req = createRequire(createRequire(import.meta.url).resolve('pdfmake'));
const PDFDocument = req('pdfkit') as { prototype: { ref(this: object, data?: object): Ref } };

function flush(ref: Ref): void {
  if (!ref._used) return;
  ref.buffer.push(ref._bytes!.subarray(0, ref._used)); // pdfkit copies the chunks when the stream ends (Buffer.concat)
  ref._bytes = undefined;
  ref._used = 0;
}

/** The chunks written so far and not yet handed on, as a string (for tests). */
export const pending = (ref: Ref): string => ref._bytes?.toString('latin1', 0, ref._used) ?? '';

function append(ref: Ref, s: string): void {
  const used = ref._used ?? 0;
  let bytes = ref._bytes;
  if (!bytes || used + s.length > bytes.length) {
    const grown = Buffer.allocUnsafe(Math.max(4096, 2 * (bytes?.length ?? 0), used + s.length));
    if (bytes) bytes.copy(grown, 0, 0, used);
    ref._bytes = bytes = grown;
  }
  ref._used = used + bytes.write(s, used, 'latin1');
}

/** Run once, by the PDF backend's setup. */
export function applyStreamWritePatch(): void {
  // pdfkit does not export PDFReference: one made for a stand-in document gives its prototype
  const proto = Object.getPrototypeOf(PDFDocument.prototype.ref.call({ _offsets: [], _waiting: 0, compress: true }, {})) as Ref;
  const { write, finalize } = proto;
  if (!/Buffer\.from\(chunk \+ '\\n', 'binary'\)/.test(write.toString()) || !/Buffer\.concat\(this\.buffer\)/.test(finalize.toString())) {
    throw new Error('pdfkit changed: PDFReference.write/finalize no longer buffer chunks as before (pdf-stream-write.ts)');
  }
  proto.write = function (this: Ref, chunk: unknown) {
    if (chunk instanceof Uint8Array) { flush(this); return write.call(this, chunk); }
    const s = `${chunk}\n`;
    append(this, s);
    // what pdfkit's write keeps besides the chunk: lengths (a binary string has one byte per code unit), filter
    this.uncompressedLength += s.length;
    this.data.Length = (this.data.Length ?? 0) + s.length;
    if (this.compress) this.data.Filter = 'FlateDecode';
  };
  proto.finalize = function (this: Ref) {
    flush(this);
    return finalize.call(this);
  };
}
