// The tool's fingerprints for the build cache: everything besides the content that shapes the outputs. Any change
// to the code concerned (src/ or dist/, whichever runs), the fonts, the installed libraries
// (node_modules/.package-lock.json lists every installed version) or Node (zlib, canvas) gives new keys. The file
// part is taken from the record `npm run compile` keeps in dist/ while its files are unchanged
// (src/cache/sidik-catatan.ts), else hashed: same digest either way.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATATAN, isiBerkas, isiTercatat, tulisCatatan } from './sidik-catatan.ts';

const CODE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'); // src/ or dist/
const ROOT = path.dirname(CODE);

const memo = new Map<string, string>();

/** The relative imports (static and dynamic) of one source file, resolved to paths. */
function impor(f: string): string[] {
  let teks: string;
  try { teks = fs.readFileSync(f, 'utf8'); } catch { return []; }
  return [...teks.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => path.resolve(path.dirname(f), m[1]));
}

/** Files every fingerprint covers: fonts, package.json, the installed libraries' versions. */
function berkasRuntime(): string[] {
  const fonts = path.join(ROOT, 'fonts');
  return [...fs.readdirSync(fonts).sort().map((f) => path.join(fonts, f)), ...['package.json', 'node_modules/.package-lock.json'].map((f) => path.join(ROOT, f))];
}

/** Every file of the code tree (the record itself excepted). A walk by Dirents, not readdirSync's `recursive`: Node 20
 *  builds that list in JavaScript (~20 ms of every build for ~350 files vs ~2 ms, issue 15). */
function berkasKode(): string[] {
  const hasil: string[] = [];
  const jalan = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const f = `${dir}${path.sep}${e.name}`;
      if (e.isDirectory()) jalan(f); else if (e.isFile()) hasil.push(f);
    }
  };
  jalan(CODE);
  const catatan = path.join(CODE, CATATAN);
  return hasil.filter((f) => f !== catatan).sort();
}

/** Every module ./render.ts reaches through relative imports, followed transitively. */
function berkasRender(): string[] {
  const mulai = fileURLToPath(new URL(`./render${path.extname(fileURLToPath(import.meta.url))}`, import.meta.url));
  const seen = new Set<string>([mulai]);
  for (const f of seen) for (const g of impor(f)) seen.add(g);
  return [...seen].sort();
}

/** `awalan`: the file list the record must start with to be used (listings that show an added or removed file). */
function sidik(jenis: string, berkas: () => string[], awalan: () => string[]): string {
  const ada = memo.get(jenis);
  if (ada) return ada;
  const isi = isiTercatat(CODE, ROOT, jenis, awalan()) ?? isiBerkas(ROOT, [...berkasRuntime(), ...berkas()]);
  const hasil = crypto.createHash('sha256')
    .update(`${jenis}\0sakip-cache-2\0${process.version}\0${process.versions.zlib}\0${process.platform}-${process.arch}\0${isi}`).digest('hex');
  memo.set(jenis, hasil);
  return hasil;
}

/** Fingerprint of the whole code tree, fonts, libraries and runtime (for the whole-build entry: load, checks and
 *  compute shape its warnings and models). */
export const sidikAlat = (): string => sidik('alat', berkasKode, () => [...berkasRuntime(), ...berkasKode()]);

/** Fingerprint of what turns a document model into bytes: every module ./render.ts reaches, plus fonts, libraries
 *  and runtime. Code that runs before the model (load, checks, compute, templates) is covered by the model itself. */
export const sidikRender = (): string => sidik('render', berkasRender, berkasRuntime);

/** Keeps both fingerprints' file digests in the code tree (scripts/compile.mjs, once dist/ is complete). */
export function catatSidik(): void {
  tulisCatatan(CODE, ROOT, { alat: [...berkasRuntime(), ...berkasKode()], render: [...berkasRuntime(), ...berkasRender()] });
  memo.clear();
}

/** Cache key of one document: its model (the templates' output from the content) under the tool's fingerprint. */
export function kunciDokumen(modelJson: string): string {
  return crypto.createHash('sha256').update(sidikRender()).update('\0').update(modelJson).digest('hex');
}
