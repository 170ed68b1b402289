// Schema results across CLI builds (issue 15): the output of a schema over one content value that gave no
// diagnostic, as a watching process keeps it (src/validate/memo-skema.ts), kept in the build cache so that the next
// process validates only the values it has not seen. Keyed by the schema's shape, file, path and the value's JSON;
// one entry per content directory under the tool's fingerprint (this build's values only). Outputs are kept with
// v8.serialize (undefined members and key order exact) and read back fresh at each use. A missing or damaged entry
// validates everything again.
import crypto from 'node:crypto';
import path from 'node:path';
import v8 from 'node:v8';
import type { z } from 'zod';
import { MemoSkema } from '../validate/memo-skema.ts';
import { sidikAlat } from './sidik.ts';
import type { Cache } from './simpanan.ts';

const FORMAT = 'skema';
const polos = (v: unknown): boolean => v === null || typeof v !== 'object' ? typeof v !== 'function' && typeof v !== 'symbol' && typeof v !== 'bigint'
  : (Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype) && Object.values(v).every(polos);

/** A schema told from another by its kind and, for an object, its keys (a file is always checked by one schema:
 *  its kind follows from its path, which is in the key too). */
const bentuk = new WeakMap<z.ZodType, string>();
function bentukSkema(s: z.ZodType): string {
  let b = bentuk.get(s);
  if (b === undefined) {
    const shape = (s as { shape?: object }).shape;
    bentuk.set(s, (b = JSON.stringify([s._zod.def.type, shape ? Object.keys(shape) : null])));
  }
  return b;
}

export class MemoSkemaCache extends MemoSkema {
  private readonly dipakaiCache = new Map<string, Buffer>();
  private baru = false;
  constructor(private readonly lamaCache = new Map<string, Buffer>()) { super(); }
  private static kunciCache(schema: z.ZodType, file: string, basePath: PropertyKey[], value: unknown): string | undefined {
    const j = JSON.stringify(value);
    return j === undefined || basePath.some((k) => typeof k === 'symbol') ? undefined
      : crypto.createHash('sha256').update(`${bentukSkema(schema)}\0${file}\0${JSON.stringify(basePath)}\0`).update(j).digest('base64');
  }
  override ambil(schema: z.ZodType, file: string, basePath: PropertyKey[], value: unknown): { data: unknown } | undefined {
    const k = MemoSkemaCache.kunciCache(schema, file, basePath, value);
    const b = k === undefined ? undefined : this.lamaCache.get(k) ?? this.dipakaiCache.get(k);
    if (!b) return undefined;
    this.dipakaiCache.set(k!, b);
    return { data: v8.deserialize(b) };
  }
  override simpan(schema: z.ZodType, file: string, basePath: PropertyKey[], value: unknown, data: unknown): void {
    const k = MemoSkemaCache.kunciCache(schema, file, basePath, value);
    if (k === undefined || !polos(data)) return;
    this.dipakaiCache.set(k, v8.serialize(data));
    this.baru = true;
  }
  berubah(): boolean { return this.baru || this.dipakaiCache.size !== this.lamaCache.size; }
  isi(): Buffer { return v8.serialize([...this.dipakaiCache]); }
}

const kunciMemo = (konten: string) => crypto.createHash('sha256').update(`sakip-skema-1\0${sidikAlat()}\0${path.resolve(konten)}`).digest('hex');

export function bukaMemoSkemaCache(cache: Cache, konten: string): MemoSkemaCache {
  const b = cache.ambil(kunciMemo(konten), FORMAT);
  try {
    const isi = b && v8.deserialize(b) as unknown;
    if (Array.isArray(isi) && isi.every((e) => Array.isArray(e) && typeof e[0] === 'string' && e[1] instanceof Uint8Array)) {
      return new MemoSkemaCache(new Map((isi as [string, Uint8Array][]).map(([k, x]) => [k, Buffer.from(x.buffer, x.byteOffset, x.byteLength)])));
    }
  } catch { /* validated again */ }
  return new MemoSkemaCache();
}

export function simpanMemoSkemaCache(cache: Cache, konten: string, m: MemoSkemaCache): void {
  if (m.berubah()) cache.simpan(kunciMemo(konten), FORMAT, m.isi());
}
