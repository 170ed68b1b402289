#!/usr/bin/env node
// Entry point of the `sakip` command. Runs the compiled JavaScript in dist/ (written by `npm ci`) while it is newer
// than every TypeScript source, which saves tsx's start-up; otherwise runs the sources through tsx.
import fs from 'node:fs';
import os from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compiledIsFresh } from './segar.js';
import { perluUlangGc, ulangGc } from './ulang-gc.js';
import { aturV8 } from './v8-cli.js';

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

// V8's flags for a build (bin/v8-cli.js: why each is set, and what was measured and not set).
aturV8();

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

if (compiledIsFresh(root)) {
  const bundel = path.join(root, 'dist', 'bundel', 'main.js'); // scripts/bundel.mjs; absent without esbuild
  await import(pathToFileURL(fs.existsSync(bundel) ? bundel : path.join(root, 'dist', 'cli', 'main.js')).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
