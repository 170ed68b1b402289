// V8 code cache for the CommonJS libraries a build loads (pdfmake, pdfkit, fontkit, …) and the CLI bundle's CommonJS
// chunks (the pipeline, zod, yaml, handlebars …: scripts/bundel.mjs): Node 20 has no module.enableCompileCache, so
// their sources (~100 ms of compiling each in a rebuild, issue 15) are compiled here with
// the cached data of an earlier build, kept in the build cache (`<cache>/kode-v8/`). V8 checks the data against the
// source and its own version and flags and ignores what does not fit (the bytes themselves: a CRC-32 here); the module then runs exactly as Node would
// run it (same wrapper, same require). The main thread, and the CLI's preloading worker (src/pekerja-render.ts,
// given the cache directory as environment data DATA_KODE_V8); the outputs do not depend on it.
import crypto from 'node:crypto';
import fs from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { threadId } from 'node:worker_threads';
import { penggantiModul } from './pustaka-ringan.ts';
import { tundaAes } from './tunda-aes.ts';
import zlib from 'node:zlib';

/** Key of the worker_threads environment data holding the build cache directory for a worker's code cache. */
export const DATA_KODE_V8 = 'sakip-kode-v8';

interface ModulCjs { require(id: string): unknown; filename: string; exports: unknown; paths: string[] }
type Compile = (this: ModulCjs, content: string, filename: string) => unknown;
const M = Module as unknown as { prototype: { _compile: Compile }; wrap(s: string): string; _resolveFilename(r: string, p: ModulCjs, m: boolean, o?: object): string;
  _resolveLookupPaths(r: string, p: ModulCjs): string[] | null; _extensions: object; _cache: object };
const NM = `${path.sep}node_modules${path.sep}`;
/** The CLI bundle's CommonJS chunks (scripts/bundel.mjs: dist/bundel/ beside dist/cli/). A chunk importing an ES
 *  module (the backends) is left to Node's loader: a vm.Script's import() needs an experimental option in Node 20. */
const BUNDEL = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'bundel', path.sep);
const IMPOR_ESM = ['import(', '/* esm */ '].join(''); // as scripts/bundel.mjs writes it (not as one literal: this chunk is no such one)
/** An entry: MAGIC, the CRC-32 of the data (big-endian), the data. CRC-32, not SHA-256: the check is against a damaged
 *  local file, not an attacker (SHA-256 of ~4.8 MB of entries per rebuild, issue 15); an entry of the earlier
 *  format (a SHA-256 first) does not start with MAGIC and is written again. */
const MAGIC = Buffer.from('SKV8');
function kepala(d: Uint8Array): Buffer {
  const h = Buffer.alloc(8);
  MAGIC.copy(h);
  h.writeUInt32BE(zlib.crc32(d), 4);
  return h;
}

/** An entry's name: the file by its identity and times, not its text (hashing ~8 MB of sources cost ~3 % of a
 *  paragraph rebuild's instructions): any write changes its ctime, so a changed source never gets the old data (V8
 *  itself compares only the source's length). Without a stat, the text is hashed. */
function kunci(filename: string, content: string): string {
  const h = crypto.createHash('sha256').update(`${process.version}\0${filename}\0${content.length}\0`);
  const s = fs.statSync(filename, { bigint: true, throwIfNoEntry: false });
  if (s) h.update(`${s.dev}\0${s.ino}\0${s.size}\0${s.mtimeNs}\0${s.ctimeNs}`); else h.update(content);
  return h.digest('hex').slice(0, 40);
}

/** An entry's data when its header holds: V8 checks versions and the source, not the bytes. */
function baca(f: string): Buffer | undefined {
  let isi: Buffer;
  try { isi = fs.readFileSync(f); } catch { return undefined; }
  const d = isi.subarray(8);
  return isi.length > 8 && isi.subarray(0, 4).equals(MAGIC) && zlib.crc32(d) === isi.readUInt32BE(4) ? d : undefined;
}

