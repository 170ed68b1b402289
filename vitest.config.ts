import os from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

// Files that need a process of their own: module mocks (vi.mock, vi.resetModules) and V8 flags. The others share one
// process per fork (isolate: false): each file in a fresh process re-imported the pipeline, pdfmake, docx … (~2 s).
const TERPISAH = ['cache-pramuat', 'cli-pramuat-awal', 'luang-cpu', 'memori', 'pemanasan', 'pemda-lintas-sekali'].map((f) => `test/${f}.test.ts`);

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
