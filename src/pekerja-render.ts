// Worker thread of src/pekerja.ts: renders one document model per message, bytes sent back. `workerData.muat`:
// backends to load at once, before the first model arrives (a build's preloading worker, src/pipeline.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { muatDocx, muatPdf, renderDokumen, type FormatKeluaran } from './cache/render.ts';
import type { DocModel } from './render/model.ts';

const muat = (workerData as { muat?: FormatKeluaran[] } | null)?.muat ?? [];
for (const f of muat) (f === 'pdf' ? muatPdf() : muatDocx()).catch(() => undefined); // a failure shows again at the first render

parentPort!.on('message', async (m: { model: DocModel; format: FormatKeluaran[] }) => {
  try {
    const { bytes } = await renderDokumen(m.model, m.format);
    parentPort!.postMessage({ bytes }); // copied: a Buffer may share Node's pool, which must not be transferred
  } catch (e) {
    parentPort!.postMessage({ galat: e instanceof Error ? e.stack ?? e.message : String(e) });
  }
});
