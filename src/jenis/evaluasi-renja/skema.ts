// Content of the Evaluasi Renja: content/evaluasi-renja/<tahun>/<nama>.yaml (one per year, optional). The prose rows
// of the form written by the agency, per quarter (`triwulan`, TW I-IV in order; TW IV = the year's evaluation),
// and the signature date. Every figure of the form is computed from the budget tree and the Renstra.
import { z } from 'zod';
import { idSchema, tahun, tanggalIso } from '../../validate/schemas.ts';
import type { SumberYaml } from '../jenis.ts';

const prosa = z.string().trim().optional();
export const evaluasiRenjaSchema = z.object({
  tahun,
  penandatangan: idSchema.optional(), // jabatan id; the head of the agency (jenis kepala_opd) when absent
  triwulan: z.array(z.object({
    tanggal: tanggalIso.optional(), // signature date of that quarter's form
    faktor_pendorong: prosa, faktor_penghambat: prosa, tindak_lanjut_triwulan: prosa, tindak_lanjut_renja: prosa,
  })).max(4, 'paling banyak 4 triwulan').default([]),
});
export type EvaluasiRenja = z.infer<typeof evaluasiRenjaSchema>;

export const SUMBER_EVALUASI_RENJA: SumberYaml<EvaluasiRenja> = {
  folder: 'evaluasi-renja', schema: evaluasiRenjaSchema, judul: 'Evaluasi Renja: prosa per triwulan (evaluasi-renja/<tahun>/<nama>.yaml)',
};
