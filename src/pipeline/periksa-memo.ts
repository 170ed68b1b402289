// The check stage of a build with a cache or a watching process: parse and schema results remembered (only the
// files changed since are parsed and checked again) and the recorded dependencies of views and checks.
import { bukaMemoParse, MemoParse, simpanMemoParse } from '../cache/parse.ts';
import { bukaMemoSkemaCache, MemoSkemaCache, simpanMemoSkemaCache } from '../cache/skema.ts';
import { sidikKonten, type SidikKonten } from '../cache/sidik-konten.ts';
import type { Cache } from '../cache/simpanan.ts';
import { bukaMemoDeps, MemoDeps, simpanMemoDeps } from '../cache/view-deps.ts';
import { cekTerlacak } from '../cache/cek-deps.ts';
import { JENIS } from '../jenis/index.ts';
import { pakaiMemoYaml } from '../load/yaml-source.ts';
import type { Progres } from '../progres.ts';
import { MemoSkema, pakaiMemoSkema } from '../validate/memo-skema.ts';
import type { BuildMemory } from './opsi.ts';
import { check } from './periksa.ts';

/** Parse memo (src/cache/parse.ts) and schema memo (src/validate/memo-skema.ts) of a watching process. */
const memoriParse = new WeakMap<BuildMemory, MemoParse>();
const memoriSkema = new WeakMap<BuildMemory, MemoSkema>();
/** Recorded dependencies of views and checks of a watching process (src/cache/view-deps.ts). */
const memoriDeps = new WeakMap<BuildMemory, MemoDeps>();

export interface Deps { sidik: SidikKonten; memo: MemoDeps; simpan(): void }
/** The content files' hashes, taken before loading (a file saved meanwhile differs next time), and the dependency
 *  memo of this build: the watching process's, else the cache's; kept back by `simpan`. */
export function bukaDeps(konten: string, cache?: Cache, memory?: BuildMemory): Deps | undefined {
  if (!cache && !memory) return undefined;
  const sidik = sidikKonten(konten, JENIS.flatMap((k) => (k.sumber ? [k.sumber.folder] : [])));
  const memo = (memory && memoriDeps.get(memory)?.berikut()) ?? (cache ? bukaMemoDeps(cache, konten) : new MemoDeps());
  return { sidik, memo, simpan() { if (memory) memoriDeps.set(memory, memo); if (cache) simpanMemoDeps(cache, konten, memo); } };
}

/** check() parsing only the files not parsed before (memo in memory for a watching build, else in the cache). */
export function checkMemo(konten: string, progres?: Progres, cache?: Cache, memory?: BuildMemory, deps?: Deps): ReturnType<typeof check> {
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
