// Read tracking on the checked content (src/validate/build-content.ts): a view of the Content whose every object
// is a proxy that notes, while a recorder is active, which content file each read value came from (an object with
// `src.file` and everything under it belongs to that file). A keyed table (registries, budgets, Renstra…) notes
// every file of its folder when it is enumerated, missed or keyed by a value inside a file; a registry hit notes
// the entry's own file (a duplicate id is an error, so the hit cannot move unseen). With `jejak`, every primitive
// read (and every key listed) is also hashed: two runs of a deterministic function over content with the same
// trace computed the same thing, whatever files it read. Over-approximation is fine, a missed read is not. Rule for
// compute code: a memo shared between documents or checks must be keyed by the Content object it was handed (each
// recorder gets its own), never by a value object alone, or a hit would hide the reads behind it; or go through
// src/cache/memo-konten.ts (one result per content, its reads noted again for each recorder).
import crypto from 'node:crypto';
import type { Content } from '../validate/build-content.ts';

/** A trace: the pieces hashed in chunks (one hash update per read cost more than the read). Same digest as
 *  hashing every piece in turn. */
export class Jejak {
  private h = crypto.createHash('sha256');
  private buf = '';
  update(s: string): void { this.buf += s; if (this.buf.length > 65536) { this.h.update(this.buf); this.buf = ''; } }
  digest(): string { this.h.update(this.buf); this.buf = ''; return this.h.digest('hex'); }
}
export interface Perekam { berkas: Set<string>; jejak?: Jejak }
let aktif: Perekam | undefined;
/** The files last noted for the active recorder: the same owner read again is not added again. */
let terakhir: readonly string[] | undefined;

/** Runs `f` with `r` noting the reads of tracked content (nested recorders: the inner one only). */
export function rekam<T>(r: Perekam, f: () => T): T {
  const lama = aktif;
  aktif = r;
  terakhir = undefined;
  try { return f(); } finally { aktif = lama; terakhir = undefined; }
}

/** The active recorder (src/cache/memo-konten.ts). */
export const perekamAktif = (): Perekam | undefined => aktif;
/** The object a tracking proxy stands for (undefined for any other value). */
const asliDari = new WeakMap<object, object>();
export const asliLacak = (v: object): object | undefined => asliDari.get(v);

export const catat = (berkas: readonly string[]) => {
  if (!aktif || berkas === terakhir) return;
  for (const f of berkas) aktif.berkas.add(f);
  terakhir = berkas;
};
const teks = (x: unknown) => (x !== null && typeof x === 'object' ? 'o' : `${typeof x}:${String(x)}`);
const jejak = (tag: string, k: unknown, x?: unknown) => { aktif?.jejak?.update(`${tag}\u0001${Array.isArray(k) ? k.join('\u0001') : String(k)}\u0001${teks(x)}\u0002`); };

/** What reads under an object of file `f` note: the file, or for a Markdown file (two parts, src/cache/sidik-konten.ts:
 *  its body sections, and the rest, its front matter) both parts, and each part alone. One set of arrays per file. */
interface Bagian { milik: readonly string[]; isi?: readonly string[]; front?: readonly string[] }
const BAGIAN = new Map<string, Bagian>();
function bagianBerkas(f: string): Bagian {
  let b = BAGIAN.get(f);
  if (!b) {
    b = f.endsWith('.md') ? { milik: [`${f}#front`, `${f}#isi`], isi: [`${f}#isi`], front: [`${f}#front`] } : { milik: [f] };
    BAGIAN.set(f, b);
  }
  return b;
}

const polos = (v: object) => { const p = Object.getPrototypeOf(v); return p === Object.prototype || p === Array.prototype || p === null; };
const fileOf = (v: object): string | undefined => {
  const src = (v as { src?: { file?: unknown } }).src;
  if (src && typeof src === 'object' && typeof src.file === 'string') return src.file;
  const file = (v as { file?: unknown }).file; // a YamlSource itself
  return typeof file === 'string' && typeof (v as { locate?: unknown }).locate === 'function' ? file : undefined;
};

/** Tracked view of `c`. `folder(top)`: every content file of a top folder ("orang", "anggaran", "pk"…), for the
 *  tables keyed by what is inside files. One call = one set of proxies: memos keyed by content objects
 *  (src/compute/lkip.ts) are not shared with other calls, so a memo hit never hides a read from a recorder. */
