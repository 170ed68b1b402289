// Content of a Rencana Aksi: content/rencana-aksi/<tahun>/<pk-slug>.yaml, one per PK. Per PK indicator the
// quarterly targets (TW I–IV, per quarter or cumulative, combined by `agregasi`), the evidence (data dukung) and
// the official responsible; per sub kegiatan the quarterly budget plan. The quarterly realisasi, the evidence
// received and the follow-up feed the Evaluasi Rencana Aksi of each quarter.
import { z } from 'zod';
import { idSchema, nilaiTeks, tahun, tanggalIso, targetTeks, teks, uangTeks } from '../../validate/schemas.ts';

const empat = <T extends z.ZodType>(x: T, apa: string) => z.array(x).length(4, `${apa} berisi 4 nilai (TW I–IV)`);
const sampaiEmpat = <T extends z.ZodType>(x: T) => z.array(x).max(4, 'paling banyak 4 triwulan').default([]);
const yaTidak = z.enum(['ya', 'tidak', 'true', 'false']).transform((v) => v === 'ya' || v === 'true');

export const indikatorRaSchema = z.object({
  ref: idSchema,
  pelaporan: z.enum(['per_triwulan', 'kumulatif']).default('kumulatif'),
  agregasi: z.enum(['jumlah', 'kumulatif', 'akhir', 'rata_rata', 'maksimum']).default('akhir'),
  target: empat(targetTeks, 'target'),
  // the same evidence every quarter (one text) or one per quarter
  data_dukung: z.union([teks.transform((t) => [t, t, t, t]), empat(teks, 'data_dukung')]),
  penanggung_jawab: idSchema, // jabatan id
  // quarterly realisasi as reported ('' = not yet), evidence received, follow-up: for the Evaluasi Rencana Aksi
  realisasi: sampaiEmpat(nilaiTeks.or(z.literal(''))),
  data_dukung_diterima: sampaiEmpat(yaTidak),
  tindak_lanjut: sampaiEmpat(z.string().trim()),
});

export const rencanaAksiSchema = z.object({
  tahun,
  pk: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'nama berkas PK tanpa .md, mis. 01-kepala-dinas'),
  tanggal: tanggalIso.optional(), // signature date; the PK's when absent
  skala_predikat: z.string().optional(), // else the agency's, else permendagri-86-2017 (compute/skala-predikat.ts)
  indikator: z.array(indikatorRaSchema).min(1, 'Rencana Aksi memuat sedikitnya satu indikator'),
  anggaran: z.array(z.object({ simpul: idSchema, rencana: empat(uangTeks, 'rencana') })).default([]),
});

export type RencanaAksi = z.infer<typeof rencanaAksiSchema>;
export type IndikatorRa = z.infer<typeof indikatorRaSchema>;
