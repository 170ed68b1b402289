import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

// Files that need a process of their own, found by what they do: module mocks and a reset module registry (a shared
// process would keep the real module cached, or leak the mock to the next file), stubbed env or globals, fake
// timers, chdir, V8 flags. The others share one process per fork (isolate: false): a file in a fresh process
// re-imported the pipeline, pdfmake, docx … (38 small files: ~110 -> ~55 s CPU).
const EIGEN = /\bvi\.(mock|doMock|unmock|doUnmock|resetModules|stubEnv|stubGlobal|useFakeTimers)\b|process\.chdir|setFlagsFromString/;
const TEST = fileURLToPath(new URL('test/', import.meta.url));
const TERPISAH = fs.readdirSync(TEST, { recursive: true }).map(String).filter((f) => f.endsWith('.test.ts') && EIGEN.test(fs.readFileSync(TEST + f, 'utf8')))
  .map((f) => `test/${f.split(path.sep).join('/')}`); // sub-folders too: include is test/**

// One fork per core: vitest's default (cores - 1) ran the files one at a time on a 2-core machine (758 s, 1.3 cores busy).
export default defineConfig({
  test: {
    testTimeout: 120_000, hookTimeout: 300_000, pool: 'forks', maxWorkers: os.availableParallelism(),
    setupFiles: ['test/setup-cache.ts'],
    // V8 optimises later, as bin/sakip.js does for a build: the forks render in-process. 3 alternating pairs
    // (lkip+rencana-aksi x2, renstra+pohon-kinerja), load 5-9, CPU s: 27.8 32.7 47.2 -> 25.6 27.5 44.4
    execArgv: ['--interrupt-budget=524288'],
    projects: [
      { extends: true, test: { name: 'bersama', isolate: false, include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, ...TERPISAH] } },
      { extends: true, test: { name: 'terpisah', include: TERPISAH } },
    ],
  },
});
