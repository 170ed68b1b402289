// The check and render stages without a cache: content loaded and validated (check), the selected jobs, their
// document models through the templates (models), and `sakip check` running both (checkAll).
import path from 'node:path';
import { DOCUMENTS, type DocJob } from '../documents.ts';
import { LABEL_UMUM } from '../jenis/label-umum.ts';
import { loadContent } from '../load/load-content.ts';
import { readTemplates, TEMPLATES_DIR, type Templates } from '../load/read-templates.ts';
import { jumlahBerkas, type Progres } from '../progres.ts';
import type { DocModel } from '../render/model.ts';
import { createRenderer } from '../render/render-document.ts';
import { TemplateError } from '../render/template-error.ts';
import type { Content } from '../validate/build-content.ts';
import { checkRujukan } from '../validate/checks/rujukan.ts';
import { diag, hasErrors, type Diagnostic } from '../validate/diagnostics.ts';
import { validate, type JalankanCek } from '../validate/index.ts';
import { tandai } from '../verifikasi/id.ts';
import type { Options } from './opsi.ts';

/** `jalankan`: how the checks run (a build with a cache: only those whose content files changed). */
export function check(konten: string, progres?: Progres, jalankan?: JalankanCek): { content: Content; diagnostics: Diagnostic[] } {
  const loadErrors: Diagnostic[] = [];
  const loaded = loadContent(konten, loadErrors);
  progres?.dibaca?.(jumlahBerkas(loaded));
  return validate(loaded, loadErrors, jalankan); // shared checks and each kind's own (src/validate/index.ts)
}

export function selectJobs(content: Content, o: Pick<Options, 'jenis' | 'tahun' | 'triwulan' | 'hanya'>): DocJob[] {
  return o.jenis.flatMap((j) => DOCUMENTS[j].jobs(content, { tahun: o.tahun, triwulan: o.triwulan })).filter((job) => !o.hanya?.length || o.hanya.includes(job.slug));
}

/** A template error as a diagnostic (file, line, column under the template directory); anything else rethrown. */
export function galatTemplat(e: unknown, templat?: string): Diagnostic {
  if (!(e instanceof TemplateError)) throw e;
  const file = path.relative(process.cwd(), path.join(templat ?? TEMPLATES_DIR, `${e.templat}.hbs`));
  return diag('TEMPLAT', { file, line: e.line, column: e.column }, e.message);
}

export type PilihanModel = Omit<Options, 'konten' | 'keluaran' | 'format'>;
/** The templates' output for one job, marked with its document id (hashed from the unmarked model, src/verifikasi/id.ts). */
export function pembuatModel(content: Content, o: PilihanModel, templates: Templates, render = createRenderer(templates)): (job: DocJob) => DocModel {
  const alamat = content.instansi?.value.verifikasi;
  return (job) => tandai({ ...render(job.template, { ...job.view, kertas: o.kertas, ...LABEL_UMUM, ...job.label }), ...(o.pdfa ? { pdfa: true } : {}) },
    { jenis: job.jenis, tahun: job.tahun, slug: job.slug, kertas: o.kertas, triwulan: o.triwulan, pdfa: o.pdfa }, alamat);
}

/** Content through the render stage: the document models of the selected jobs, or the template error as a
 *  diagnostic (file, line, column under the template directory). */
export function models(content: Content, o: PilihanModel): { jobs: DocJob[]; models: DocModel[] } | Diagnostic {
  const jobs = selectJobs(content, o);
  try {
    const buat = pembuatModel(content, o, readTemplates(o.templat)); // a template that is not UTF-8 is a TemplateError too
    return { jobs, models: jobs.map(buat) };
  } catch (e) {
    return galatTemplat(e, o.templat);
  }
}

/** `sakip check`: content checks, then every document of every kind through its templates (nothing rendered to
 *  PDF/DOCX, nothing written), so a template error shows here as it would in a build. */
export function checkAll(konten: string, templat?: string, progres?: Progres): Diagnostic[] {
  const { content, diagnostics } = check(konten, progres);
  if (hasErrors(diagnostics)) return diagnostics;
  const r = models(content, { templat, jenis: Object.keys(DOCUMENTS), kertas: 'A4' });
  // cross-references need the caption numbers the templates gave (src/validate/checks/rujukan.ts)
  return 'code' in r ? [...diagnostics, r] : [...diagnostics, ...checkRujukan(content, r.jobs, r.models)];
}
