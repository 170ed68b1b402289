// pdfkit requires @noble/ciphers/aes when it loads, for encrypted PDFs only (we never set a password): that module
// builds its AES tables at load, ~15-20 ms CPU of every CLI run that renders a PDF (issue 15). Deferred here: its
// entry in require's cache is a stand-in whose first property read loads the real module (then in the cache
// itself), so an encrypting caller still gets the real functions. Output unchanged: nothing is read from it
// unless a PDF is encrypted.
import Module, { createRequire } from 'node:module';

type Cache = Record<string, { exports: unknown; loaded: boolean; filename: string } | undefined>;
const CACHE = (Module as unknown as { _cache: Cache })._cache;

/** The cipher module pdfkit requires, as pdfkit resolves it; undefined when pdfkit or it is missing. */
export function berkasAes(): string | undefined {
  try {
    const pdfkit = createRequire(import.meta.url).resolve('pdfkit');
    return createRequire(pdfkit).resolve('@noble/ciphers/aes');
  } catch { return undefined; }
}

/** Puts the stand-in in require's cache (before pdfkit loads); false when the module is loaded already or missing. */
export function tundaAes(f = berkasAes()): boolean {
  if (!f || CACHE[f]) return false;
  let asli: Record<string | symbol, unknown> | undefined;
  const muat = () => {
    if (!asli) {
      if (CACHE[f]?.exports === pengganti) delete CACHE[f];
      asli = createRequire(f)(f) as Record<string | symbol, unknown>;
    }
    return asli;
  };
  const pengganti: object = new Proxy({}, {
    get: (_, k) => muat()[k],
    has: (_, k) => k in muat(),
    ownKeys: () => Reflect.ownKeys(muat()),
    getOwnPropertyDescriptor: (_, k) => { const d = Reflect.getOwnPropertyDescriptor(muat(), k); return d && { ...d, configurable: true }; },
  });
  const m = new Module(f) as unknown as { exports: unknown; loaded: boolean; filename: string };
  m.filename = f;
  m.exports = pengganti;
  m.loaded = true;
  CACHE[f] = m;
  return true;
}
