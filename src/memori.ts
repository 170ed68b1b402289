// Memory between documents: V8 lets its heap grow well past the live data before a full collection, so a build
// of many documents peaked at ~480 MB RSS while at most ~125 MB was live (Renstra being laid out). A full
// collection after a rendered document, only when the heap holds more than RAPIKAN_MB, brings the peak down by
// ~130 MB (default content) for a few per cent of CPU (measured in bin/v8-cli.js). `gc` is V8's --expose-gc, which
// bin/sakip.js sets at run time (bin/v8-cli.js; worker threads created after it have it too, and the bench and profile
// scripts set it the same way); without it (tests) this does nothing.
import { isMainThread } from 'node:worker_threads';

const RAPIKAN_MB = 96;
/** Heap in use right after the last collection here: a heap whose live data is larger is collected only when it has
 *  grown by the factor, else it would be collected after every document (measured: 10 agencies on 2 workers, CPU
 *  81 -> 115 s with the fixed limit alone). */
let hidup = 0;

/** A full collection when the heap holds more than `batasMb` and `faktor` times what was live after the last one
 *  (between documents: twice; between a document's PDF and its DOCX, where the layout tree has just become garbage
 *  and the DOCX tree and its XML are about to be built: FAKTOR_DOCX). Main thread only: a Pemda's agency workers
 *  (src/pemda/kolam-instansi.ts) keep 35-39 MB live after each agency, not growing from agency to agency, but
 *  without collections let ~310 MB of garbage pile up each (V8 sets the next limit at up to 4x the live size).
 *  Collecting there too, 10 synthetic agencies on 2 workers, A/B in the same runs (load 5-7): above 160 MB peak
 *  ~1.0-1.1 GB -> 0.66-0.69 GB but CPU 51-63 -> 67-80 s; above 256 MB 0.83-0.87 GB, CPU 56-60 -> 59-72 s. */
export function rapikan(batasMb = RAPIKAN_MB, faktor = 2): boolean {
  const gc = isMainThread ? (globalThis as { gc?: () => void }).gc : undefined;
  if (typeof gc !== 'function') return false; // the heap not even read (memoryUsage reads /proc too): a Pemda's workers
  if (process.memoryUsage().heapUsed <= Math.max(batasMb * 2 ** 20, faktor * hidup)) return false;
  gc();
  hidup = process.memoryUsage().heapUsed;
  return true;
}

export const FAKTOR_DOCX = 1.25;

/** Resolves on the next turn of the event loop. Awaited after a PDF: pdfkit's stream ends in a process.nextTick
 *  callback, and whatever the build does next (the DOCX, the next documents) runs as promise continuations inside
 *  that same tick, while Node's tick loop still holds the callback's arguments, the ended PDFDocument with every
 *  laid-out page (Renstra: ~28 MB live through its DOCX and the next document, found in a heap snapshot). */
export const lepasTumpukan = (): Promise<void> => new Promise((r) => setImmediate(r));

/** Forgets the live size (tests). */
export const lupakanHidup = (): void => { hidup = 0; };
