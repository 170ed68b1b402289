// The no-change CLI build answered before the pipeline loads (issue 15): the whole-build entry
// (src/cache/manifest.ts) is looked up from this small module, so a build where nothing changed loads neither the
// document kinds, compute, zod nor the pipeline. Same steps as the pipeline's own look-up (src/pipeline.ts, which
// still runs it for every other caller): progress, outputs written all or nothing (files already holding their bytes
// left alone), the warnings of the cached build. On a miss the CLI runs the pipeline, which looks again (a few ms).
import type { BuildResult, Options } from '../pipeline.ts';
import type { Progres } from '../progres.ts';
import { writeOutputs } from '../write/write-atomic.ts';
import { keluaranBerubah } from '../write/tulis-berubah.ts';
import { ambilBuild, kunciBuild } from './manifest.ts';
import { bukaCache } from './simpanan.ts';

/** The result of an unchanged build (outputs written), or undefined when the pipeline must run. `o` must be the
 *  options object the pipeline would get: they are part of the key. */
export async function buildTetap(o: Options, progres?: Progres): Promise<BuildResult | undefined> {
  if (!o.cache) return undefined; // --tanpa-cache
  const lalu = ambilBuild(bukaCache(o.cache), kunciBuild(o));
  if (!lalu) return undefined;
  await progres?.dokumen?.(lalu.dokumen, lalu.dokumen);
  await writeOutputs(o.keluaran, keluaranBerubah(o.keluaran, lalu.outputs));
  return { diagnostics: lalu.diagnostics, outputs: lalu.outputs, unchanged: 0, dirender: 0, templat: 0 };
}
