// A small CLI rebuild's renderer (issue 15). The preloading worker (src/pipeline.ts) loads the PDF backend while
// this thread checks and computes, then lays out the PDFs; this thread, idle meanwhile, renders the DOCX at the same
// time, one document after another. A document whose DOCX lists page labels (a table of contents) takes both
// formats from the worker, the labels coming from the PDF layout. Same bytes as renderDokumen in one thread.
import { renderDokumen, type Perender } from './cache/render.ts';
import type { KolamPekerja } from './pekerja.ts';
import { needsPageLabels } from './render/model.ts';

export function perenderPramuat(kolam: KolamPekerja): Perender {
  let antre: Promise<unknown> = Promise.resolve(); // this thread's DOCX, in order (never two at once)
  return {
    async render(model, format) {
      if (!format.includes('pdf') || !format.includes('docx') || needsPageLabels(model)) return kolam.render(model, format);
      const pdf = kolam.render(model, ['pdf']);
      const docx = antre.then(() => renderDokumen(model, ['docx']));
      antre = docx.catch(() => undefined);
      const [p, d] = await Promise.all([pdf, docx]);
      return { pdf: p.pdf, docx: d.bytes.docx };
    },
  };
}
