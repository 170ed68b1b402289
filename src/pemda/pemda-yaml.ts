// The Pemda's own files: pemda.yaml (name, the kepala daerah's jabatan) and the kepala daerah's targets per
// indicator and year (bersama/rpjmd/<awal>-<akhir>.yaml), each saying which agency's Kepala Dinas carries the
// indicator in its PK. Read once per Pemda; other files of bersama/ outside the registries are reported.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { readContent } from '../load/read-content.ts';
import { parseYaml, type YamlSource } from '../load/yaml-source.ts';
import type { Located } from '../validate/build-content.ts';
import { checkSchema } from '../validate/check-schema.ts';
import { diag, type Diagnostic } from '../validate/diagnostics.ts';
import { idSchema, targetTeks, teks } from '../validate/schemas.ts';
import { BERSAMA, PENANDA } from './akar.ts';
import { REGISTRI } from './bersama.ts';

export const pemdaSchema = z.object({
  nama: teks, // e.g. "Kabupaten Luwu Timur", as every agency's instansi.yaml `pemda`
  kepala_daerah: idSchema, // jabatan id in bersama/jabatan/ (jenis kepala_daerah)
});
const tahunKey = z.string().regex(/^\d{4}$/, 'tahun empat angka');
export const rpjmdSchema = z.object({
  periode: z.string().regex(/^\d{4}-\d{4}$/, 'periode berbentuk 2025-2029'),
  indikator: z.array(z.object({
    ref: idSchema, // indicator id in the catalogue (bersama/indikator/ or the agency's own)
    instansi: z.union([idSchema.transform((s) => [s]), z.array(idSchema).min(1)]), // agencies whose Kepala Dinas carries it
    target: z.record(tahunKey, targetTeks),
  })).min(1),
});
export type PemdaYaml = z.infer<typeof pemdaSchema>;
export type Rpjmd = z.infer<typeof rpjmdSchema>;

export interface BerkasPemda { pemda?: Located<PemdaYaml>; rpjmd: Located<Rpjmd>[] }

const tampil = (...p: string[]) => path.join(...p).split(path.sep).join('/');

export function bacaPemda(akar: string, out: Diagnostic[]): BerkasPemda {
  const hasil: BerkasPemda = { rpjmd: [] };
  const baca = <T extends z.ZodType>(schema: T, file: string, text: string): Located<z.output<T>> | undefined => {
    const src: YamlSource = parseYaml(file, text, out);
    const v = src.data === undefined ? undefined : checkSchema(schema, src, src.data, [], out);
    return v === undefined ? undefined : { value: v, src, path: [] };
  };
  const f = tampil(akar, PENANDA);
  hasil.pemda = baca(pemdaSchema, f, fs.readFileSync(path.join(akar, PENANDA), 'utf8'));
  const dir = path.join(akar, BERSAMA);
  if (!fs.existsSync(dir)) return hasil;
  const raw = readContent(dir); // its read errors are reported by every agency's load (bersama.ts)
  for (const b of raw.files) {
    const parts = b.rel.split('/');
    if ((REGISTRI as string[]).includes(parts[0]) || /^readme/i.test(parts.at(-1)!)) continue;
    const file = tampil(dir, b.rel);
    if (parts[0] === 'rpjmd' && parts.length === 2 && /\.ya?ml$/.test(parts[1])) {
      const r = baca(rpjmdSchema, file, b.text);
      if (r) hasil.rpjmd.push(r);
    } else out.push(diag('BERKAS_TIDAK_DIKENAL', { file, line: 1, column: 1 }, `berkas "${b.rel}" di ${BERSAMA}/ tidak dibaca: ${BERSAMA}/ memuat orang/, jabatan/, dasar-hukum/, indikator/ dan rpjmd/`));
  }
  return hasil;
}
