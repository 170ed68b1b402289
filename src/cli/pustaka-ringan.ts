// Two library modules the PDF backend loads, replaced in require's cache before they load (issue 15: a paragraph
// rebuild loads fontkit, linebreak and unicode-properties every time). Installed with the V8 code-cache hook
// (src/cli/kode-v8.ts: main thread and preloading worker), like the deferred cipher module (./tunda-aes.ts).
// - tiny-inflate: pure-JavaScript inflate that unicode-trie and fontkit run at load on their compressed tables
//   (~1.7 MB; interpreted, cold: ~60-70 ms CPU): zlib's native raw inflate instead, the same bytes (DEFLATE
//   decodes to one output); on a data error the real module runs, so its errors stay its own.
// - brotli/decompress.js: fontkit requires it for WOFF2 fonts only (ours are TTF); it decodes its dictionary at
//   load (~30 ms). A stand-in function loads it at its first call.
import Module, { createRequire } from 'node:module';
import zlib from 'node:zlib';

type Modul = { exports: unknown; loaded: boolean; filename: string; load(f: string): void };
type Inflate = (source: Uint8Array, dest: Uint8Array) => Uint8Array;
const CACHE = (Module as unknown as { _cache: Record<string, Modul | undefined> })._cache;

/** The real module of `f`, loaded outside require's cache (which holds the stand-in). */
function muatLepas(f: string): unknown {
  const m = new Module(f) as unknown as Modul;
  m.load(f);
  return m.exports;
}

/** A module as the PDF backend reaches it: each name resolved from the one before (pdfkit from here); undefined
 *  when one is missing. */
function resolveRantai(...nama: string[]): string | undefined {
  try { return nama.reduce((dari, id) => createRequire(dari).resolve(id), import.meta.url); } catch { return undefined; }
}

/** Puts `exports` in require's cache as the module of `f`; false when it is loaded already (or missing). */
function pasang(f: string | undefined, exports: unknown): boolean {
  if (!f || CACHE[f]) return false;
  const m = new Module(f) as unknown as Modul;
  m.filename = f;
  m.exports = exports;
  m.loaded = true;
  CACHE[f] = m;
  return true;
}

/** tiny-inflate's contract: `dest` filled with the inflated `source`; the filled part returned (a copy) when
 *  shorter; output beyond `dest` dropped. `asli`: the real module, for data zlib refuses. */
export function inflateZlib(asli: () => Inflate): Inflate {
  return function inflate(source: Uint8Array, dest: Uint8Array): Uint8Array {
    let out: Buffer;
    try { out = zlib.inflateRawSync(source); } catch { return asli()(source, dest); }
    dest.set(out.length > dest.length ? out.subarray(0, dest.length) : out);
    return out.length < dest.length ? dest.slice(0, out.length) : dest;
  };
}

/** The tiny-inflate files unicode-trie (of linebreak, fontkit, unicode-properties) and fontkit resolve (one here). */
export const berkasInflate = (): string[] => [...new Set([['linebreak', 'unicode-trie'], ['fontkit', 'unicode-trie'], ['fontkit', 'unicode-properties', 'unicode-trie'], ['fontkit']]
  .map((r) => resolveRantai('pdfkit', ...r, 'tiny-inflate')))].filter((f): f is string => !!f);
export const berkasBrotli = (): string | undefined => resolveRantai('pdfkit', 'fontkit', 'brotli/decompress.js');

/** Both replacements; returns which were put in (a module loaded already is left as it is). */
export function pasangPustakaRingan(inflate = berkasInflate(), brotli = berkasBrotli()): { inflate: number; brotli: boolean } {
  let n = 0;
  for (const f of inflate) {
    let asli: Inflate | undefined;
    if (pasang(f, inflateZlib(() => (asli ??= muatLepas(f) as Inflate)))) n++;
  }
  let dekompres: ((...a: unknown[]) => unknown) | undefined;
  const ok = !!brotli && pasang(brotli, function decompress(this: unknown, ...a: unknown[]) {
    if (!dekompres) { if (CACHE[brotli]?.exports === decompress) delete CACHE[brotli]; dekompres = createRequire(brotli)(brotli) as typeof dekompres; }
    return dekompres!.apply(this, a);
  });
  return { inflate: n, brotli: ok };
}

