// The render stage of a build: every selected document's model, or its cached summary (src/cache/model-build.ts);
// a watching process keeps its compiled templates and its models in memory between builds.
import { modelBuild, type Dok } from '../cache/model-build.ts';
import { sidikTemplat, type MemoriModel } from '../cache/model.ts';
import type { Cache } from '../cache/simpanan.ts';
import { jobsTerlacak } from '../cache/view-deps.ts';
import { LABEL_UMUM } from '../jenis/label-umum.ts';
import { readTemplates, type Templates } from '../load/read-templates.ts';
import { createRenderer } from '../render/render-document.ts';
import type { Content } from '../validate/build-content.ts';
import type { Diagnostic } from '../validate/diagnostics.ts';
import type { BuildMemory, Options } from './opsi.ts';
import { galatTemplat, pembuatModel, selectJobs } from './periksa.ts';
import type { Deps } from './periksa-memo.ts';

/** Compiled templates kept while the template texts stay the same: a watching process's per BuildMemory, else
 *  this thread's (a Pemda's agency worker builds agency after agency with the same templates: compiled once). */
type Renderer = ReturnType<typeof createRenderer>;
const memoriRenderer = new WeakMap<BuildMemory, { sidik: string; render: Renderer }>();
let rendererUtas: { sidik: string; render: Renderer } | undefined;
function rendererTetap(memory: BuildMemory | undefined, templates: Templates): Renderer {
  const sidik = sidikTemplat(templates);
  const ada = memory ? memoriRenderer.get(memory) : rendererUtas;
  if (ada?.sidik === sidik) return ada.render;
  const baru = { sidik, render: createRenderer(templates) };
  if (memory) memoriRenderer.set(memory, baru); else rendererUtas = baru;
  return baru.render;
}

/** In-memory model summaries and models of a watching process, one per BuildMemory (src/cache/model.ts). */
const memoriModel = new WeakMap<BuildMemory, MemoriModel>();

/** Every selected document's model or cached summary, or the template error as a diagnostic. With `deps`, views
 *  are computed only for the jobs whose recorded content files changed (src/cache/view-deps.ts). */
export function modelDokumen(content: Content, o: Options, cache: Cache | undefined, memory: BuildMemory | undefined, hitung: { templat: number }, deps?: Deps, tanpaRender?: boolean): Dok[] | Diagnostic {
  const terlacak = deps && jobsTerlacak(content, o, deps.sidik, deps.memo);
  const jobs = terlacak ? terlacak.map((x) => x.job) : selectJobs(content, o);
  try {
    const templates = readTemplates(o.templat);
    let memori = memory && memoriModel.get(memory);
    if (memory && !memori) memoriModel.set(memory, (memori = new Map()));
    const identitas = { kertas: o.kertas, triwulan: o.triwulan, pdfa: o.pdfa, alamat: content.instansi?.value.verifikasi, umum: LABEL_UMUM };
    const sidikView = terlacak && ((i: number) => terlacak[i].sidikView());
    return modelBuild(jobs, templates, () => pembuatModel(content, o, templates, rendererTetap(memory, templates)), { ringkas: !!(memory || o.cache || o.bagian), cache, memori, identitas, hitung, sidikView, tanpaRender });
  } catch (e) {
    return galatTemplat(e, o.templat);
  }
}
