// `sakip isian` and `sakip impor` on a Pemda root. isian: one workbook per picked agency, beside its documents
// (<dir>/<id>/isian/isian-<tahun>-tw<n>.xlsx), so each agency fills its own. impor: the agency is the one the
// workbook's path names (<dir>/<id>/isian/…); a workbook kept elsewhere is imported per agency (--konten
// <akar>/instansi/<id>): a workbook records no agency, and guessing one could write figures into another's files.
import fs from 'node:fs';
import path from 'node:path';
import { check } from '../pipeline.ts';
import type { Diagnostic } from '../validate/diagnostics.ts';
import { akarPemda, daftarInstansi, dirInstansi, instansiDariJalur } from './akar.ts';
import { perInstansi } from './per-instansi.ts';

export const jalurIsian = (dir: string, id: string, tahun: number, tw: number) => path.join(dir, id, 'isian', `isian-${tahun}-tw${tw}.xlsx`);

export interface IsianInstansi { diagnostics: Diagnostic[]; file?: string; baris: number }

/** `buku` is passed in: the workbook modules load only when the command runs (src/excel/perintah.ts). */
export async function isianPemda(o: { konten: string; keluaran?: string; tahun: number; triwulan: number }, ids: string[],
  buku: (c: ReturnType<typeof check>['content'], tahun: number, tw: number) => Promise<{ bytes: Uint8Array; baris: number }>) {
  return perInstansi(o.konten, ids, async (id, konten): Promise<IsianInstansi> => {
    const { content, diagnostics } = check(konten);
    if (diagnostics.some((d) => d.severity === 'galat')) return { diagnostics, baris: 0 };
    const { bytes, baris } = await buku(content, o.tahun, o.triwulan);
    if (!baris) return { diagnostics, baris }; // no kinerja or anggaran that year: nothing to fill
    const file = jalurIsian(o.keluaran ?? 'output', id, o.tahun, o.triwulan);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, bytes);
    return { diagnostics, file, baris };
  });
}

/** The content folder `impor` writes into; on a Pemda root the agency named by the workbook's path. */
export function kontenImpor(konten: string, berkas: string): string | { pesan: string } {
  if (!akarPemda(konten)) return konten;
  const id = instansiDariJalur(konten, berkas);
  if (id) return dirInstansi(konten, id);
  return { pesan: `${konten} adalah akar Pemda dan jalur ${berkas} tidak menyebut instansinya (<dir>/<id>/isian/…): impor per instansi, sakip impor ${berkas} --konten ${konten}/instansi/<id> (instansi: ${daftarInstansi(konten).join(', ') || 'tidak ada'})` };
}
