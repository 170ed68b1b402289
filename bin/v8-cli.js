// The V8 flags of the `sakip` command, set at run time by bin/sakip.js (after node's own modules are loaded: see
// there) and by the bench and profile scripts (scripts/v8-cli.ts), so what they measure is what a user's build runs.
import v8 from 'node:v8';
import vm from 'node:vm';

// A build runs a few seconds: V8's default eagerness to optimise spends more on background compilation than it
// saves (measured: 8× the default interrupt budget is ~10% faster wall time with a third less CPU). Set before any
// of our code or the libraries load. Re-checked for a Pemda's long-lived agency workers (session 5, Pemda 4 cold from
// dist/, load 8-14, CPU process / workers / other threads s): default 67584 48.1 / 25.0 / 22.0 vs 36.7 / 25.8 / 9.4
// (TurboFan on the helper threads); 4x (2097152), 3 alternating pairs: 41.3 41.9 35.9 vs 43.1 39.4 34.7 (helpers
// -4 s, workers +2-6 s in slower code), wall slower in 3 of 3. This value stays.
// Peak memory of a build (issue 15): a full collection between documents when the heap is large (src/memori.ts;
// --expose-gc reaches contexts created after it: this one takes `gc` from a fresh context, worker threads have it).
// Default content, full build, quiet machine, 2 runs each: 473-483 MB -> 344-348 MB, CPU 14.6-17.8 -> 14.1-17.6 s;
// Main thread only (a Pemda's agency workers do not collect: CPU +12-35 % for ~0.2-0.4 GB less, src/memori.ts).
// Not set: --heap-growing-percent=20 (316 MB but ~20 % more CPU; =50: 318 MB, ~10 % more CPU).
// Not set (issue 15): V8's GC threading, which it takes only on node's command line (setFlagsFromString aborts V8;
// worker threads refuse it: ERR_WORKER_INVALID_EXEC_ARGV), so it would need a re-executed child. Cold builds
// (--tanpa-cache), dist/, 2-core VM busy with others (load 3-11), alternating runs, wall s / CPU (user+sys) s:
//   none                                          Pemda 10: 84 56 57 45 / 59 59 58 53  Pemda 4: 36 42 17 / 21 21 28  content/: 18.5 17.9 18.1
//   --no-concurrent-marking --no-parallel-scavenge          42 31 30 27 / 47 57 52 52           49 44 27 / 23 20 28            17.8 18.3 14.8
//   --single-threaded-gc                                    52 45       / 50 64                 36 45 24 / 21 20 24            20.0 26.2 15.7
//   --no-concurrent-recompilation                           26 51       / 48 52                 34 43 31 / 20 19 31            16.6 39.9 15.2
// Quiet (load 1-3), none vs --no-concurrent-marking --no-parallel-scavenge: Pemda 4 16.9 15.2 -> 14.9 14.7 s wall,
// Pemda 10 23.0 -> 22.4 s (CPU 43.5 -> 43.0 s; peak 0.93 -> 0.98 GB). The big 10-agency drop above (the two workers
// used ~1.8 instead of ~1.1 cores) is under others' load only; quiet, 2-11 %: not the clear 5 % asked, so not set.
// Session 5, re-checked through the re-exec's flags (bin/ulang-gc.js, opt-in): Pemda 10 cold, tsx, 4 alternating pairs,
// load 14-21 (others' builds), none / flags: wall 197/222 218/185 227/175 120/138 s (sums 761 / 720), CPU 71.6/83.0
// 79.5/75.7 76.5/70.0 66.8/70.8 s (294 / 300), peak 922-1017 / 1011-1226 MB. Two pairs each way, CPU equal, peak
// +10 %: still not the default. Where the CPU goes (perf, Pemda 4 cold from dist/): the V8 platform threads take
// ~22 % of the process, mostly TurboFan (13 %), scavenging 4 %, marking 1 %: the GC flags reach the smaller part.

/** The flags, as they would be written on node's command line (a child process: scripts/bench-skala.ts). */
export const V8_CLI = ['--interrupt-budget=524288', '--expose-gc'];

/** Sets V8_CLI in this process (before the code they should govern is loaded) and gives it `gc` (--expose-gc reaches
 *  contexts created after it: this one takes `gc` from a fresh context; worker threads have it). */
export function aturV8() {
  for (const f of V8_CLI) v8.setFlagsFromString(f);
  globalThis.gc ??= vm.runInNewContext('gc');
}
