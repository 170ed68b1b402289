// load -> validate -> compute -> render -> (write). Plain data between stages; only load and write do I/O.
import path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { DOCUMENTS, type DocJob } from './documents.ts';
import { LABEL_UMUM } from './jenis/label-umum.ts';
import { loadContent } from './load/load-content.ts';
import { readTemplates, TEMPLATES_DIR, type Templates } from './load/read-templates.ts';
import { jumlahBerkas, type Progres } from './progres.ts';
import { bagiDokumen, type Bagian } from './bagian.ts';
import { renderBertahap, renderDokumen, type Bertahap, type Perender } from './cache/render.ts';
import { ambilBuild, kunciBuild, simpanBuild } from './cache/manifest.ts';
import { modelBuild, type Dok } from './cache/model-build.ts';
import { sidikTemplat, type MemoriModel } from './cache/model.ts';
import { bukaCache, type Cache } from './cache/simpanan.ts';
import { bukaMemoParse, MemoParse, simpanMemoParse } from './cache/parse.ts';
import { bukaMemoSkemaCache, simpanMemoSkemaCache, MemoSkemaCache } from './cache/skema.ts';
import { sidikKonten, type SidikKonten } from './cache/sidik-konten.ts';
import { bukaMemoDeps, jobsTerlacak, MemoDeps, simpanMemoDeps } from './cache/view-deps.ts';
import { cekTerlacak } from './cache/cek-deps.ts';
import { JENIS } from './jenis/index.ts';
import { pakaiMemoYaml } from './load/yaml-source.ts';
import type { DocModel } from './render/model.ts';
import { createRenderer } from './render/render-document.ts';
import { tandai } from './verifikasi/id.ts';
import { TemplateError } from './render/template-error.ts';
import { diag, hasErrors, type Diagnostic } from './validate/diagnostics.ts';
import { validate, type JalankanCek } from './validate/index.ts';
import { MemoSkema, pakaiMemoSkema } from './validate/memo-skema.ts';
import { checkRujukan, checkRujukanLabel } from './validate/checks/rujukan.ts';
import type { Content } from './validate/build-content.ts';
import { allExist, writeOutputs, type Output } from './write/write-atomic.ts';
import { keluaranBerubah } from './write/tulis-berubah.ts';
import { rapikan } from './memori.ts';
import { KolamPekerja } from './pekerja.ts';
import { intiLuang, perenderPramuat } from './pramuat.ts';

export type Format = 'pdf' | 'docx';
export interface Options {
  konten: string; keluaran: string; templat?: string; jenis: string[]; tahun?: number; triwulan?: number; hanya?: string[]; format: Format[]; kertas: 'A4' | 'F4';
  /** Build cache directory (src/cache/); none when absent. `bagian`: this build's share of the documents. */
  cache?: string; bagian?: Bagian;
  /** Worker threads rendering this build's documents at once (src/pekerja.ts); absent or 1: this thread. */
  pekerja?: number;
  /** PDF/A-2b (src/verifikasi/). */
  pdfa?: boolean;
}

/** `jalankan`: how the checks run (a build with a cache: only those whose content files changed). */
export function check(konten: string, progres?: Progres, jalankan?: JalankanCek): { content: Content; diagnostics: Diagnostic[] } {
  const loadErrors: Diagnostic[] = [];
  const loaded = loadContent(konten, loadErrors);
  progres?.dibaca?.(jumlahBerkas(loaded));
  return validate(loaded, loadErrors, jalankan); // shared checks and each kind's own (src/validate/index.ts)
}

export function selectJobs(content: Content, o: Pick<Options, 'jenis' | 'tahun' | 'triwulan' | 'hanya'>): DocJob[] {
  return o.jenis.flatMap((j) => DOCUMENTS[j].jobs(content, { tahun: o.tahun, triwulan: o.triwulan })).filter((job) => !o.hanya?.length || o.hanya.includes(job.slug));
}

/** What a previous build rendered (output stem -> hash of its document model): lets a watching build skip the
 *  documents whose model did not change. */
export type BuildMemory = Map<string, string>;

