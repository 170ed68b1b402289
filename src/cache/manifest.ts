// Whole-build entry of the build cache: when nothing a build reads changed (every content file, every template,
// the options, the working directory its diagnostics are relative to, and the tool's fingerprint), the build
// skips load, checks, compute and templates: its warnings and the cache keys of its outputs are read back, the
// bytes come from the document entries (verified as always), and the outputs are written as usual. Any miss or
// damaged entry falls back to the full build.
import crypto from 'node:crypto';
import { TEMPLATES_DIR } from '../load/read-templates.ts';
import { bersamaPemda } from '../pemda/akar.ts';
import type { Diagnostic } from '../validate/diagnostics.ts';
import { jelajah } from './jelajah.ts';
import { sidikAlat } from './sidik.ts';
import type { Cache } from './simpanan.ts';

const FORMAT = 'build';
interface Isi { diagnostics: Diagnostic[]; dokumen: number; outputs: { path: string; kunci: string; format: string }[] }

/** Hashes every file under `dir` with its path, walked as the content reader walks (src/cache/jelajah.ts). */
function pohon(h: crypto.Hash, dir: string, lewatiTersembunyi: boolean): void {
  jelajah(dir, lewatiTersembunyi, (rel, _, isi) => { h.update(`${rel}\0`).update(isi).update('\0'); });
}

/** Key of a whole build with these options (the cache directory itself excepted); `perintah` keys another command
 *  reading the same files (src/cache/check-tetap.ts). */
export function kunciBuild(o: { konten: string; templat?: string; cache?: string; perintah?: 'check' }): string {
  const h = crypto.createHash('sha256').update(sidikAlat()).update('\0');
  h.update(JSON.stringify({ ...o, cache: undefined, cwd: process.cwd() })).update('\0');
  pohon(h, o.konten, true);
  const bersama = bersamaPemda(o.konten); // an agency of a Pemda also reads the shared registries (src/pemda/)
  if (bersama) { h.update('\0bersama\0'); pohon(h, bersama, true); }
  h.update('\0templat\0');
  pohon(h, o.templat ?? TEMPLATES_DIR, false);
  return h.digest('hex');
}

/** The outputs and warnings of an unchanged build, or undefined when any part is missing or damaged. */
export function ambilBuild(cache: Cache, kunci: string): { diagnostics: Diagnostic[]; dokumen: number; outputs: { path: string; bytes: Uint8Array }[] } | undefined {
  const b = cache.ambil(kunci, FORMAT);
  if (!b) return undefined;
  let isi: Isi;
  try { isi = JSON.parse(Buffer.from(b).toString('utf8')) as Isi; } catch { return undefined; }
  const outputs: { path: string; bytes: Uint8Array }[] = [];
  for (const o of isi.outputs) {
    const bytes = cache.ambil(o.kunci, o.format);
    if (!bytes) return undefined;
    outputs.push({ path: o.path, bytes });
  }
  return { diagnostics: isi.diagnostics, dokumen: isi.dokumen, outputs };
}

/** Keeps a finished build: its warnings, and for each document (key in `kunci`, same order) its outputs. */
export function simpanBuild(cache: Cache, kunci: string, diagnostics: Diagnostic[], format: string[], outputs: { path: string }[], kunciDok: string[]): void {
  const per = ['pdf', 'docx'].filter((f) => format.includes(f)); // the build loop's order for every document
  const isi: Isi = { diagnostics, dokumen: kunciDok.length, outputs: outputs.map((o, i) => ({ path: o.path, kunci: kunciDok[Math.floor(i / per.length)], format: per[i % per.length] })) };
  cache.simpan(kunci, FORMAT, Buffer.from(JSON.stringify(isi), 'utf8'));
}
