// Worker thread of src/pekerja.ts: renders one document model per message, bytes sent back. `workerData.muat`:
// backends to load at once, before the first model arrives (a build's preloading worker, src/pipeline.ts). The CLI's
// preloading worker gets the build cache directory (environment data, src/cli/pramuat-awal.ts): the libraries are
// compiled with its V8 code cache, and the entries it lacked are written after the first render (src/cli/kode-v8.ts).
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getEnvironmentData, parentPort, workerData } from 'node:worker_threads';
import { backendDariBundel, muatDocx, muatPdf, renderDokumen, type FormatKeluaran } from './cache/render.ts';
import { DATA_KODE_V8, pasangKodeV8 } from './cli/kode-v8.ts';
import type { DocModel } from './render/model.ts';
import { DATA_PEMANASAN, MODEL_PEMANASAN } from './pemanasan.ts';
import { tanda } from './waktu.ts';

tanda('pekerja: modul dimuat');

// run from dist/: the backends' CommonJS bundles beside it (scripts/bundel.mjs), as the CLI's main thread loads them
const bundel = fileURLToPath(new URL('./bundel/', import.meta.url));
if (fs.existsSync(`${bundel}backend-pdf.cjs`) && fs.existsSync(`${bundel}backend-docx.cjs`)) backendDariBundel(bundel);
const kodeV8 = getEnvironmentData(DATA_KODE_V8);
let simpanKode = typeof kodeV8 === 'string' ? pasangKodeV8(kodeV8) : undefined;
const muat = (workerData as { muat?: FormatKeluaran[] } | null)?.muat ?? [];
for (const f of muat) (f === 'pdf' ? muatPdf() : muatDocx()).catch(() => undefined); // a failure shows again at the first render
// the CLI's preloading worker: a one-page PDF laid out and dropped while the main thread checks (src/pemanasan.ts);
// the first document waits for it; the code cache is written after that document's render, not this one's
const panas = muat[0] === 'pdf' && getEnvironmentData(DATA_PEMANASAN) ? muatPdf().then(() => { tanda('pekerja: backend pdf dimuat'); return renderDokumen(MODEL_PEMANASAN, ['pdf']); }).then(() => tanda('pekerja: pemanasan selesai')).catch(() => undefined) : undefined;

parentPort!.on('message', async (m: { model: DocModel; format: FormatKeluaran[] }) => {
  try {
    tanda('pekerja: model tiba');
    await panas;
    const { bytes } = await renderDokumen(m.model, m.format);
    tanda('pekerja: dirender');
    simpanKode?.(); // before the answer: the worker may be stopped right after it (nothing to write once the entries exist)
    simpanKode = undefined;
    parentPort!.postMessage({ bytes }); // copied: a Buffer may share Node's pool, which must not be transferred
  } catch (e) {
    parentPort!.postMessage({ galat: e instanceof Error ? e.stack ?? e.message : String(e) });
  }
});
