// `sakip impor <berkas.xlsx>`: everything checked first (content, workbook); only then the values are written
// into the YAML files, which are checked again (a file that no longer passes is restored). Importing the same
// workbook again finds no change.
import fs from 'node:fs';
import { check } from '../pipeline.ts';
import { hasErrors, type Diagnostic } from '../validate/diagnostics.ts';
import { bacaIsian, type Perubahan } from './impor-baca.ts';
import { tulisNilai } from './impor-tulis.ts';

export interface HasilImpor { diagnostics: Diagnostic[]; perubahan: Perubahan[]; berkas: string[] }

function tulisAtomik(file: string, text: string): void {
  const tmp = `${file}.sakip-impor-${process.pid}`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

export async function impor(xlsx: string, konten: string): Promise<HasilImpor> {
  const { content, diagnostics } = check(konten);
  if (hasErrors(diagnostics)) return { diagnostics, perubahan: [], berkas: [] };
  const r = await bacaIsian(xlsx, content);
  if (hasErrors(r.diagnostics) || !r.perubahan.length) return { diagnostics: r.diagnostics, perubahan: r.diagnostics.length ? [] : r.perubahan, berkas: [] };
  const lama = new Map<string, string>();
  const baru = new Map<string, string>();
  for (const p of r.perubahan) {
    const f = p.baris.tujuan.file;
    if (!lama.has(f)) lama.set(f, fs.readFileSync(f, 'utf8'));
    baru.set(f, tulisNilai(baru.get(f) ?? lama.get(f)!, p.baris.tujuan, r.triwulan!, p.baru));
  }
  for (const [f, t] of baru) tulisAtomik(f, t);
  const setelah = check(konten).diagnostics.filter((d) => d.severity === 'galat');
  if (setelah.length) {
    for (const [f, t] of lama) tulisAtomik(f, t);
    throw new Error(`impor menghasilkan konten yang tidak lolos pemeriksaan; berkas dikembalikan: ${setelah.map((d) => `${d.file}:${d.line} [${d.code}] ${d.message}`).join('; ')}`);
  }
  return { diagnostics: [], perubahan: r.perubahan, berkas: [...baru.keys()] };
}
