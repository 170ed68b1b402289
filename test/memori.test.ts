// src/memori.ts: a full collection between documents only when the heap is above the limit and V8's gc is exposed;
// lepasTumpukan ends the tick whose callback still holds an ended PDF.
import v8 from 'node:v8';
import vm from 'node:vm';
import { afterEach, expect, it, vi } from 'vitest';
import { lepasTumpukan, lupakanHidup, rapikan } from '../src/memori.ts';

const g = globalThis as { gc?: () => void };
const asli = g.gc;
afterEach(() => { g.gc = asli; lupakanHidup(); });

it('collects above the limit, not below it, and never without an exposed gc', () => {
  const gc = vi.fn();
  g.gc = gc;
  expect(rapikan(1e6)).toBe(false); // the heap is far below 1 TB
  expect(gc).not.toHaveBeenCalled();
  expect(rapikan(0)).toBe(true);
  expect(gc).toHaveBeenCalledTimes(1);
  g.gc = undefined;
  expect(rapikan(0)).toBe(false);
});

it('after a collection, the next waits until the heap has grown by the factor (twice by default)', () => {
  const gc = vi.fn();
  g.gc = gc;
  expect(rapikan(0)).toBe(true);
  expect(rapikan(0)).toBe(false); // the heap has not doubled since
  expect(rapikan(0, 1e3)).toBe(false);
  expect(gc).toHaveBeenCalledTimes(1);
  expect(rapikan(0, 0.5)).toBe(true); // the heap holds more than half of what was live
  lupakanHidup();
  expect(rapikan(0)).toBe(true);
});

it('a nextTick callback argument is collectable once lepasTumpukan has resolved', async () => {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  let ref!: WeakRef<object>;
  // as pdfkit's stream: its end event in a nextTick callback resolves the promise the PDF backend awaits
  await new Promise<void>((resolve) => process.nextTick((o: object) => { ref = new WeakRef(o); resolve(); }, { halaman: new Array(1e5).fill(1) }));
  await lepasTumpukan();
  gc();
  expect(ref.deref()).toBeUndefined();
});

it('worker threads do not collect (a Pemda agency worker: it cost more CPU than the memory was worth)', async () => {
  const { Worker } = await import('node:worker_threads');
  const { createRequire } = await import('node:module');
  const { pathToFileURL } = await import('node:url');
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const memori = new URL('../src/memori.ts', import.meta.url).href;
  const kode = `import(${JSON.stringify(tsx)}).then((m) => m.register()).then(() => import(${JSON.stringify(memori)})).then((m) => {
    let n = 0; globalThis.gc = () => { n++; };
    require('node:worker_threads').parentPort.postMessage({ rapikan: m.rapikan(0), n });
  })`;
  const w = new Worker(kode, { eval: true });
  const hasil = await new Promise((ok, gagal) => { w.once('message', ok); w.once('error', gagal); });
  await w.terminate();
  expect(hasil).toEqual({ rapikan: false, n: 0 });
});
