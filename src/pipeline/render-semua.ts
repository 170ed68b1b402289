// The build's documents rendered to bytes, in order: unchanged ones (a watching build) skipped, cached bytes taken,
// the others rendered in this thread, by the preloading worker or by a pool (--pekerja). Nothing written here but
// the PDFs of a small watching rebuild, written as soon as each is rendered.
import path from 'node:path';
import { renderBertahap, renderDokumen, type Bertahap, type Perender } from '../cache/render.ts';
import type { Dok } from '../cache/model-build.ts';
import type { Cache } from '../cache/simpanan.ts';
import type { DocJob } from '../documents.ts';
import { rapikan } from '../memori.ts';
import { KolamPekerja } from '../pekerja.ts';
import { perenderPramuat } from '../pramuat.ts';
import type { Progres } from '../progres.ts';
import type { Diagnostic } from '../validate/diagnostics.ts';
import { allExist, writeOutputs, type Output } from '../write/write-atomic.ts';
import { keluaranBerubah } from '../write/tulis-berubah.ts';
import type { BuildMemory, Options } from './opsi.ts';
import { galatTemplat } from './periksa.ts';

/** At most this many documents to render: a watching rebuild writes their PDFs before rendering their DOCX (more
 *  would keep every layout in memory at once, and the first build stays all or nothing). */
const TAHAP_MAKS = 8;
/** At most this many documents to render go to the preloading worker; more (a first build, a template edited):
 *  this thread as before, all or nothing, without the worker's memory. */
const PRAMUAT_MAKS = 8;

/** `kunci`: the cache key of each rendered document ('' without a cache); `seen`: stem -> model hash (a watching build). */
export interface Rendered { outputs: Output[]; kunci: string[]; seen: Map<string, string>; unchanged: number; dirender: number }

/** `pramuat.p`: the preloading worker, stopped here when the rebuild is not small (the caller stops it in the end). */
export async function renderSemua(docs: Dok[], o: Options, cache: Cache | undefined, memory: BuildMemory | undefined, progres: Progres | undefined, pramuat: { p?: KolamPekerja }): Promise<Rendered | Diagnostic> {
  const outputs: Output[] = [];
  const kunci: string[] = [];
  const seen = new Map<string, string>();
  let unchanged = 0, dirender = 0;
  const stemOf = (job: DocJob) => path.join(o.keluaran, job.jenis, String(job.tahun), job.slug);
  const tetap = docs.map((d) => !!memory && memory.get(stemOf(d.job)) === d.ringkas.kunci && allExist(o.format.map((f) => `${stemOf(d.job)}.${f}`)));
  // a watching rebuild of a few documents writes each PDF as soon as it is rendered, then renders the DOCX
  // (src/cache/render.ts); a larger one (the first build) stays all or nothing
  const perlu = tetap.filter((x) => !x).length; // documents to render (or take from the cache)
  const bertahap = !!memory?.size && o.format.includes('pdf') && o.format.includes('docx') && perlu <= TAHAP_MAKS;
  const tertunda: { stem: string; b: Bertahap }[] = [];
  // --pekerja n: every document to render is handed to the pool at once, results taken in order (same bytes)
  let pool: KolamPekerja | undefined; // started at the first document the cache does not hold
  // the preloading worker renders a small rebuild (the documents whose bytes the cache lacks), else it stops
  const lewatPramuat = pramuat.p && docs.filter((d) => o.format.some((f) => !cache!.ada(d.ringkas.kunci, f))).length;
  if (pramuat.p && (!lewatPramuat || lewatPramuat > PRAMUAT_MAKS)) { void pramuat.p.tutup(); pramuat.p = undefined; }
  const kolam: Perender | undefined = pramuat.p ? perenderPramuat(pramuat.p) : (!memory && (o.pekerja ?? 1) > 1 && perlu > 1
    ? { render: (m, f) => (pool ??= new KolamPekerja(Math.min(o.pekerja!, perlu))).render(m, f) } : undefined);
  const awal = kolam ? docs.map((d, i) => (tetap[i] ? undefined : renderDokumen(d.model, o.format, cache, cache ? d.ringkas.kunci : '', kolam))) : [];
  for (const p of awal) p?.catch(() => undefined); // awaited below in order; an early failure is not unhandled meanwhile
  try {
    for (const [i, { job, ringkas, model }] of docs.entries()) {
      await progres?.dokumen?.(i, docs.length, job);
      const stem = stemOf(job);
      if (memory) seen.set(stem, ringkas.kunci);
      if (tetap[i]) { unchanged++; continue; }
      kunci.push(cache ? ringkas.kunci : '');
      let d: Awaited<ReturnType<typeof renderDokumen>>;
      try {
        if (bertahap) { // its PDF written at once (the edited document comes first in the table of kinds' order)
          const b = await renderBertahap(model, o.format, cache, kunci[kunci.length - 1]);
          await writeOutputs(o.keluaran, keluaranBerubah(o.keluaran, [{ path: `${stem}.pdf`, bytes: b.pdf! }]));
          tertunda.push({ stem, b });
          continue;
        }
        d = await (awal[i] ?? renderDokumen(model, o.format, cache, kunci[kunci.length - 1]));
      } catch (e) { // a cached summary's model built late
        return galatTemplat(e, o.templat);
      }
      docs[i].lepas(); // its model is not needed again: a later, larger document is laid out with less live heap
      if (d.dirender) { dirender++; rapikan(); } // a full collection when the heap is large (src/memori.ts)
      for (const f of ['pdf', 'docx'] as const) if (o.format.includes(f)) outputs.push({ path: `${stem}.${f}`, bytes: d.bytes[f]! });
    }
  } finally {
    await pool?.tutup();
  }
  await progres?.dokumen?.(docs.length, docs.length);
  try {
    for (const { stem, b } of tertunda) {
      const docx = (await b.docx())!;
      outputs.push({ path: `${stem}.pdf`, bytes: b.pdf! }, { path: `${stem}.docx`, bytes: docx });
      if (b.dirender) dirender++;
    }
  } catch (e) {
    return galatTemplat(e, o.templat);
  }
  return { outputs, kunci, seen, unchanged, dirender };
}
