// One document's bytes in the wanted formats: from the build cache when it holds them, rendered otherwise (and
// kept for the cache). The backends (pdfmake, docx, canvas) load only when something is rendered.
import type { Pages, DocModel } from '../render/model.ts';
import { needsPageLabels } from '../render/model.ts';
import type { Cache } from './simpanan.ts';

export type FormatKeluaran = 'pdf' | 'docx';
interface Backend {
  renderPdf(doc: DocModel): Promise<{ bytes: Uint8Array; layout: Pages }>;
  renderDocx(doc: DocModel, layout?: Pages): Promise<Uint8Array>;
}

let backend: Promise<Backend> | undefined;
export const muatBackend = (): Promise<Backend> => (backend ??= Promise.all([import('../backends/pdf.ts'), import('../backends/docx.ts')])
  .then(([p, d]) => ({ renderPdf: p.renderPdf, renderDocx: d.renderDocx })));

export interface HasilDokumen { bytes: Partial<Record<FormatKeluaran, Uint8Array>>; dirender: boolean }

/** `model`: the document model, or a function giving it (called only when something is rendered). */
export async function renderDokumen(model: DocModel | (() => DocModel), format: FormatKeluaran[], cache?: Cache, kunci?: string): Promise<HasilDokumen> {
  const bytes: HasilDokumen['bytes'] = {};
  if (cache && kunci) for (const f of format) bytes[f] = cache.ambil(kunci, f);
  const kurang = format.filter((f) => !bytes[f]);
  if (!kurang.length) return { bytes, dirender: false };
  const doc = typeof model === 'function' ? model() : model;
  const { renderPdf, renderDocx } = await muatBackend();
  // the PDF layout gives the page labels the DOCX lists print, so it runs first when either needs it
  const pdf = kurang.includes('pdf') || needsPageLabels(doc) ? await renderPdf(doc) : undefined;
  if (kurang.includes('pdf')) bytes.pdf = pdf!.bytes;
  if (kurang.includes('docx')) bytes.docx = await renderDocx(doc, pdf?.layout);
  if (cache && kunci) {
    for (const f of kurang) cache.simpan(kunci, f, bytes[f]!);
    if (pdf && !format.includes('pdf')) cache.simpan(kunci, 'pdf', pdf.bytes); // laid out anyway: a later PDF build hits
  }
  return { bytes, dirender: true };
}
