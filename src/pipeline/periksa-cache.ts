// `sakip check` with the build cache (issue 15): what a build does before rendering, with the build's memos, so a
// check after an edit redoes only what the edit reaches — parse and schema memos and the recorded dependencies of
// checks and views (periksa-memo.ts), model summaries (their caption labels feed the cross-reference check) for
// the documents whose view and templates did not change (model-dokumen.ts) — and a check where nothing it reads
// changed answers from its stored diagnostics (src/cache/check-tetap.ts). The entries are the build's own (same
// options as a default build): a check warms the next build and the other way round. The same diagnostics as
// checkAll (test/check-cache.test.ts); a check with errors stores nothing, as a build.
import { ambilCheck, kunciCheck, simpanCheck } from '../cache/check-tetap.ts';
import { bukaCache } from '../cache/simpanan.ts';
import { DOCUMENTS } from '../documents.ts';
import type { Progres } from '../progres.ts';
import type { Diagnostic } from '../validate/diagnostics.ts';
import type { Options } from './opsi.ts';
import { checkAll } from './periksa.ts';
import { bukaDeps } from './periksa-memo.ts';
import { sebelumRender } from './sebelum-render.ts';

/** `templat`: documents whose templates ran; `tetap`: answered from the whole-check entry. */
export interface HasilCheck { diagnostics: Diagnostic[]; templat: number; tetap: boolean }

/** `kunci`: the whole-check key when the caller looked it up already (a miss). */
export function checkCache(konten: string, templat: string | undefined, cacheDir: string, progres?: Progres, kunci?: string): HasilCheck {
  const cache = bukaCache(cacheDir);
  const lalu = kunci === undefined ? ambilCheck(cache, (kunci = kunciCheck(konten, templat))) : undefined;
  if (lalu) { progres?.dibaca?.(lalu.dibaca); return { diagnostics: lalu.diagnostics, templat: 0, tetap: true }; }
  let dibaca = 0;
  const baca: Progres = { dibaca: (n) => { dibaca = n; progres?.dibaca?.(n); } };
  // checkAll's selection and options: every kind, A4, no triwulan (a default build's model entries)
  const o: Options = { konten, keluaran: '', templat, jenis: Object.keys(DOCUMENTS), format: [], kertas: 'A4', cache: cacheDir };
  const r = sebelumRender(o, cache, undefined, baca, bukaDeps(konten, cache), true);
  if (!r.docs) return { diagnostics: r.diagnostics, templat: r.templat, tetap: false }; // errors: nothing stored, as a build
  simpanCheck(cache, kunci, { diagnostics: r.diagnostics, dibaca });
  cache.tulis();
  return { diagnostics: r.diagnostics, templat: r.templat, tetap: false };
}

/** One agency's check as `sakip check` runs it: through the cache when given a directory (`kunci`: its whole-check
 *  key, looked up already), else checkAll; with the count of its content files read. */
export function checkSatu(konten: string, templat: string | undefined, cacheDir?: string, kunci?: string): { diagnostics: Diagnostic[]; dibaca: number } {
  let dibaca = 0;
  const baca = { dibaca: (n: number) => { dibaca = n; } };
  return { diagnostics: cacheDir ? checkCache(konten, templat, cacheDir, baca, kunci).diagnostics : checkAll(konten, templat, baca), dibaca };
}