/** `dirender`: documents rendered to bytes; `templat`: documents whose templates ran (the others' models came
 *  from the model cache). */
export interface BuildResult { diagnostics: Diagnostic[]; outputs: Output[]; unchanged: number; dirender?: number; templat?: number }

/** A template error as a diagnostic (file, line, column under the template directory); anything else rethrown. */
function galatTemplat(e: unknown, templat?: string): Diagnostic {
  if (!(e instanceof TemplateError)) throw e;
  const file = path.relative(process.cwd(), path.join(templat ?? TEMPLATES_DIR, `${e.templat}.hbs`));
  return diag('TEMPLAT', { file, line: e.line, column: e.column }, e.message);
}

type PilihanModel = Omit<Options, 'konten' | 'keluaran' | 'format'>;
/** The templates' output for one job, marked with its document id (hashed from the unmarked model, src/verifikasi/id.ts). */
function pembuatModel(content: Content, o: PilihanModel, templates: Templates, render = createRenderer(templates)): (job: DocJob) => DocModel {
  const alamat = content.instansi?.value.verifikasi;
  return (job) => tandai({ ...render(job.template, { ...job.view, kertas: o.kertas, ...LABEL_UMUM, ...job.label }), ...(o.pdfa ? { pdfa: true } : {}) },
    { jenis: job.jenis, tahun: job.tahun, slug: job.slug, kertas: o.kertas, triwulan: o.triwulan, pdfa: o.pdfa }, alamat);
}

/** Content through the render stage: the document models of the selected jobs, or the template error as a
 *  diagnostic (file, line, column under the template directory). */
export function models(content: Content, o: PilihanModel): { jobs: DocJob[]; models: DocModel[] } | Diagnostic {
  const jobs = selectJobs(content, o);
  try {
    const buat = pembuatModel(content, o, readTemplates(o.templat)); // a template that is not UTF-8 is a TemplateError too
    return { jobs, models: jobs.map(buat) };
  } catch (e) {
    return galatTemplat(e, o.templat);
  }
}

/** `sakip check`: content checks, then every document of every kind through its templates (nothing rendered to
 *  PDF/DOCX, nothing written), so a template error shows here as it would in a build. */
export function checkAll(konten: string, templat?: string, progres?: Progres): Diagnostic[] {
  const { content, diagnostics } = check(konten, progres);
  if (hasErrors(diagnostics)) return diagnostics;
  const r = models(content, { templat, jenis: Object.keys(DOCUMENTS), kertas: 'A4' });
  // cross-references need the caption numbers the templates gave (src/validate/checks/rujukan.ts)
  return 'code' in r ? [...diagnostics, r] : [...diagnostics, ...checkRujukan(content, r.jobs, r.models)];
}

/** Parse memo (src/cache/parse.ts) and schema memo (src/validate/memo-skema.ts) of a watching process. */
const memoriParse = new WeakMap<BuildMemory, MemoParse>();
const memoriSkema = new WeakMap<BuildMemory, MemoSkema>();

/** check() parsing only the files not parsed before (memo in memory for a watching build, else in the cache). */
function checkMemo(konten: string, progres?: Progres, cache?: Cache, memory?: BuildMemory, deps?: Deps): ReturnType<typeof check> {
  const memo = (memory && memoriParse.get(memory)?.berikut()) ?? (cache ? bukaMemoParse(cache, konten) : memory ? new MemoParse() : undefined);
  // schema results (src/validate/memo-skema.ts): the watching process's, else the cache's (src/cache/skema.ts)
  const skema = memory ? (memoriSkema.get(memory)?.berikut() ?? new MemoSkema()) : cache ? bukaMemoSkemaCache(cache, konten) : undefined;
  if (memory) memoriSkema.set(memory, skema!);
  pakaiMemoYaml(memo);
  pakaiMemoSkema(skema);
  try {
    return check(konten, progres, deps && ((content, checks) => cekTerlacak(content, checks, deps.sidik, deps.memo)));
  } finally {
    pakaiMemoYaml(undefined);
    pakaiMemoSkema(undefined);
    if (memo && memory) memoriParse.set(memory, memo);
    if (memo && cache) simpanMemoParse(cache, konten, memo); // written with the outputs (cache.tulis)
    if (skema instanceof MemoSkemaCache) simpanMemoSkemaCache(cache!, konten, skema);
  }
}

