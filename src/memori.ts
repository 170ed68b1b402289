// Memory between documents: V8 lets its heap grow well past the live data before a full collection, so a build
// of many documents peaked at ~480 MB RSS while at most ~125 MB was live (Renstra being laid out). A full
// collection after a rendered document, only when the heap holds more than RAPIKAN_MB, brings the peak down by
// ~130 MB (default content) for a few per cent of CPU (measured in bin/sakip.js). `gc` is V8's --expose-gc, which bin/sakip.js sets at
// run time (worker threads created after it have it too); without it (tests, scripts) this does nothing.
import { isMainThread } from 'node:worker_threads';

const RAPIKAN_MB = 96;
/** Heap in use right after the last collection here: a heap whose live data is larger (a Pemda worker that
 *  built several agencies) is collected only when it has doubled, else it would be collected after every document
 *  (measured: 10 agencies on 2 workers, CPU 81 -> 115 s with the fixed limit alone). */
let hidup = 0;

/** A full collection when the heap holds more than RAPIKAN_MB and twice what was live after the last one (between
 *  documents, never inside one). Main thread only: in the Pemda's agency workers (src/pemda/kolam-instansi.ts) it
 *  cost more than it saved as their heaps grow (40 agencies on 2 workers: CPU 261 -> 351 s, 1382 -> 813 MB). */
export function rapikan(batasMb = RAPIKAN_MB): boolean {
  const gc = isMainThread ? (globalThis as { gc?: () => void }).gc : undefined;
  const dipakai = process.memoryUsage().heapUsed;
  if (typeof gc !== 'function' || dipakai <= Math.max(batasMb * 2 ** 20, 2 * hidup)) return false;
  gc();
  hidup = process.memoryUsage().heapUsed;
  return true;
}

/** Forgets the live size (tests). */
export const lupakanHidup = (): void => { hidup = 0; };
