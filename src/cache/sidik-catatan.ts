// The file part of the tool's fingerprints (src/cache/sidik.ts), kept by `npm run compile` beside tsc's output
// (dist/.sidik-alat.json) so that a build does not read and hash the code tree, fonts and library list (~6 MB,
// ~35 ms) again. A kept digest holds only while every file it covers has the size, mtime and ctime recorded and
// the listings it starts with (fonts, code tree) name the same files; otherwise the files are hashed as before:
// tsx running src/ (no record there), dist/ edited or copied by hand, libraries reinstalled, another font.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { bacaBiasa } from '../load/baca-biasa.ts';

export const CATATAN = '.sidik-alat.json';
/** Path under the root, size (-1: missing), mtime and ctime in ms. */
type Stat = [string, number, number, number];
interface Catatan { versi: 1; jenis: Record<string, { berkas: Stat[]; isi: string }> }

/** `f` under `root` (both absolute and normalised; path.relative costs ~50 µs a call). */
const relatif = (root: string, f: string) => (f.startsWith(root + path.sep) ? f.slice(root.length + 1) : path.relative(root, f));

function stat(root: string, f: string): Stat {
  const rel = relatif(root, f);
  const s = fs.statSync(f, { throwIfNoEntry: false });
  return s ? [rel, s.size, s.mtimeMs, s.ctimeMs] : [rel, -1, 0, 0];
}

/** Digest of the files' paths (under `root`) and bytes; a missing file counts as such. */
export function isiBerkas(root: string, berkas: string[]): string {
  const h = crypto.createHash('sha256');
  for (const f of berkas) {
    h.update(`${relatif(root, f)}\0`);
    try { h.update(bacaBiasa(f)); } catch { h.update('(tidak ada)'); }
    h.update('\0');
  }
  return h.digest('hex');
}

const dibaca = new Map<string, Catatan | undefined>();
function baca(code: string): Catatan | undefined {
  if (!dibaca.has(code)) {
    let c: Catatan | undefined;
    try { c = JSON.parse(fs.readFileSync(path.join(code, CATATAN), 'utf8')) as Catatan; } catch { c = undefined; }
    dibaca.set(code, c?.versi === 1 ? c : undefined);
  }
  return dibaca.get(code);
}

/** The kept digest of `jenis`, when the record in `code` holds it, its file list starts with `awalan` and no file
 *  it covers changed; else undefined (hash the files). */
export function isiTercatat(code: string, root: string, jenis: string, awalan: string[]): string | undefined {
  const j = baca(code)?.jenis[jenis];
  if (!j || j.berkas.length < awalan.length) return undefined;
  for (const [i, f] of awalan.entries()) if (j.berkas[i][0] !== relatif(root, f)) return undefined;
  for (const s of j.berkas) {
    const kini = stat(root, `${root}${path.sep}${s[0]}`);
    if (kini[1] !== s[1] || kini[2] !== s[2] || kini[3] !== s[3]) return undefined;
  }
  return j.isi;
}

/** Writes the record of `code` (run by scripts/compile.mjs once dist/ is complete): each fingerprint's files. */
export function tulisCatatan(code: string, root: string, jenis: Record<string, string[]>): void {
  const c: Catatan = { versi: 1, jenis: {} };
  for (const [nama, berkas] of Object.entries(jenis)) {
    const sebelum = berkas.map((f) => stat(root, f));
    c.jenis[nama] = { berkas: sebelum, isi: isiBerkas(root, berkas) };
    // a file written meanwhile: no record for this fingerprint (hashed at each build)
    if (berkas.some((f, i) => stat(root, f).some((x, k) => x !== sebelum[i][k]))) delete c.jenis[nama];
  }
  fs.writeFileSync(path.join(code, CATATAN), `${JSON.stringify(c)}\n`);
  dibaca.delete(code);
}