/** A watching process's renderer (compiled templates), kept while the template texts stay the same. */
const memoriRenderer = new WeakMap<BuildMemory, { sidik: string; render: ReturnType<typeof createRenderer> }>();
function rendererTetap(memory: BuildMemory, templates: Templates): ReturnType<typeof createRenderer> {
  const sidik = sidikTemplat(templates);
  const ada = memoriRenderer.get(memory);
  if (ada?.sidik === sidik) return ada.render;
  const render = createRenderer(templates);
  memoriRenderer.set(memory, { sidik, render });
  return render;
}

/** In-memory model summaries and models of a watching process, one per BuildMemory (src/cache/model.ts). */
const memoriModel = new WeakMap<BuildMemory, MemoriModel>();
/** Recorded dependencies of views and checks of a watching process (src/cache/view-deps.ts). */
const memoriDeps = new WeakMap<BuildMemory, MemoDeps>();

interface Deps { sidik: SidikKonten; memo: MemoDeps; simpan(): void }
/** The content files' hashes, taken before loading (a file saved meanwhile differs next time), and the dependency
 *  memo of this build: the watching process's, else the cache's; kept back by `simpan`. */
function bukaDeps(konten: string, cache?: Cache, memory?: BuildMemory): Deps | undefined {
  if (!cache && !memory) return undefined;
  const sidik = sidikKonten(konten, JENIS.flatMap((k) => (k.sumber ? [k.sumber.folder] : [])));
  const memo = (memory && memoriDeps.get(memory)?.berikut()) ?? (cache ? bukaMemoDeps(cache, konten) : new MemoDeps());
  return { sidik, memo, simpan() { if (memory) memoriDeps.set(memory, memo); if (cache) simpanMemoDeps(cache, konten, memo); } };
}

/** The build's render stage: every selected document's model, or its cached summary (src/cache/model-build.ts).
 *  With `deps`, views are computed only for the jobs whose recorded content files changed (src/cache/view-deps.ts). */
function modelDokumen(content: Content, o: Options, cache: Cache | undefined, memory: BuildMemory | undefined, hitung: { templat: number }, deps?: Deps): Dok[] | Diagnostic {
  const terlacak = deps && jobsTerlacak(content, o, deps.sidik, deps.memo);
  const jobs = terlacak ? terlacak.map((x) => x.job) : selectJobs(content, o);
  try {
    const templates = readTemplates(o.templat);
    let memori = memory && memoriModel.get(memory);
    if (memory && !memori) memoriModel.set(memory, (memori = new Map()));
    const identitas = { kertas: o.kertas, triwulan: o.triwulan, pdfa: o.pdfa, alamat: content.instansi?.value.verifikasi, umum: LABEL_UMUM };
    const sidikView = terlacak && ((i: number) => terlacak[i].sidikView());
    return modelBuild(jobs, templates, () => pembuatModel(content, o, templates, memory ? rendererTetap(memory, templates) : undefined), { ringkas: !!(memory || o.cache || o.bagian), cache, memori, identitas, hitung, sidikView });
  } catch (e) {
    return galatTemplat(e, o.templat);
  }
}

/** At most this many documents to render: a watching rebuild writes their PDFs before rendering their DOCX (more
 *  would keep every layout in memory at once, and the first build stays all or nothing). */
const TAHAP_MAKS = 8;
/** At most this many documents to render go to the preloading worker; more (a first build, a template edited):
 *  this thread as before, all or nothing, without the worker's memory. */
const PRAMUAT_MAKS = 8;

export async function build(o: Options, memory?: BuildMemory, progres?: Progres): Promise<BuildResult> {
  const pramuat: { p?: KolamPekerja } = {}; // a worker loading the backends early (below), stopped whatever the build's end
  try { return await bangun(o, memory, progres, pramuat); } finally { await pramuat.p?.tutup(); }
}

