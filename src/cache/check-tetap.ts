// Whole-check entry of the build cache (issue 15): when nothing `sakip check` reads changed since a check stored
// here (every content file, the shared registries, every template, the working directory its diagnostics are
// relative to, the tool's fingerprint: the whole-build key of src/cache/manifest.ts for the command `check`), its
// diagnostics and the count of content files read are answered without loading anything. A damaged entry misses.
import type { Diagnostic } from '../validate/diagnostics.ts';
import { kunciBuild } from './manifest.ts';
import type { Cache } from './simpanan.ts';

const FORMAT = 'check';
export interface CheckTetap { diagnostics: Diagnostic[]; dibaca: number }

export const kunciCheck = (konten: string, templat?: string): string => kunciBuild({ konten, templat, perintah: 'check' });

export function ambilCheck(cache: Cache, kunci: string): CheckTetap | undefined {
  const b = cache.ambil(kunci, FORMAT);
  if (!b) return undefined;
  try {
    const isi = JSON.parse(Buffer.from(b).toString('utf8')) as CheckTetap;
    return Array.isArray(isi.diagnostics) && Number.isInteger(isi.dibaca) ? isi : undefined;
  } catch { return undefined; }
}

export function simpanCheck(cache: Cache, kunci: string, isi: CheckTetap): void {
  cache.simpan(kunci, FORMAT, Buffer.from(JSON.stringify(isi), 'utf8'));
}
