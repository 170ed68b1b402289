// The cross-agency checks (per-instansi.ts, periksaLintas) with the build cache's parse memo (src/cache/parse.ts):
// every agency's instansi.yaml, registries and PK front matter were parsed again on each Pemda build, check and
// watched rebuild (issue 15: ~1.3 of a warm 10-agency build's 1.8 s; 650 of a check's 855 ms in YAML). The memo of
// the Pemda root keeps the data of every file parsed without a diagnostic, by path and text, with the positions
// asked of it; an edited file is parsed again. No cache directory (--tanpa-cache): parsed as before.
import { bukaMemoParse, simpanMemoParse } from '../cache/parse.ts';
import { bukaCache } from '../cache/simpanan.ts';
import { pakaiMemoYaml } from '../load/yaml-source.ts';

export function denganMemoLintas<T>(akar: string, cacheDir: string | undefined, jalan: () => T): T {
  if (!cacheDir) return jalan();
  const cache = bukaCache(cacheDir);
  const memo = bukaMemoParse(cache, akar);
  pakaiMemoYaml(memo);
  try {
    return jalan();
  } finally {
    pakaiMemoYaml(undefined);
    simpanMemoParse(cache, akar, memo); // only when something new was parsed or asked
    cache.tulis();
  }
}
