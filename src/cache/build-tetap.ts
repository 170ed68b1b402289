// The no-change build (issue 15): the whole-build entry (src/cache/manifest.ts) looked up and answered. The CLI
// calls buildTetap before the pipeline loads, so a build where nothing changed loads neither the document kinds,
// compute, zod nor the pipeline; the pipeline (src/pipeline.ts) calls jawabTetap for every other caller, with the
// key it stores the build under. Progress, outputs written all or nothing (files already holding their bytes left
// alone), the warnings of the cached build. On a CLI miss the pipeline runs with the key hashed here.
import fs from 'node:fs';
import path from 'node:path';
import type { BuildResult, Options } from '../pipeline/opsi.ts';
import type { Progres } from '../progres.ts';
import { writeOutputs } from '../write/write-atomic.ts';
import { keluaranBerubah } from '../write/tulis-berubah.ts';
import { ambilBuild, kunciBuild } from './manifest.ts';
import { bukaCache, type Cache } from './simpanan.ts';

/** The result of an unchanged build (outputs written) as `hasil`; else `kunci`, the key the pipeline then stores
 *  the build under (hashed here once: build() takes it instead of reading and hashing the content again); neither
 *  with --tanpa-cache. `o` must be the options object the pipeline would get: they are part of the key. */
export async function buildTetap(o: Options, progres?: Progres): Promise<{ hasil?: BuildResult; kunci?: string }> {
  if (!o.cache) return {}; // --tanpa-cache
  const kunci = kunciBuild(o);
  const hasil = jawabTetap(o, bukaCache(o.cache), kunci, progres);
  return hasil ? { hasil: await hasil } : { kunci };
}

/** The build cached under `kunci` (kunciBuild(o)) being answered (outputs written), or undefined when there is
 *  none; the look-up itself is synchronous, so a miss goes on at once. */
export function jawabTetap(o: Options, cache: Cache, kunci: string, progres?: Progres): Promise<BuildResult> | undefined {
  const lalu = ambilBuild(cache, kunci);
  return lalu && tulisTetap(o, lalu, progres);
}

async function tulisTetap(o: Options, lalu: NonNullable<ReturnType<typeof ambilBuild>>, progres?: Progres): Promise<BuildResult> {
  await progres?.dokumen?.(lalu.dokumen, lalu.dokumen);
  await writeOutputs(o.keluaran, keluaranBerubah(o.keluaran, lalu.outputs));
  return { diagnostics: lalu.diagnostics, outputs: lalu.outputs, unchanged: 0, dirender: 0, templat: 0 };
}

/** A guess, not the answer: whether an entry of the content folder (hidden ones skipped, as the reader does) is newer
 *  than the cache folder, whose time every build that stores anything moves (new entries). The CLI starts its
 *  preloading worker before the look-up when a miss is likely (an edited file) and after it otherwise (issue 15: a
 *  no-change answer would pay the worker's start, ~0.1 s CPU). Stops at the first newer entry. */
export function kontenLebihBaru(konten: string, cacheDir: string): boolean {
  let sejak: number;
  try { sejak = fs.statSync(cacheDir).mtimeMs; } catch { return false; }
  const baru = (dir: string): boolean => {
    let isi: fs.Dirent[];
    try { isi = fs.readdirSync(dir, { withFileTypes: true }); } catch { return false; }
    return isi.some((e) => {
      if (e.name.startsWith('.') && !e.name.startsWith('..')) return false;
      const f = path.join(dir, e.name);
      try { return fs.statSync(f).mtimeMs > sejak || (e.isDirectory() && baru(f)); } catch { return false; }
    });
  };
  try { return fs.statSync(konten).mtimeMs > sejak || baru(konten); } catch { return false; }
}
