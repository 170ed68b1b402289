// One document's bytes in the wanted formats: from the build cache when it holds them, rendered otherwise (and
// kept for the cache). The backends (pdfmake, docx, canvas) load only when something is rendered.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Pages, DocModel } from '../render/model.ts';
import { needsPageLabels } from '../render/model.ts';
import type { Cache } from './simpanan.ts';
import { FAKTOR_DOCX, lepasTumpukan, rapikan } from '../memori.ts';

export type FormatKeluaran = 'pdf' | 'docx';
interface Backend {
  renderPdf(doc: DocModel): Promise<{ bytes: Uint8Array; layout: Pages }>;
  renderDocx(doc: DocModel, layout?: Pages): Promise<Uint8Array>;
}

// each backend loaded on first use (a worker of src/pekerja-awal.ts loads only its own)
let pdfDimuat: Promise<Backend['renderPdf']> | undefined, docxDimuat: Promise<Backend['renderDocx']> | undefined;
let sumber: { pdf(): Promise<Pick<Backend, 'renderPdf'>>; docx(): Promise<Pick<Backend, 'renderDocx'>> } = {
  pdf: () => import('../backends/pdf.ts'), docx: () => import('../backends/docx.ts'),
};
export const muatPdf = () => (pdfDimuat ??= sumber.pdf().then((m) => m.renderPdf));
export const muatDocx = () => (docxDimuat ??= sumber.docx().then((m) => m.renderDocx));

/** The backends from their CommonJS bundles in `dir` (dist/bundel/: backend-pdf.cjs, backend-docx.cjs, as the CLI's
 *  main thread loads them) instead of tsc's dist/backends/: for a worker thread run from dist/ (src/pekerja-render.ts),
 *  one file each, compiled with the V8 code cache. Call before the first load. */
export function backendDariBundel(dir: string): void {
  const req = createRequire(path.join(dir, 'x.cjs'));
  sumber = { pdf: async () => req('./backend-pdf.cjs') as Pick<Backend, 'renderPdf'>, docx: async () => req('./backend-docx.cjs') as Pick<Backend, 'renderDocx'> };
}
export const muatBackend = (): Promise<Backend> => Promise.all([muatPdf(), muatDocx()]).then(([renderPdf, renderDocx]) => ({ renderPdf, renderDocx }));

export interface HasilDokumen { bytes: Partial<Record<FormatKeluaran, Uint8Array>>; dirender: boolean }

/** Renders a model elsewhere (src/pekerja.ts: a worker thread), with the same bytes as this module's path. */
export interface Perender { render(model: DocModel, format: FormatKeluaran[]): Promise<HasilDokumen['bytes']> }

/** `model`: the document model, or a function giving it (called only when something is rendered). `perender`:
 *  what the cache does not hold is rendered there (the cache is read and written here). */
export async function renderDokumen(model: DocModel | (() => DocModel), format: FormatKeluaran[], cache?: Cache, kunci?: string, perender?: Perender): Promise<HasilDokumen> {
  const bytes: HasilDokumen['bytes'] = {};
  if (cache && kunci) for (const f of format) bytes[f] = cache.ambil(kunci, f);
  const kurang = format.filter((f) => !bytes[f]);
  if (!kurang.length) return { bytes, dirender: false };
  const doc = typeof model === 'function' ? model() : model;
  if (perender) {
    const b = await perender.render(doc, kurang);
    for (const f of kurang) { bytes[f] = b[f]!; if (cache && kunci) cache.simpan(kunci, f, b[f]!); }
    return { bytes, dirender: true };
  }
  // the PDF layout gives the page labels the DOCX lists print, so it runs first when either needs it
  const perluPdf = kurang.includes('pdf') || needsPageLabels(doc);
  const [renderPdf, renderDocx] = await Promise.all([perluPdf ? muatPdf() : undefined, kurang.includes('docx') ? muatDocx() : undefined]);
  const pdf = perluPdf ? await renderPdf!(doc) : undefined;
  if (kurang.includes('pdf')) bytes.pdf = pdf!.bytes;
  if (pdf) await lepasTumpukan(); // the PDF's layout tree is garbage only after this (src/memori.ts)
  if (pdf && kurang.includes('docx')) rapikan(undefined, FAKTOR_DOCX); // collected before the DOCX's tree is built
  if (kurang.includes('docx')) bytes.docx = await renderDocx!(doc, pdf?.layout);
  if (cache && kunci) {
    for (const f of kurang) cache.simpan(kunci, f, bytes[f]!);
    if (pdf && !format.includes('pdf')) cache.simpan(kunci, 'pdf', pdf.bytes); // laid out anyway: a later PDF build hits
  }
  return { bytes, dirender: true };
}

/** A watching build's two steps for one document: its PDF now (from the cache or rendered), its DOCX later from
 *  the same layout (`docx()`), so the PDF can be written before the DOCX is rendered. Same bytes as renderDokumen. */
export interface Bertahap { pdf?: Uint8Array; dirender: boolean; docx(): Promise<Uint8Array | undefined> }
export async function renderBertahap(model: () => DocModel, format: FormatKeluaran[], cache?: Cache, kunci?: string): Promise<Bertahap> {
  const simpan = (f: FormatKeluaran, b: Uint8Array) => { if (cache && kunci) cache.simpan(kunci, f, b); };
  const ada = (f: FormatKeluaran) => (cache && kunci && format.includes(f) ? cache.ambil(kunci, f) : undefined);
  let pdf = ada('pdf');
  const docx = ada('docx');
  let doc: DocModel | undefined;
  let layout: Pages | undefined;
  const hasil: Bertahap = {
    pdf, dirender: false,
    async docx() {
      if (!format.includes('docx') || docx) return docx;
      doc ??= model();
      const b = await muatBackend();
      if (!layout && needsPageLabels(doc)) { // the page labels of the DOCX lists come from the PDF layout
        const r = await b.renderPdf(doc);
        layout = r.layout;
        if (!format.includes('pdf')) simpan('pdf', r.bytes); // laid out anyway: a later PDF build hits
      }
      const bytes = await b.renderDocx(doc, layout);
      simpan('docx', bytes);
      hasil.dirender = true;
      return bytes;
    },
  };
  if (format.includes('pdf') && !pdf) {
    doc = model();
    const r = await (await muatBackend()).renderPdf(doc);
    hasil.pdf = pdf = r.bytes;
    layout = r.layout;
    simpan('pdf', r.bytes);
    hasil.dirender = true;
  }
  return hasil;
}
