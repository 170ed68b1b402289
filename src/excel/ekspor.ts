// `sakip ekspor`: the tables of each selected document as a workbook beside its PDF (output/<jenis>/<tahun>/<slug>.xlsx),
// built from the computed views; written all or nothing like a build.
import path from 'node:path';
import { check, selectJobs, type Options } from '../pipeline.ts';
import { hasErrors, type Diagnostic } from '../validate/diagnostics.ts';
import { writeOutputs, type Output } from '../write/write-atomic.ts';
import type { DocJob } from '../documents.ts';
import { bukuBaru, tambahTabel } from './buku.ts';
import { namaSheet } from './tabel.ts';
import { tabelDokumen } from './tabel-dokumen.ts';
import { bytesXlsx } from './xlsx-bytes.ts';

export type OpsiEkspor = Pick<Options, 'konten' | 'keluaran' | 'jenis' | 'tahun' | 'triwulan' | 'hanya'>;

/** The workbook of one document, or undefined when the document has no table of figures. */
export async function bukuDokumen(job: DocJob): Promise<Uint8Array | undefined> {
  const tabel = tabelDokumen(job);
  if (!tabel.length) return undefined;
  const wb = bukuBaru(`${job.jenis} ${job.slug}`);
  const dipakai = new Set<string>();
  for (const t of tabel) tambahTabel(wb, { ...t, nama: namaSheet(t.nama, dipakai) });
  return bytesXlsx(wb);
}

export async function ekspor(o: OpsiEkspor): Promise<{ diagnostics: Diagnostic[]; outputs: Output[] }> {
  const { content, diagnostics } = check(o.konten);
  if (hasErrors(diagnostics)) return { diagnostics, outputs: [] };
  const outputs: Output[] = [];
  for (const job of selectJobs(content, o)) {
    const bytes = await bukuDokumen(job);
    if (bytes) outputs.push({ path: path.join(o.keluaran, job.jenis, String(job.tahun), `${job.slug}.xlsx`), bytes });
  }
  await writeOutputs(o.keluaran, outputs);
  return { diagnostics, outputs };
}
