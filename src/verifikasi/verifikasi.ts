// `sakip verifikasi`: reads a file's document id and claim from its metadata (PDF Keywords, DOCX core
// properties), recomputes that document from the current content and templates, and compares the ids.
import fs from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { DOCUMENTS } from '../documents.ts';
import { check, models } from '../pipeline.ts';
import { hasErrors, type Diagnostic } from '../validate/diagnostics.ts';
import { bacaKataKunci, POLA_ID, type Klaim } from './id.ts';

export type HasilVerifikasi =
  | { status: 'cocok'; id: string; dokumen: string; klaim: Klaim }
  | { status: 'berubah'; id: string; idSekarang?: string; dokumen: string; klaim: Klaim }
  | { status: 'tanpa-id' }
  | { status: 'galat'; diagnostics: Diagnostic[] };

/** The keywords of a PDF (an uncompressed literal string, as pdfkit writes it) or a DOCX (docProps/core.xml). */
export function bacaTanda(bytes: Uint8Array): { id?: string; klaim?: Klaim } {
  const b = Buffer.from(bytes);
  if (b.subarray(0, 2).toString('latin1') === 'PK') {
    const core = unzipSync(bytes, { filter: (f) => f.name === 'docProps/core.xml' })['docProps/core.xml'];
    const kw = core ? /<cp:keywords>([^<]*)<\/cp:keywords>/.exec(strFromU8(core))?.[1] : undefined;
    return kw ? bacaKataKunci(kw) : {};
  }
  const teks = b.toString('latin1');
  const kw = /\(([^()]*sakip:[^()]*)\)/.exec(teks)?.[1];
  return kw ? bacaKataKunci(kw) : { id: POLA_ID.exec(teks)?.[0] };
}

const nama = (k: Klaim) => `${k.jenis}/${k.tahun}/${k.slug}`; // title unknown when the document is gone

export function verifikasi(berkas: string, konten: string, templat?: string): HasilVerifikasi {
  const { id, klaim } = bacaTanda(fs.readFileSync(berkas));
  if (!id || !klaim) return { status: 'tanpa-id' };
  const { content, diagnostics } = check(konten);
  if (hasErrors(diagnostics)) return { status: 'galat', diagnostics };
  if (!DOCUMENTS[klaim.jenis]) return { status: 'berubah', id, dokumen: nama(klaim), klaim };
  const tw = /-tw([1-4])$/.exec(klaim.slug)?.[1]; // a quarterly document built with the default quarter
  const r = models(content, { jenis: [klaim.jenis], tahun: klaim.tahun, triwulan: klaim.triwulan ?? (tw ? Number(tw) : undefined), hanya: [klaim.slug], templat, kertas: klaim.kertas, pdfa: klaim.pdfa });
  if ('code' in r) return { status: 'galat', diagnostics: [...diagnostics, r] };
  // a period document (renstra-2025-2029) is listed under its first year: match the slug, then the year
  const i = r.jobs.findIndex((j) => j.slug === klaim.slug && j.tahun === klaim.tahun);
  const m = i >= 0 ? r.models[i] : undefined;
  const dokumen = m?.title ?? nama(klaim);
  if (m?.idDokumen === id) return { status: 'cocok', id, dokumen, klaim };
  return { status: 'berubah', id, idSekarang: m?.idDokumen, dokumen, klaim };
}
