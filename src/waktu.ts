// SAKIP_WAKTU=1: a timeline of one CLI run on stderr, one line per mark, `waktu <thread> <ms> cpu <ms> <mark>`: the
// wall ms from the process start (the main thread's time origin; a worker gets it through its environment,
// SAKIP_WAKTU_T0), so the preloading worker's marks line up with the main thread's, and the thread's CPU ms so far,
// which a busy machine does not stretch (issue 15: the paragraph rebuild's critical path). Written at once
// (fs.writeSync: a worker's stderr passes through the main thread, late or lost at its termination). Without the
// variable a mark is one comparison. The marks: bin/sakip.js's start (AWAL_BIN), the bundle loaded, the worker
// started, the no-change answer, the pipeline loaded, the model handed to the renderers, the worker's stages
// (src/pekerja-render.ts), each format back, the build's end, the exit.
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { isMainThread, threadId } from 'node:worker_threads';

const aktif = !!process.env.SAKIP_WAKTU;
/** What bin/sakip.js notes on its first line: performance.now() then, and the CPUs' idle time (src/luang-cpu.ts). */
export const AWAL_BIN = Symbol.for('sakip.awal-bin');
export interface AwalBin { t: number; idle: number }

// epoch ms of the process start: this thread's time origin on the main thread, the main thread's in a worker
const t0 = isMainThread ? performance.timeOrigin : Number(process.env.SAKIP_WAKTU_T0);
if (aktif && isMainThread) process.env.SAKIP_WAKTU_T0 = String(t0); // copied into the workers' environment

/** This thread's CPU time in ms (Linux: /proc/thread-self/schedstat, ns on CPU), comparable on a busy machine where
 *  the wall times stretch; NaN elsewhere. */
function cpuUtas(): number {
  try { return Number(fs.readFileSync('/proc/thread-self/schedstat', 'latin1').split(' ')[0]) / 1e6; } catch { return NaN; }
}
const tulis = (ms: number, nama: string, cpu = cpuUtas()) => fs.writeSync(2, `waktu ${threadId} ${ms.toFixed(1)} cpu ${cpu.toFixed(1)} ${nama}\n`);

/** One mark of the timeline (nothing without SAKIP_WAKTU). */
export function tanda(nama: string): void {
  if (aktif) tulis(performance.timeOrigin + performance.now() - t0, nama);
}

if (aktif && isMainThread) {
  const bin = (globalThis as Record<symbol, AwalBin | undefined>)[AWAL_BIN];
  if (bin) tulis(bin.t, 'bin/sakip.js mulai', NaN); // its CPU time was not read then
  process.on('exit', () => tanda('keluar'));
}
