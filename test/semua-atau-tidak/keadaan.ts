// Helpers of the all-or-nothing tests: the state of an output directory (relative path -> sha1), its staging
// leftovers, and file systems that fail from a given call on.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { SISTEM, type Sistem } from '../../src/write/sistem.ts';

export type Keadaan = Record<string, string>;

/** The build cache a CLI build keeps under the output directory (src/cache/): not part of the output set. */
const CACHE = /^\.sakip-cache(\/|$)/;

/** Every regular file under `dir` (staging directories included, so that a leftover shows; the build cache left
 *  out), with its hash. */
export function keadaan(dir: string): Keadaan {
  const out: Keadaan = {};
  if (!fs.existsSync(dir)) return out;
  for (const f of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((x) => !CACHE.test(x.split(path.sep).join('/'))).sort()) {
    const p = path.join(dir, f);
    if (fs.statSync(p).isFile()) out[f.split(path.sep).join('/')] = crypto.createHash('sha1').update(fs.readFileSync(p)).digest('hex');
  }
  return out;
}

/** Staging directories, temporary files and output locks (src/write/kunci.ts) the writer left under `dir` (the
 *  build cache's own are its matter). */
export const sisa = (dir: string) => fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => !CACHE.test(f) && /\.sakip-staging-|\.sakip-kunci|\.tmp$/.test(f)) : [];

const MENULIS = ['mkdirSync', 'openSync', 'writeSync', 'fsync', 'fsyncSync', 'renameSync', 'linkSync', 'copyFileSync', 'unlinkSync', 'rmSync'] as const;
const galat = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

/**
 * A file system that fails from its `mulai`-th call of the methods in `kena` on (calls counted over those methods):
 * - 'penuh': those calls throw ENOSPC (a disk that stays full; deletes and renames still work);
 * - 'hanya-baca': every mutating call throws EROFS;
 * - 'mati': every call of any kind throws: the disk as a process killed at that call leaves it.
 * `hitung()` tells how many counted calls a run made.
 */
export function sistemGagal(mulai: number, mode: 'penuh' | 'hanya-baca' | 'mati'): Sistem & { hitung(): number } {
  const kena: readonly string[] = mode === 'penuh' ? ['openSync', 'writeSync', 'mkdirSync', 'linkSync', 'copyFileSync', 'fsync', 'fsyncSync'] : MENULIS;
  let n = 0, mati = false;
  const sys = { hitung: () => n } as Sistem & { hitung(): number };
  for (const nama of Object.keys(SISTEM) as (keyof Sistem)[]) {
    const asli = SISTEM[nama] as (...a: unknown[]) => unknown;
    (sys as unknown as Record<string, unknown>)[nama] = (...a: unknown[]) => {
      if (mati) throw galat('EKILLED');
      if (kena.includes(nama) && n++ >= mulai) {
        if (mode === 'mati') { mati = true; throw galat('EKILLED'); }
        if (mode === 'penuh' && nama === 'openSync' && !/w/.test(String(a[1]))) return asli(...a);
        throw galat(mode === 'penuh' ? 'ENOSPC' : 'EROFS');
      }
      return asli(...a);
    };
  }
  return sys;
}
