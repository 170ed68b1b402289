// A small CLI rebuild's renderer (issue 15). The preloading worker (src/pipeline.ts) loads the PDF backend while
// this thread checks and computes, then lays out the PDFs; this thread, idle meanwhile, renders the DOCX at the same
// time, one document after another. A document whose DOCX lists page labels (a table of contents) takes both
// formats from the worker, the labels coming from the PDF layout. Same bytes as renderDokumen in one thread.
import os from 'node:os';
import { intiMenganggur } from './luang-cpu.ts';
import { renderDokumen, type Perender } from './cache/render.ts';
import type { KolamPekerja } from './pekerja.ts';
import { needsPageLabels } from './render/model.ts';
import { tanda } from './waktu.ts';

/** A core to spare for the worker: on one core, or a machine already busy, the worker would only add its start and
 *  its share of the loading to this thread's CPU (measured: +0.15-0.2 s, no wall time gained on a 2-core VM at load
 *  4-8). Busy: less than 0.6 of a core idle since the CLI started (this process itself keeps one busy); when that
 *  cannot be told (too short a time), the load average of the last minute as before. */
export function intiLuang(): boolean {
  const inti = os.availableParallelism();
  if (inti <= 1) return false;
  const menganggur = intiMenganggur();
  return menganggur !== undefined ? menganggur >= 0.6 : os.loadavg()[0] < inti - 0.5;
}

export function perenderPramuat(kolam: KolamPekerja): Perender {
  let antre: Promise<unknown> = Promise.resolve(); // this thread's DOCX, in order (never two at once)
  return {
    async render(model, format) {
      tanda('model siap');
      if (!format.includes('pdf') || !format.includes('docx') || needsPageLabels(model)) return kolam.render(model, format);
      const pdf = kolam.render(model, ['pdf']);
      const docx = antre.then(() => renderDokumen(model, ['docx']));
      antre = docx.catch(() => undefined);
      const [p, d] = await Promise.all([pdf.finally(() => tanda('pdf diterima')), docx.finally(() => tanda('docx selesai'))]);
      return { pdf: p.pdf, docx: d.bytes.docx };
    },
  };
}
