// load -> validate -> compute -> render -> (write). Plain data between stages; only load and write do I/O.
// The stages are in src/pipeline/: check and models (periksa.ts), their cached forms (periksa-memo.ts,
// model-dokumen.ts), rendering to bytes (render-semua.ts); this file runs them in order for a build.
import { isMainThread } from 'node:worker_threads';
import { bagiDokumen } from './bagian.ts';
import { jawabTetap } from './cache/build-tetap.ts';
import { kunciBuild, simpanBuild } from './cache/manifest.ts';
import { bukaCache } from './cache/simpanan.ts';
import { KolamPekerja } from './pekerja.ts';
import { intiLuang } from './pramuat.ts';
import type { Progres } from './progres.ts';
import { writeOutputs } from './write/write-atomic.ts';
import { keluaranBerubah } from './write/tulis-berubah.ts';
import type { BuildMemory, BuildResult, Options } from './pipeline/opsi.ts';
import { bukaDeps } from './pipeline/periksa-memo.ts';
import { renderSemua } from './pipeline/render-semua.ts';
import { sebelumRender } from './pipeline/sebelum-render.ts';

export type { BuildMemory, BuildResult, Format, Options } from './pipeline/opsi.ts';
export { check, checkAll, models, selectJobs } from './pipeline/periksa.ts';

/** What the CLI did before this module loaded (src/cli/perintah.ts): `kunci`, the whole-build key under which the
 *  cache held nothing (src/cache/build-tetap.ts); `pramuat`, a preloading worker (src/cli/pramuat-awal.ts), kept
 *  where this build would start one itself (below), stopped otherwise. */
export interface SiapCli { kunci?: string; pramuat?: KolamPekerja }

export async function build(o: Options, memory?: BuildMemory, progres?: Progres, siap: SiapCli = {}): Promise<BuildResult> {
  const pramuat: { p?: KolamPekerja } = { p: siap.pramuat }; // a worker loading the backends early (below), stopped whatever the build's end
  try { return await bangun(o, memory, progres, pramuat, siap.kunci); } finally { await pramuat.p?.tutup(); }
}

async function bangun(o: Options, memory: BuildMemory | undefined, progres: Progres | undefined, pramuat: { p?: KolamPekerja }, kunciCli?: string): Promise<BuildResult> {
  const cache = o.cache ? bukaCache(o.cache) : undefined;
  // nothing read by this build changed since a cached one: its outputs and warnings as they were (src/cache/build-tetap.ts);
  // the key is hashed before the content loads (by the CLI, which looked it up already), the build stored under it below
  const kunciSemua = cache && !memory ? kunciCli ?? kunciBuild(o) : undefined;
  const lalu = kunciSemua && !kunciCli ? jawabTetap(o, cache!, kunciSemua, progres) : undefined;
  if (lalu) return await lalu;
  const deps = bukaDeps(o.konten, cache, memory); // src/cache/view-deps.ts, cek-deps.ts
  // a CLI rebuild of content built before (most likely a few documents to render): a worker thread loads the PDF
  // backend (else the DOCX's) while this thread checks and computes, when a core is free (issue 15; src/pramuat.ts)
  const rebuild = kunciSemua && isMainThread && (o.pekerja ?? 1) <= 1 && deps?.memo.adaLama();
  if (!rebuild && pramuat.p) { void pramuat.p.tutup(); pramuat.p = undefined; }
  if (rebuild && !pramuat.p && intiLuang()) pramuat.p = new KolamPekerja(1, [o.format.includes('pdf') ? 'pdf' : 'docx']);
  const { diagnostics, docs: r, templat } = sebelumRender(o, cache, memory, progres, deps); // checks, models, cross-references
  if (!r) return { diagnostics, outputs: [], unchanged: 0 }; // the backends load only when something is rendered (src/cache/render.ts)
  const share = o.bagian && bagiDokumen(r.map((d) => ({ jalur: `${d.job.jenis}/${d.job.tahun}/${d.job.slug}`, bobot: d.ringkas.panjang })), o.bagian.dari);
  const docs = share ? r.filter((_, i) => share[i] === o.bagian!.ke) : r;
  const g = await renderSemua(docs, o, cache, memory, progres, pramuat);
  if ('code' in g) return { diagnostics: [...diagnostics, g], outputs: [], unchanged: 0 };
  // all or nothing (src/write/write-atomic.ts), files already holding their bytes left alone; GagalTulis when refused
  await writeOutputs(o.keluaran, keluaranBerubah(o.keluaran, g.outputs));
  if (kunciSemua) simpanBuild(cache!, kunciSemua, diagnostics, o.format, g.outputs, g.kunci);
  cache?.tulis(); // only after the outputs are in place: a refused write leaves nothing new behind
  if (memory) { memory.clear(); for (const [k, v] of g.seen) memory.set(k, v); }
  return { diagnostics, outputs: g.outputs, unchanged: g.unchanged, dirender: g.dirender, templat };
}
