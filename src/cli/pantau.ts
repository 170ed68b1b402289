// `sakip pantau`: build, then rebuild whenever content or a template changes. One process stays warm, and only the
// documents whose model changed are rendered and written again; a content error writes nothing, as in `build`.
import chokidar from 'chokidar';
import { performance } from 'node:perf_hooks';
import { TEMPLATES_DIR } from '../load/read-templates.ts';
import { jalurPantau } from '../pemda/akar.ts';
import { build, type BuildMemory, type BuildResult, type Options } from '../pipeline.ts';
import type { Progres } from '../progres.ts';
import { hasErrors, type Diagnostic } from '../validate/diagnostics.ts';

// a save reaches the build after the file is still for STABIL_MS and no other file changed for DEBOUNCE_MS (a burst
// of saves, e.g. a git checkout, is one build); both small, as they count in the save → file time. Every event
// already waits STABIL_MS, so the files of one burst arrive within a few ms of each other: DEBOUNCE_MS only has to
// gather them. A save seen half-written is at worst one build with a syntax error, followed by the good one.
const DEBOUNCE_MS = 20;
const STABIL_MS = 50;
const WATCHED = /\.(md|ya?ml|hbs)$/i;

export interface Pantauan {
  ready: Promise<void>; close(): Promise<void>;
  /** Queues a rebuild as a save would (debounced with the saves), `sebab` reported as its cause. */
  bangunLagi?(sebab: string[]): void;
}

/** A fresh progress reporter for each build (its `selesai` runs before the build is reported). */
export type BuatProgres = () => Progres & { selesai?(): void };

/** Checks beyond the watched content run before each build (a Pemda's cross-agency checks): an error there builds
 *  nothing, as in `build`; warnings join the build's report. */
export type PeriksaLuar = () => Diagnostic[];

/** Watches `o.konten` and the templates; calls `onBuild` after the first build and after every rebuild. */
export function pantau(o: Options, onBuild: (r: BuildResult, detik: number, sebab: string[]) => void, onError: (e: unknown) => void,
  buatProgres?: BuatProgres, periksaLuar?: PeriksaLuar): Pantauan {
  const memory: BuildMemory = new Map();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void>;
  let changed: string[] = [];
  let closed = false;

  const run = async (sebab: string[]) => {
    const t0 = performance.now();
    const progres = buatProgres?.();
    try {
      const luar = periksaLuar?.() ?? [];
      const r = hasErrors(luar) ? { diagnostics: luar, outputs: [], unchanged: 0 }
        : await build(o, memory, progres).then((b) => ({ ...b, diagnostics: [...luar, ...b.diagnostics] })).finally(() => progres?.selesai?.());
      onBuild(r, (performance.now() - t0) / 1000, sebab);
    } catch (e) {
      onError(e);
    }
  };
  const schedule = (files: string[]) => {
    if (closed) return;
    changed.push(...files);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const sebab = [...new Set(changed)];
      changed = [];
      running = running.then(() => run(sebab)); // one build at a time, in order
    }, DEBOUNCE_MS);
  };

  const watcher = chokidar.watch([...jalurPantau(o.konten), o.templat ?? TEMPLATES_DIR], { // an agency of a Pemda: also bersama/, pemda.yaml
    ignoreInitial: true, awaitWriteFinish: { stabilityThreshold: STABIL_MS, pollInterval: 10 },
  });
  watcher.on('all', (_event, file) => { if (WATCHED.test(file)) schedule([file]); });
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  running = ready.then(() => run([]));
  return {
    ready: running,
    async close() {
      closed = true;
      clearTimeout(timer);
      await watcher.close();
      await running;
    },
    bangunLagi: schedule,
  };
}
