// The build's render stage with the model cache (src/cache/model.ts): for each selected job either the cached
// summary of its model (templates skipped) or the model from the templates (summary computed and kept). A model
// skipped here is built later only if its bytes are not in the render cache (`Dok.model()`).
import { deserialize, serialize } from 'node:v8';
import type { DocJob } from '../documents.ts';
import { labelDokumen } from '../validate/checks/rujukan.ts';
import type { DocModel } from '../render/model.ts';
import { ambilModel, kunciModel, simpanModel, sidikTemplat, sidikView, type MemoriModel, type RingkasModel } from './model.ts';
import { kunciDokumen } from './sidik.ts';
import type { Cache } from './simpanan.ts';

export interface Dok {
  job: DocJob;
  /** render-cache key and JSON length of the model ('' / 0 when nothing needs them), its caption labels */
  ringkas: RingkasModel;
  /** the model (built on first call when the summary came from the cache; else a fresh copy at each call, except
   *  in a watching process) */
  model(): DocModel;
  /** drops this build's copy of the model once its document is rendered (a later model() builds it again); a
   *  watching process's memo (PilihanCache.memori) keeps its own */
  lepas(): void;
}

export interface PilihanCache {
  /** summaries are wanted (cache, watching build or bagian); without, models are built as before and not hashed */
  ringkas: boolean;
  cache?: Cache;
  memori?: MemoriModel;
  /** options and id-mark inputs that shape every model besides the view */
  identitas: object;
  /** counts the jobs whose templates ran (now or later through `model()`) */
  hitung?: { templat: number };
  /** the hash of the i-th job's view, when known without computing it (src/cache/view-deps.ts) */
  sidikView?: (i: number) => string | undefined;
  /** nothing will be rendered (`sakip check`): a fresh model is not kept for later (a later model() runs the
   *  templates again) */
  tanpaRender?: boolean;
}

export function ringkasan(model: DocModel): RingkasModel {
  const json = JSON.stringify(model);
  return { kunci: kunciDokumen(json), panjang: json.length, label: [...labelDokumen(model)] };
}

/** Models of `jobs` in order. `templates` is read once; `buat` runs them for one job (throws TemplateError). */
export function modelBuild(jobs: DocJob[], templates: Record<string, string>, buatModel: () => (job: DocJob) => DocModel, p: PilihanCache): Dok[] {
  let buat: ((job: DocJob) => DocModel) | undefined;
  const jalankan = (job: DocJob) => { if (p.hitung) p.hitung.templat++; return (buat ??= buatModel())(job); };
  const bisaCache = p.ringkas && (p.cache || p.memori);
  const sidikT = bisaCache ? sidikTemplat(templates) : '';
  const dipakai = new Set<string>();
  const hasil = jobs.map((job, i): Dok => {
    const mk = bisaCache ? kunciModel(job, sidikT, p.identitas, p.sidikView ? p.sidikView(i) : sidikView(job.view)) : undefined;
    if (mk) dipakai.add(mk);
    const ada = mk ? ambilModel(mk, p.memori, p.cache) : undefined;
    if (ada) {
      if (p.memori) p.memori.set(mk!, ada); // a disk hit kept in memory too, with its model once built
      return { job, ringkas: ada, model: () => (ada.model ??= jalankan(job)), lepas: () => { if (!p.memori) ada.model = undefined; } };
    }
    const model = jalankan(job);
    const ringkas = p.ringkas ? ringkasan(model) : { kunci: '', panjang: 0, label: [...labelDokumen(model)] };
    if (mk) simpanModel(mk, { ...ringkas, model: p.memori ? model : undefined }, p.memori, p.cache);
    if (p.memori) return { job, ringkas, model: () => model, lepas: () => undefined };
    if (p.tanpaRender) return { job, ringkas, model: () => jalankan(job), lepas: () => undefined };
    // until its document is rendered the model waits serialised (~4 times smaller, off the V8 heap): the live heap
    // under the largest documents' layout stays smaller. A structured-clone copy: the same values, so the same bytes
    let padat: Buffer | undefined = serialize(model);
    return { job, ringkas, model: () => (padat ? deserialize(padat) as DocModel : jalankan(job)), lepas: () => { padat = undefined; } };
  });
  // a watching process keeps only this build's entries
  if (p.memori) for (const k of p.memori.keys()) if (!dipakai.has(k)) p.memori.delete(k);
  return hasil;
}
