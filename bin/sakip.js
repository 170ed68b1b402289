#!/usr/bin/env node
// Entry point of the `sakip` command. Runs the compiled JavaScript in dist/ (written by `npm ci`) while it is newer
// than every TypeScript source, which saves tsx's start-up; otherwise runs the sources through tsx.
import fs from 'node:fs';
import v8 from 'node:v8';
import vm from 'node:vm';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// A build runs a few seconds: V8's default eagerness to optimise spends more on background compilation than it
// saves (measured: 8× the default interrupt budget is ~10% faster wall time with a third less CPU). Set before any
// of our code or the libraries load.
v8.setFlagsFromString('--interrupt-budget=524288');
// Peak memory of a build (issue 15): a full collection between documents when the heap is large (src/memori.ts;
// --expose-gc reaches contexts created after it: this one takes `gc` from a fresh context, worker threads have it).
// Default content, full build, quiet machine, 2 runs each: 473-483 MB -> 344-348 MB, CPU 14.6-17.8 -> 14.1-17.6 s;
// Main thread only (a Pemda's agency workers do not collect: CPU +12-35 % for ~0.2-0.4 GB less, src/memori.ts).
// Not set: --heap-growing-percent=20 (316 MB but ~20 % more CPU; =50: 318 MB, ~10 % more CPU).
v8.setFlagsFromString('--expose-gc');
globalThis.gc ??= vm.runInNewContext('gc');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function compiledIsFresh() {
  let stamp;
  try {
    stamp = fs.statSync(path.join(root, 'dist', '.stamp')).mtimeMs;
  } catch {
    return false;
  }
  const src = path.join(root, 'src');
  return fs.readdirSync(src, { recursive: true }).every((f) => fs.statSync(path.join(src, String(f))).mtimeMs < stamp);
}

if (compiledIsFresh()) {
  const bundel = path.join(root, 'dist', 'bundel', 'main.js'); // scripts/bundel.mjs; absent without esbuild
  await import(pathToFileURL(fs.existsSync(bundel) ? bundel : path.join(root, 'dist', 'cli', 'main.js')).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
