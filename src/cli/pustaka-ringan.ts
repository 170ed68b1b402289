// Two library modules the PDF backend loads, replaced when they compile (issue 15: a paragraph rebuild loads
// fontkit, linebreak and unicode-properties every time). src/cli/kode-v8.ts asks penggantiModul for every CommonJS
// file it compiles (main thread and preloading worker) and, for these, takes the stand-in's exports instead:
// matched by path, nothing resolved ahead (resolving the packages cost ~10 ms).
// - tiny-inflate: pure-JavaScript inflate that unicode-trie and fontkit run at load on their compressed tables
//   (~1.7 MB; interpreted, cold: ~60-70 ms CPU): zlib's native raw inflate instead, the same bytes (DEFLATE
//   decodes to one output); on a data error the real module runs, so its errors stay its own.
// - brotli/decompress.js: fontkit requires it for WOFF2 fonts only (ours are TTF); it decodes its dictionary at
//   load (~30 ms). A stand-in function loads it at its first call.
import path from 'node:path';
import zlib from 'node:zlib';

type Inflate = (source: Uint8Array, dest: Uint8Array) => Uint8Array;

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

/** A function standing for brotli's decompress: the real one (`asli`) loaded at the first call. */
export function dekompresTunda(asli: () => (...a: unknown[]) => unknown): (...a: unknown[]) => unknown {
  return function decompress(this: unknown, ...a: unknown[]) { return asli().apply(this, a); };
}

const NM = `${path.sep}node_modules${path.sep}`;
/** The replaced files by their path inside node_modules, and what stands for each (given its real exports, loaded
 *  on demand). */
const PENGGANTI: [string, (asli: () => unknown) => unknown][] = [
  [`tiny-inflate${path.sep}index.js`, (asli) => inflateZlib(asli as () => Inflate)],
  [`brotli${path.sep}decompress.js`, (asli) => dekompresTunda(asli as () => (...a: unknown[]) => unknown)],
];

/** The stand-in maker for a library file about to be compiled, or undefined to compile it as it is. */
export function penggantiModul(filename: string): ((asli: () => unknown) => unknown) | undefined {
  const i = filename.lastIndexOf(NM);
  if (i < 0) return undefined;
  const rel = filename.slice(i + NM.length);
  return PENGGANTI.find(([p]) => rel === p)?.[1];
}