/** The real module of a replaced file, compiled apart from the one require's cache holds (the stand-in). */
function modulAsli(induk: ModulCjs, content: string, filename: string, compile: Compile): ModulCjs {
  const m = new Module(filename, induk as unknown as Module) as unknown as ModulCjs;
  m.filename = filename;
  m.paths = induk.paths;
  compile.call(m, content, filename);
  return m;
}

/** Installs the hook; returns a function that removes it and writes the data of the modules compiled without it
 *  (call at the end: the data then hold the functions compiled meanwhile; `bundelJuga` false: the libraries'
 *  only); it returns how many it wrote. `bundelDir`: the bundle's directory (with a trailing separator). */
export function pasangKodeV8(cacheDir: string, bundelDir = BUNDEL): (bundelJuga?: boolean) => number {
  const dir = path.join(cacheDir, 'kode-v8');
  tundaAes(); // before pdfkit loads: its AES tables, never used by a build, built only if read (tunda-aes.ts)
  const asli = M.prototype._compile;
  const baru: { f: string; script: vm.Script; bundel: boolean }[] = [];
  M.prototype._compile = function (content, filename) {
    const ganti = penggantiModul(filename); // native inflate for the unicode tries, brotli only if called (pustaka-ringan.ts)
    if (ganti) {
      let m: ModulCjs | undefined;
      this.exports = ganti(() => (m ??= modulAsli(this, content, filename, asli)).exports);
      return undefined;
    }
    const bundel = filename.startsWith(bundelDir);
    if (bundel ? content.includes(IMPOR_ESM) : !filename.includes(NM) || content.includes('import(')) return asli.call(this, content, filename); // a dynamic import: Node's own
    const f = path.join(dir, `${kunci(filename, content)}.bin`);
    const data = baca(f);
    const script = new vm.Script(M.wrap(content), { filename, cachedData: data });
    if (!data || script.cachedDataRejected) baru.push({ f, script, bundel });
    const fn = script.runInThisContext({ displayErrors: true }) as (...a: unknown[]) => unknown;
    const resolve = Object.assign((r: string, o?: object) => M._resolveFilename(r, this, false, o), { paths: (r: string) => M._resolveLookupPaths(r, this) });
    const req = Object.assign((id: string) => this.require(id), { resolve, main: (process as { mainModule?: unknown }).mainModule, extensions: M._extensions, cache: M._cache });
    return fn.call(this.exports, this.exports, req, this, filename, path.dirname(filename));
  };
  return (bundelJuga = true) => {
    M.prototype._compile = asli;
    if (!bundelJuga) baru.splice(0, baru.length, ...baru.filter((b) => !b.bundel));
    if (!baru.length) return 0;
    try { fs.mkdirSync(dir, { recursive: true }); } catch { return 0; }
    let n = 0;
    for (const { f, script } of baru.splice(0)) {
      const tmp = `${f}.${process.pid}-${threadId}.tmp`; // the worker shares the pid
      try {
        const d = script.createCachedData();
        fs.writeFileSync(tmp, Buffer.concat([kepala(d), d]));
        fs.renameSync(tmp, f);
        n++;
      } catch { try { fs.rmSync(tmp, { force: true }); } catch { /* best effort */ } }
    }
    if (n) pangkas(dir);
    return n;
  };
}

/** The oldest entries removed while the directory holds more than MAKS (libraries updated leave the old ones). */
const MAKS = 64 * 1024 * 1024;
export function pangkas(dir: string, maks = MAKS): void {
  try {
    const e = fs.readdirSync(dir).map((n) => ({ f: path.join(dir, n), s: fs.statSync(path.join(dir, n)) })).sort((a, b) => a.s.mtimeMs - b.s.mtimeMs);
    let total = e.reduce((a, x) => a + x.s.size, 0);
    for (const x of e) { if (total <= maks) break; fs.rmSync(x.f, { force: true }); total -= x.s.size; }
  } catch { /* best effort */ }
}
