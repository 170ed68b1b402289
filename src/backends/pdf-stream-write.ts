// pdfkit writes every operator of a page's content stream (each text object, colour, line) as its own small Buffer
// (Buffer.from(chunk + '\n', 'binary')), and joins them when the stream ends: a tenth of rendering time went to
// allocating and copying those buffers. Patch: string chunks are appended to a pending string, which is written
// (latin1, as before: one byte per code unit) into one growing buffer every 16 K characters, where a binary chunk
// follows and when the stream ends; the buffer is handed on there, so the bytes are the same. (One string for the
// whole stream kept a node per chunk alive and made a flat copy at the end; a native write per chunk costs more.)
import { createRequire } from 'node:module';
import zlib from 'node:zlib';

interface Ref {
  buffer: Uint8Array[]; data: { Length?: number; Filter?: string }; compress: boolean; uncompressedLength: number;
  _pending?: string; _bytes?: Buffer; _used?: number; write(chunk: unknown): void; finalize(): void;
}

const req = createRequire(createRequire(import.meta.url).resolve('pdfmake'));
const PDFDocument = req('pdfkit') as { prototype: { ref(this: object, data?: object): Ref } };

const BATCH = 16384;
/** zlib level of the content streams and fonts (undefined: zlib's default, as pdfkit). */
export const deflate: { level?: number } = { level: 3 };

function flush(ref: Ref): void {
  if (ref._pending) { append(ref, ref._pending); ref._pending = ''; }
  if (!ref._used) return;
  ref.buffer.push(ref._bytes!.subarray(0, ref._used)); // pdfkit copies the chunks when the stream ends (Buffer.concat)
  ref._bytes = undefined;
  ref._used = 0;
}

/** The chunks written so far and not yet handed on, as a string (for tests). */
export const pending = (ref: Ref): string => (ref._bytes?.toString('latin1', 0, ref._used) ?? '') + (ref._pending ?? '');

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
    const p = (this._pending ?? '') + s;
    if (p.length < BATCH) this._pending = p;
    else { append(this, p); this._pending = ''; }
    // what pdfkit's write keeps besides the chunk: lengths (a binary string has one byte per code unit), filter
    this.uncompressedLength += s.length;
    this.data.Length = (this.data.Length ?? 0) + s.length;
    if (this.compress) this.data.Filter = 'FlateDecode';
  };
  proto.finalize = function (this: Ref) {
    flush(this);
    if (deflate.level === undefined || !this.compress || !this.buffer.length) return finalize.call(this);
    // deflated here at our level; pdfkit's finalize then takes the bytes as they are (Filter is set by write)
    this.buffer = [zlib.deflateSync(Buffer.concat(this.buffer), { level: deflate.level })];
    this.compress = false;
    try {
      return finalize.call(this);
    } finally {
      this.compress = true;
    }
  };
}
