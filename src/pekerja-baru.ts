// A worker thread running `url` (a module beside the caller). From the TypeScript sources the worker registers tsx
// itself: `--import tsx` in execArgv is not honoured in Node 20 workers. From dist/, an entry bundled as CommonJS
// (dist/bundel/<nama>.cjs, scripts/bundel.mjs) runs instead of tsc's module: no ES module loader in the worker.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** `nama` without extension, resolved beside `dari` (the caller's import.meta.url): .ts from the sources, .js from dist/. */
export function pekerjaBaru(nama: string, dari: string, opsi: WorkerOptions = {}): Worker {
  const ts = dari.endsWith('.ts');
  const url = new URL(`./${nama}${ts ? '.ts' : '.js'}`, dari);
  const bundel = ts ? undefined : new URL(`./bundel/${nama}.cjs`, url);
  if (bundel) return new Worker(fs.existsSync(bundel) ? bundel : url, opsi);
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href; // its ESM entry
  return new Worker(`import(${JSON.stringify(tsx)}).then((m) => m.register()).then(() => import(${JSON.stringify(url.href)}))`, { ...opsi, eval: true });
}
