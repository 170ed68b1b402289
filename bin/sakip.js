#!/usr/bin/env node
// Entry point of the `sakip` command. Runs the compiled JavaScript in dist/ (written by `npm ci`) while it is newer
// than every TypeScript source, which saves tsx's start-up; otherwise runs the sources through tsx.
import fs from 'node:fs';
import os from 'node:os';
import v8 from 'node:v8';
import vm from 'node:vm';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compiledIsFresh } from './segar.js';
import { perluUlangGc, ulangGc } from './ulang-gc.js';

// The start of our code for the SAKIP_WAKTU timeline (src/waktu.ts) and the CPUs' idle time then: the CLI decides
// on its preloading worker ~0.1 s later from the idle cores since (src/luang-cpu.ts).
globalThis[Symbol.for('sakip.awal-bin')] = { t: performance.now(), idle: os.cpus().reduce((a, c) => a + c.times.idle, 0) };

// SAKIP_ULANG_GC=1: a Pemda build whose agency workers fill every core again in a child node with V8 GC flags
// (bin/ulang-gc.js; not the default, measured below).
const argv = process.argv.slice(2);
if (perluUlangGc(argv)) process.exit(await ulangGc(fileURLToPath(import.meta.url), argv));

// Node compiles its own modules from the code cache built into it only while V8's flags are the defaults (the cache
// records their hash): those a build loads are loaded before the flags below change (issue 15: these ~55 modules,
// ~15 of them commander's child_process, cost ~12 ms CPU from the cache, ~32 ms compiled from source). Worker threads
// start under the flags and compile theirs from source (~+50 ms CPU of the preloading worker's start: not avoided).
if (['build', 'pantau', 'check'].includes(argv.find((a) => !a.startsWith('-')) ?? '')) {
  const req = createRequire(import.meta.url);
  for (const m of ['child_process', 'crypto', 'zlib', 'worker_threads', 'perf_hooks', 'fs/promises', 'stream', 'readline']) req(`node:${m}`);
}

// A build runs a few seconds: V8's default eagerness to optimise spends more on background compilation than it
// saves (measured: 8× the default interrupt budget is ~10% faster wall time with a third less CPU). Set before any
// of our code or the libraries load. Re-checked for a Pemda's long-lived agency workers (session 5, Pemda 4 cold from
// dist/, load 8-14, CPU process / workers / other threads s): default 67584 48.1 / 25.0 / 22.0 vs 36.7 / 25.8 / 9.4
// (TurboFan on the helper threads); 4x (2097152), 3 alternating pairs: 41.3 41.9 35.9 vs 43.1 39.4 34.7 (helpers
// -4 s, workers +2-6 s in slower code), wall slower in 3 of 3. This value stays.
v8.setFlagsFromString('--interrupt-budget=524288');
// Peak memory of a build (issue 15): a full collection between documents when the heap is large (src/memori.ts;
// --expose-gc reaches contexts created after it: this one takes `gc` from a fresh context, worker threads have it).
// Default content, full build, quiet machine, 2 runs each: 473-483 MB -> 344-348 MB, CPU 14.6-17.8 -> 14.1-17.6 s;
// Main thread only (a Pemda's agency workers do not collect: CPU +12-35 % for ~0.2-0.4 GB less, src/memori.ts).
// Not set: --heap-growing-percent=20 (316 MB but ~20 % more CPU; =50: 318 MB, ~10 % more CPU).
v8.setFlagsFromString('--expose-gc');
globalThis.gc ??= vm.runInNewContext('gc');
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

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

if (compiledIsFresh(root)) {
  const bundel = path.join(root, 'dist', 'bundel', 'main.js'); // scripts/bundel.mjs; absent without esbuild
  await import(pathToFileURL(fs.existsSync(bundel) ? bundel : path.join(root, 'dist', 'cli', 'main.js')).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
