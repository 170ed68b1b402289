// The tool's fingerprints for the build cache: everything besides the content that shapes the outputs. Any change
// to the code concerned (src/ or dist/, whichever runs), the fonts, the installed libraries
// (node_modules/.package-lock.json lists every installed version) or Node (zlib, canvas) gives new keys.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CODE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'); // src/ or dist/
const ROOT = path.dirname(CODE);

const memo = new Map<string, string>();

/** The relative imports (static and dynamic) of one source file, resolved to paths. */
function impor(f: string): string[] {
  let teks: string;
  try { teks = fs.readFileSync(f, 'utf8'); } catch { return []; }
  return [...teks.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => path.resolve(path.dirname(f), m[1]));
}

function runtime(h: crypto.Hash, tambah: (f: string) => void): void {
  h.update(`sakip-cache-1\0${process.version}\0${process.versions.zlib}\0${process.platform}-${process.arch}\0`);
  const fonts = path.join(ROOT, 'fonts');
  for (const f of fs.readdirSync(fonts).sort()) tambah(path.join(fonts, f));
  for (const f of ['package.json', 'node_modules/.package-lock.json']) tambah(path.join(ROOT, f));
}

function sidik(jenis: string, berkas: () => string[]): string {
  const ada = memo.get(jenis);
  if (ada) return ada;
  const h = crypto.createHash('sha256').update(`${jenis}\0`);
  const tambah = (f: string) => {
    h.update(`${path.relative(ROOT, f)}\0`);
    try { h.update(fs.readFileSync(f)); } catch { h.update('(tidak ada)'); }
    h.update('\0');
  };
  runtime(h, tambah);
  berkas().forEach(tambah);
  const hasil = h.digest('hex');
  memo.set(jenis, hasil);
  return hasil;
}

/** Fingerprint of the whole code tree, fonts, libraries and runtime (for the whole-build entry: load, checks and
 *  compute shape its warnings and models). */
export const sidikAlat = (): string => sidik('alat', () => fs.readdirSync(CODE, { recursive: true }).map(String).sort()
  .map((f) => path.join(CODE, f)).filter((f) => fs.statSync(f).isFile()));

/** Fingerprint of what turns a document model into bytes: every module ./render.ts reaches through relative
 *  imports (the backends, the model helpers), followed transitively, plus fonts, libraries and runtime. Code that
 *  runs before the model (load, checks, compute, templates) is covered by the model itself. */
export const sidikRender = (): string => sidik('render', () => {
  const mulai = fileURLToPath(new URL(`./render${path.extname(fileURLToPath(import.meta.url))}`, import.meta.url));
  const seen = new Set<string>([mulai]);
  for (const f of seen) for (const g of impor(f)) seen.add(g);
  return [...seen].sort();
});

/** Cache key of one document: its model (the templates' output from the content) under the tool's fingerprint. */
export function kunciDokumen(modelJson: string): string {
  return crypto.createHash('sha256').update(sidikRender()).update('\0').update(modelJson).digest('hex');
}
