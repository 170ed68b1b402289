// Memory between documents: V8 lets its heap grow well past the live data before a full collection, so a build
// of many documents peaked at ~480 MB RSS while at most ~125 MB was live (Renstra being laid out). A full
// collection after a rendered document, only when the heap holds more than RAPIKAN_MB, brings the peak down by
// ~130 MB (default content) for a few per cent of CPU (measured in bin/sakip.js). `gc` is V8's --expose-gc, which bin/sakip.js sets at
// run time (worker threads created after it have it too); without it (tests, scripts) this does nothing.
const RAPIKAN_MB = 96;

/** A full collection when the heap holds more than RAPIKAN_MB (between documents, never inside one). */
export function rapikan(batasMb = RAPIKAN_MB): boolean {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc !== 'function' || process.memoryUsage().heapUsed <= batasMb * 2 ** 20) return false;
  gc();
  return true;
}