async function bangun(o: Options, memory: BuildMemory | undefined, progres: Progres | undefined, pramuat: { p?: KolamPekerja }): Promise<BuildResult> {
  const cache = o.cache ? bukaCache(o.cache) : undefined;
  // nothing read by this build changed since a cached one: its outputs and warnings as they were (src/cache/manifest.ts)
  const kunciSemua = cache && !memory ? kunciBuild(o) : undefined;
  const lalu = kunciSemua ? ambilBuild(cache!, kunciSemua) : undefined;
  if (lalu) {
    await progres?.dokumen?.(lalu.dokumen, lalu.dokumen);
    await writeOutputs(o.keluaran, keluaranBerubah(o.keluaran, lalu.outputs));
    return { diagnostics: lalu.diagnostics, outputs: lalu.outputs, unchanged: 0, dirender: 0, templat: 0 };
  }
  const deps = bukaDeps(o.konten, cache, memory); // src/cache/view-deps.ts, cek-deps.ts
  // a CLI rebuild of content built before (most likely a few documents to render): a worker thread loads the PDF
  // backend (else the DOCX's) while this thread checks and computes, when a core is free (issue 15; src/pramuat.ts)
  if (kunciSemua && isMainThread && (o.pekerja ?? 1) <= 1 && deps?.memo.adaLama() && intiLuang()) pramuat.p = new KolamPekerja(1, [o.format.includes('pdf') ? 'pdf' : 'docx']);
  const { content, diagnostics } = checkMemo(o.konten, progres, cache, memory, deps);
  if (hasErrors(diagnostics)) return { diagnostics, outputs: [], unchanged: 0 }; // the memo of the last good build stays
  const hitung = { templat: 0 };
  const r = modelDokumen(content, o, cache, memory, hitung, deps);
  deps?.simpan(); // kept in memory now, written to the cache with the outputs // the backends load only when something is rendered (src/cache/render.ts)
  if ('code' in r) return { diagnostics: [...diagnostics, r], outputs: [], unchanged: 0 };
  // cross-references need the caption numbers the templates gave (kept with each model's summary)
  diagnostics.push(...checkRujukanLabel(content, r.map((d) => d.job), r.map((d) => new Set(d.ringkas.label))));
  const share = o.bagian && bagiDokumen(r.map((d) => ({ jalur: `${d.job.jenis}/${d.job.tahun}/${d.job.slug}`, bobot: d.ringkas.panjang })), o.bagian.dari);
  const docs = share ? r.filter((_, i) => share[i] === o.bagian!.ke) : r;
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
        return { diagnostics: [...diagnostics, galatTemplat(e, o.templat)], outputs: [], unchanged: 0 };
      }
      docs[i].lepas(); // its model is not needed again: a later, larger document is laid out with less live heap
      if (d.dirender) { dirender++; rapikan(); } // a full collection when the heap is large (src/memori.ts)
      for (const f of ['pdf', 'docx'] as const) if (o.format.includes(f)) outputs.push({ path: `${stem}.${f}`, bytes: d.bytes[f]! });
    }
  } finally {
    await pool?.tutup();
  }
  await progres?.dokumen?.(docs.length, docs.length);
  if (tertunda.length) {
    try {
      for (const { stem, b } of tertunda) {
        const docx = (await b.docx())!;
        outputs.push({ path: `${stem}.pdf`, bytes: b.pdf! }, { path: `${stem}.docx`, bytes: docx });
        if (b.dirender) dirender++;
      }
    } catch (e) {
      return { diagnostics: [...diagnostics, galatTemplat(e, o.templat)], outputs: [], unchanged: 0 };
    }
  }
  // all or nothing (src/write/write-atomic.ts), files already holding their bytes left alone; GagalTulis when refused
  await writeOutputs(o.keluaran, keluaranBerubah(o.keluaran, outputs));
  if (kunciSemua) simpanBuild(cache!, kunciSemua, diagnostics, o.format, outputs, kunci);
  cache?.tulis(); // only after the outputs are in place: a refused write leaves nothing new behind
  if (memory) { memory.clear(); for (const [k, v] of seen) memory.set(k, v); }
  return { diagnostics, outputs, unchanged, dirender, templat: hitung.templat };
}