export function lacakKonten(c: Content, folder: (top: string) => readonly string[]): Content {
  const proxies = new WeakMap<object, object>();
  const semua = (top: string) => folder(top);
  const bungkus = (v: unknown, pemilik: readonly string[]): unknown => {
    if (v === null || typeof v !== 'object') return v;
    if (v instanceof Map) return peta(v, pemilik);
    if (!polos(v)) { jejak('x', JSON.stringify(v) ?? String(v), ''); return v; } // never met in checked content; its value in the trace
    const f = fileOf(v);
    const b = f === undefined ? undefined : bagianBerkas(f);
    const milik = b ? b.milik : pemilik;
    // a whole subtree of one file, read without a trace: that file noted once, the subtree itself (no proxy cost)
    if (milik.length === 1 && aktif && !aktif.jejak) { catat(milik); return v; }
    let p = proxies.get(v);
    if (p) return p;
    const bagian = (k: string) => (!b?.isi ? milik : k === 'sections' || k === 'headings' ? b.isi : b.front!);
    p = new Proxy(v, {
      get(t, k, r) {
        const x = Reflect.get(t, k, r);
        if (typeof k === 'symbol') return x;
        let anak = bagian(k);
        catat(anak);
        if (t === (c as object) && k === 'logo') catat((anak = semua('*logo'))); // the logo: instansi.yaml and the image
        if (typeof x === 'function') return x;
        const d = Object.getOwnPropertyDescriptor(t, k);
        if (x === null || typeof x !== 'object') { if (d) jejak('g', k, x); return x; }
        jejak('g', k, x);
        return d && !d.configurable && !d.writable ? x : bungkus(x, anak);
      },
      has(t, k) { catat(milik); const r = Reflect.has(t, k); jejak('h', String(k), r); return r; },
      ownKeys(t) { catat(milik); const r = Reflect.ownKeys(t); jejak('k', r.map(String), r.length); return r; },
      getOwnPropertyDescriptor(t, k) { catat(milik); return Reflect.getOwnPropertyDescriptor(t, k); },
    });
    proxies.set(v, p);
    asliDari.set(p, v);
    return p;
  };
  // Content's tables: registries by id, the others keyed by values inside their files or by folder names
  const TOP: Record<string, { top: string; registri: boolean }> = {
    orang: { top: 'orang', registri: true }, jabatan: { top: 'jabatan', registri: true }, dasarHukum: { top: 'dasar-hukum', registri: true },
    indikator: { top: 'indikator', registri: true }, anggaran: { top: 'anggaran', registri: false }, renstra: { top: 'renstra', registri: false },
    iku: { top: 'iku', registri: false }, renstraDok: { top: 'renstra', registri: false }, modul: { top: '', registri: false },
  };
  const petaNama = new Map<Map<unknown, unknown>, string>();
  for (const [k, v] of Object.entries(c)) if (v instanceof Map) petaNama.set(v, k);
  function peta(m: Map<unknown, unknown>, pemilik: readonly string[]): unknown {
    let p = proxies.get(m);
    if (p) return p;
    const nama = petaNama.get(m);
    const info = nama ? TOP[nama] : undefined;
    // a table of the checked content: its folder's files (modul: every kind folder); another Map: its owner's
    const semuaBerkas = info ? (info.top ? semua(info.top) : semua('*modul')) : pemilik;
    const seluruh = () => semuaBerkas;
    const satu = (k: unknown, x: unknown) => {
      if (x === undefined || !info?.registri) catat(seluruh());
      else { const f = fileOf(x as object); catat(f && !f.endsWith('.md') ? [f] : seluruh()); }
    };
    const cara: Record<string, (...a: unknown[]) => unknown> = {
      get: (k) => { const x = m.get(k); satu(k, x); jejak('mg', k, x === undefined); return bungkus(x, seluruh()); },
      has: (k) => { const x = m.get(k); satu(k, x); jejak('mh', k, m.has(k)); return m.has(k); },
      keys: () => { catat(seluruh()); jejak('mk', [...m.keys()], m.size); return m.keys(); },
      values: () => { catat(seluruh()); jejak('mk', [...m.keys()], m.size); return [...m.values()].map((x) => bungkus(x, seluruh()))[Symbol.iterator](); },
      entries: () => cara[Symbol.iterator as unknown as string](),
      forEach: (f, self) => { for (const [k, x] of cara.entries() as Iterable<[unknown, unknown]>) (f as (x: unknown, k: unknown, m: unknown) => void).call(self, x, k, p); },
      [Symbol.iterator as unknown as string]: () => { catat(seluruh()); jejak('mk', [...m.keys()], m.size); return [...m].map(([k, x]) => [k, bungkus(x, seluruh())])[Symbol.iterator](); },
    };
    p = new Proxy(m, {
      get(t, k) {
        if (k === 'size') { catat(seluruh()); jejak('ms', t.size); return t.size; }
        if (k in cara) return cara[k as string];
        const x = Reflect.get(t, k, t);
        return typeof x === 'function' ? x.bind(t) : x; // set/delete: content is not modified after validation
      },
    });
    proxies.set(m, p);
    return p;
  }
  return bungkus(c, []) as Content;
}
