// Everything a cached build does before rendering, shared by `build` (src/pipeline.ts) and `sakip check`
// (periksa-cache.ts) so the two never drift apart: the checks with the memos (periksa-memo.ts), every selected
// document's model or cached summary (model-dokumen.ts), then the cross-reference check on the caption labels the
// templates gave. `docs` is absent when a content or template error stops here (its diagnostic included).
import type { Dok } from '../cache/model-build.ts';
import type { Cache } from '../cache/simpanan.ts';
import type { Progres } from '../progres.ts';
import { checkRujukanLabel } from '../validate/checks/rujukan.ts';
import { hasErrors, type Diagnostic } from '../validate/diagnostics.ts';
import { modelDokumen } from './model-dokumen.ts';
import type { BuildMemory, Options } from './opsi.ts';
import { checkMemo, type Deps } from './periksa-memo.ts';

export interface SebelumRender { diagnostics: Diagnostic[]; docs?: Dok[]; templat: number }

/** `tanpaRender`: nothing will be rendered (a check): fresh models are not kept. */
export function sebelumRender(o: Options, cache: Cache | undefined, memory: BuildMemory | undefined, progres: Progres | undefined, deps: Deps | undefined, tanpaRender?: boolean): SebelumRender {
  const { content, diagnostics } = checkMemo(o.konten, progres, cache, memory, deps);
  if (hasErrors(diagnostics)) return { diagnostics, templat: 0 }; // the memo of the last good build stays
  const hitung = { templat: 0 };
  const r = modelDokumen(content, o, cache, memory, hitung, deps, tanpaRender);
  deps?.simpan(); // kept in memory now, written to the cache with the outputs
  if ('code' in r) return { diagnostics: [...diagnostics, r], templat: hitung.templat };
  // cross-references need the caption numbers the templates gave (kept with each model's summary)
  diagnostics.push(...checkRujukanLabel(content, r.map((d) => d.job), r.map((d) => new Set(d.ringkas.label))));
  return { diagnostics, docs: r, templat: hitung.templat };
}
