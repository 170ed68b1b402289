// Idle cores right now, not the load average: the load average of the last minute lags (a build right after another
// command sees that command's load on an idle machine, and the other way round). Cumulative idle time of every CPU
// (os.cpus(): /proc/stat, 10 ms ticks) is read when this module loads (the CLI imports it first, src/cli/main.ts), or
// taken from bin/sakip.js's first line, and at each question; the idle cores over the time between (issue 15: the
// preloading worker of a small rebuild, src/pramuat.ts, pays only when a core is really free).
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { AWAL_BIN, type AwalBin } from './waktu.ts';

const idle = () => os.cpus().reduce((a, c) => a + c.times.idle, 0);
// bin/sakip.js's reading (AWAL_BIN, src/waktu.ts): ~40-60 ms more to measure by the time the CLI asks (it starts
// the preloading worker before the no-change answer, src/cli/perintah.ts)
const bin = (globalThis as Record<symbol, AwalBin | undefined>)[AWAL_BIN];
let lalu = bin && bin.idle > 0 ? { ...bin } : { t: performance.now(), idle: idle() };

/** Cores idle on average since the previous reading (or since the module loaded); undefined when that was under
 *  `minMs` ago (too few ticks to tell) or the platform reports no idle time. 40 ms: the CLI's first question comes
 *  ~60-80 ms after bin's reading; under 80 ms it fell back to the load average, so right after another command (load
 *  average of the last minute still high) the worker started only after the look-up. 40 ms of 2 CPUs are 8 ticks:
 *  an idle core (~1) and a busy one (~0) stay apart at the 0.6 threshold (src/pramuat.ts). */
export function intiMenganggur(minMs = 40): number | undefined {
  const t = performance.now();
  if (t - lalu.t < minMs) return undefined;
  const i = idle();
  const hasil = (i - lalu.idle) / (t - lalu.t);
  lalu = { t, idle: i };
  return i > 0 ? hasil : undefined;
}
