// Worker thread of src/pekerja.ts: renders one document model per message, bytes sent back.
import { parentPort } from 'node:worker_threads';
import { renderDokumen, type FormatKeluaran } from './cache/render.ts';
import type { DocModel } from './render/model.ts';

parentPort!.on('message', async (m: { model: DocModel; format: FormatKeluaran[] }) => {
  try {
    const { bytes } = await renderDokumen(m.model, m.format);
    parentPort!.postMessage({ bytes }); // copied: a Buffer may share Node's pool, which must not be transferred
  } catch (e) {
    parentPort!.postMessage({ galat: e instanceof Error ? e.stack ?? e.message : String(e) });
  }
});
