// The E-SAKIP bundle of a year: one deterministic zip with the year's documents (PDF) in the upload categories
// of E-SAKIP REVIU (seed 001 lines 845–853) and a manifest (document, category, file, pages, sha256, document id:
// src/verifikasi/). Which kind goes in which category is a column of the table of kinds (`kategori`); kinds without
// one are left out.
import crypto from 'node:crypto';
import { zipFiles } from '../backends/zip-write.ts';
import { renderDokumen } from '../cache/render.ts';
import { JENIS } from '../jenis/index.ts';
import { check, models } from '../pipeline.ts';
import { hasErrors, type Diagnostic } from '../validate/diagnostics.ts';

/** Upload order of E-SAKIP (RKT/Renja and SKP are not generated). */
export const KATEGORI_ESAKIP = ['Rencana Strategis (Renstra)', 'Perjanjian Kinerja', 'Indikator Kinerja Utama (IKU)', 'Rencana Aksi', 'Evaluasi Rencana Aksi', 'Laporan Kinerja (LKIP)'];

export interface BarisManifest { dokumen: string; kategori: string; berkas: string; halaman: number; sha256: string; id: string }
export interface OpsiPaket { konten: string; tahun: number; triwulan?: number; templat?: string; kertas: 'A4' | 'F4' }

const folder = (k: string) => `${String(KATEGORI_ESAKIP.indexOf(k) + 1).padStart(2, '0')}-${k.toLowerCase().replace(/\(.*?\)/g, '').trim().replace(/[^a-z0-9]+/g, '-')}`;
/** A document of a period (renstra-2025-2029) belongs to every year of it; others to their own year. */
const berlaku = (j: { tahun: number; slug: string }, tahun: number) => {
  const p = /-(\d{4})-(\d{4})$/.exec(j.slug);
  return p ? Number(p[1]) <= tahun && tahun <= Number(p[2]) : j.tahun === tahun;
};

export async function paket(o: OpsiPaket): Promise<{ diagnostics: Diagnostic[]; zip?: Uint8Array; manifest: BarisManifest[] }> {
  const { content, diagnostics } = check(o.konten);
  if (hasErrors(diagnostics)) return { diagnostics, manifest: [] };
  const kategori = new Map(JENIS.filter((k) => k.kategori).map((k) => [k.jenis, k.kategori!]));
  const r = models(content, { jenis: [...kategori.keys()], triwulan: o.triwulan, templat: o.templat, kertas: o.kertas });
  if ('code' in r) return { diagnostics: [...diagnostics, r], manifest: [] };
  const pilih = r.jobs.map((j, i) => ({ j, m: r.models[i] })).filter(({ j }) => berlaku(j, o.tahun))
    .sort((a, b) => KATEGORI_ESAKIP.indexOf(kategori.get(a.j.jenis)!) - KATEGORI_ESAKIP.indexOf(kategori.get(b.j.jenis)!)); // stable: table order within
  const files: [string, Uint8Array][] = [];
  const manifest: BarisManifest[] = [];
  for (const { j, m } of pilih) {
    const pdf = (await renderDokumen(m, ['pdf'])).bytes.pdf!;
    const k = kategori.get(j.jenis)!;
    const berkas = `${folder(k)}/${j.slug}.pdf`;
    files.push([berkas, pdf]);
    const halaman = Buffer.from(pdf).toString('latin1').match(/\/Type \/Page[^s]/g)?.length ?? 0;
    manifest.push({ dokumen: m.title ?? j.slug, kategori: k, berkas, halaman, sha256: crypto.createHash('sha256').update(pdf).digest('hex'), id: m.idDokumen! });
  }
  files.push(['manifest.json', Buffer.from(`${JSON.stringify({ tahun: o.tahun, triwulan: o.triwulan ?? null, dokumen: manifest }, null, 2)}\n`)]);
  return { diagnostics, zip: zipFiles(files), manifest };
}
