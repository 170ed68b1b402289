// The tool's fingerprint for the build cache: everything besides the document model that shapes the rendered
// bytes. Conservative on purpose: any change to our code (src/ or dist/, whichever runs), the fonts, the installed
// libraries (node_modules/.package-lock.json lists every installed version) or Node (zlib, canvas) gives new keys.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CODE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'); // src/ or dist/
const ROOT = path.dirname(CODE);

let memo: string | undefined;

/** Hex digest of the code tree, fonts, installed libraries, package version and runtime (once per process). */
export function sidikAlat(): string {
  if (memo) return memo;
  const h = crypto.createHash('sha256');
  h.update(`sakip-cache-1\0${process.version}\0${process.versions.zlib}\0${process.platform}-${process.arch}\0`);
  const tambah = (f: string) => {
    h.update(`${path.relative(ROOT, f)}\0`);
    try { h.update(fs.readFileSync(f)); } catch { h.update('(tidak ada)'); }
    h.update('\0');
  };
  const pohon = (dir: string) => fs.readdirSync(dir, { recursive: true }).map(String).sort()
    .map((f) => path.join(dir, f)).filter((f) => fs.statSync(f).isFile()).forEach(tambah);
  pohon(CODE);
  pohon(path.join(ROOT, 'fonts'));
  for (const f of ['package.json', 'node_modules/.package-lock.json']) tambah(path.join(ROOT, f));
  memo = h.digest('hex');
  return memo;
}

/** Cache key of one document: its model (the templates' output from the content) under the tool's fingerprint. */
export function kunciDokumen(modelJson: string): string {
  return crypto.createHash('sha256').update(sidikAlat()).update('\0').update(modelJson).digest('hex');
}
