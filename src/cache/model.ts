// Model cache: what a build needs of a document's model when the model itself is not rendered again — its render
// cache key (src/cache/sidik.ts), the length of its JSON (bagian weights) and the caption labels the
// cross-reference check reads (src/validate/checks/rujukan.ts) — keyed by everything the templates turn into that
// model: the job's view, its labels, the options and document identity the id mark hashes, every template text
// and the tool's fingerprint. A hit skips the templates for that document; when its bytes must be rendered after
// all, the build runs the templates for it (never a model read back from disk). Entries live in the build cache
// directory (format "model", verified on read) and, for a watching process, in memory with the model itself.
import crypto from 'node:crypto';
import type { DocJob } from '../documents.ts';
import type { DocModel } from '../render/model.ts';
import { sidikAlat } from './sidik.ts';
import type { Cache } from './simpanan.ts';

const FORMAT = 'model';
export interface RingkasModel { kunci: string; panjang: number; label: string[] }
/** Kept in memory by a watching build: the summary and, once built, the model. */
export interface ModelTersimpan extends RingkasModel { model?: DocModel }
export type MemoriModel = Map<string, ModelTersimpan>;

/** A view that JSON cannot describe exactly (a Map, a function, a class without toJSON): never cached. */
class BukanData extends Error {}

/** JSON of a view that keeps what plain JSON loses: `undefined` members (strict templates tell a missing member
 *  from an undefined one) and the class of a value written through its toJSON (a Decimal is not its string). */
export function jsonView(view: unknown): string | undefined {
  try {
    return JSON.stringify(view, function (this: Record<string, unknown>, key, value: unknown) {
      if (value === undefined) return '\u0000u';
      if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') throw new BukanData();
      const asli = this[key];
      if (asli === null || typeof asli !== 'object') return value;
      const proto = Object.getPrototypeOf(asli);
      if (proto === Object.prototype || proto === Array.prototype || proto === null) return value;
      if (typeof (asli as { toJSON?: unknown }).toJSON === 'function' && typeof value === 'string') return `\u0000${(asli as object).constructor.name}:${value}`;
      throw new BukanData();
    });
  } catch (e) {
    if (e instanceof BukanData) return undefined;
    throw e;
  }
}

/** Hash of every template text (a partial may be reached from any document). */
export function sidikTemplat(templates: Record<string, string>): string {
  const h = crypto.createHash('sha256');
  for (const [nama, teks] of Object.entries(templates).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) h.update(`${nama}\0${teks}\0`);
  return h.digest('hex');
}

/** Hash of a view's jsonView, or undefined when it cannot be keyed. */
export function sidikView(view: unknown): string | undefined {
  const j = jsonView(view);
  return j === undefined ? undefined : crypto.createHash('sha256').update(j).digest('hex');
}

/** Key of a job's model from the hash of its view (sidikView), or undefined when its view cannot be keyed.
 *  `identitas`: options and the id mark's inputs. */
export function kunciModel(job: DocJob, templat: string, identitas: object, view: string | undefined): string | undefined {
  if (view === undefined) return undefined;
  const label = jsonView(job.label ?? null);
  if (label === undefined) return undefined;
  return crypto.createHash('sha256').update(`sakip-model-2\0${sidikAlat()}\0${templat}\0`)
    .update(JSON.stringify([job.jenis, job.tahun, job.slug, job.template, identitas])).update('\0').update(label).update('\0').update(view).digest('hex');
}

/** The entry under `kunci` from memory or the cache directory; undefined when missing or damaged. */
export function ambilModel(kunci: string, memori?: MemoriModel, cache?: Cache): ModelTersimpan | undefined {
  const m = memori?.get(kunci);
  if (m) return m;
  const b = cache?.ambil(kunci, FORMAT);
  if (!b) return undefined;
  try {
    const r = JSON.parse(Buffer.from(b).toString('utf8')) as RingkasModel;
    if (typeof r.kunci !== 'string' || typeof r.panjang !== 'number' || !Array.isArray(r.label) || !r.label.every((l) => typeof l === 'string')) return undefined;
    return { kunci: r.kunci, panjang: r.panjang, label: r.label };
  } catch { return undefined; }
}

export function simpanModel(kunci: string, isi: ModelTersimpan, memori?: MemoriModel, cache?: Cache): void {
  memori?.set(kunci, isi);
  cache?.simpan(kunci, FORMAT, Buffer.from(JSON.stringify({ kunci: isi.kunci, panjang: isi.panjang, label: isi.label }), 'utf8'));
}
