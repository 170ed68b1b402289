// Schema results of a watching process (src/cli/pantau.ts): the output of a schema over one file's value that gave
// no diagnostic, by schema object, file, path and the value's JSON, so a rebuild validates only edited files. A
// result with any diagnostic is never kept (its positions follow the file's text, not its value). Each use hands
// out a copy (structuredClone keeps undefined members and key order): no build shares objects with another.
import crypto from 'node:crypto';
import type { z } from 'zod';

const polos = (v: unknown): boolean => v === null || typeof v !== 'object' ? typeof v !== 'function' && typeof v !== 'symbol' && typeof v !== 'bigint'
  : (Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype) && Object.values(v).every(polos);

export class MemoSkema {
  private dipakai = new WeakMap<z.ZodType, Map<string, unknown>>();
  constructor(private lama = new WeakMap<z.ZodType, Map<string, unknown>>()) {}
  private static kunci(file: string, basePath: PropertyKey[], value: unknown): string | undefined {
    const j = JSON.stringify(value);
    return j === undefined || basePath.some((k) => typeof k === 'symbol') ? undefined
      : crypto.createHash('sha256').update(`${file}\0${JSON.stringify(basePath)}\0`).update(j).digest('base64');
  }
  ambil(schema: z.ZodType, file: string, basePath: PropertyKey[], value: unknown): { data: unknown } | undefined {
    const k = MemoSkema.kunci(file, basePath, value);
    if (k === undefined) return undefined;
    const m = this.lama.get(schema) ?? this.dipakai.get(schema);
    if (!m?.has(k)) return undefined;
    const data = m.get(k);
    this.tetap(schema).set(k, data);
    return { data: structuredClone(data) };
  }
  simpan(schema: z.ZodType, file: string, basePath: PropertyKey[], value: unknown, data: unknown): void {
    const k = MemoSkema.kunci(file, basePath, value);
    if (k !== undefined && polos(data)) this.tetap(schema).set(k, structuredClone(data));
  }
  /** The memo for the next build: this build's results only. */
  berikut(): MemoSkema { return new MemoSkema(this.dipakai); }
  private tetap(schema: z.ZodType): Map<string, unknown> {
    let m = this.dipakai.get(schema);
    if (!m) this.dipakai.set(schema, (m = new Map()));
    return m;
  }
}

let aktif: MemoSkema | undefined;
/** Installs (or removes) the memo for the following checks (src/validate/check-schema.ts reads it). */
export const pakaiMemoSkema = (m: MemoSkema | undefined): void => { aktif = m; };
export const memoSkema = (): MemoSkema | undefined => aktif;
