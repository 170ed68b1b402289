// zod schemas of every content file. YAML is failsafe, so every scalar arrives as a string.
import { z } from 'zod';
import { SKALA_KUALITATIF } from '../compute/skala-kualitatif.ts';
import { desimalDari, normalAngka, normalTarget } from '../format/baca.ts';

z.config(z.locales.id());

export const teks = z.string().trim().min(1, 'tidak boleh kosong');
export const idSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'id hanya boleh huruf kecil, angka dan "-"');
const bool = z.enum(['true', 'false', 'ya', 'tidak']).transform((v) => v === 'true' || v === 'ya');
const adaDiKalender = (s: string) => {
  const [y, m, d = 1] = s.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return m >= 1 && m <= 12 && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
};
/** The code a refinement's issue is reported under (default SKEMA). */
export const kode = (k: string) => ({ params: { kode: k } });
export const tanggalIso = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'format tanggal yyyy-mm-dd (atau yyyy-mm bila hari dikosongkan)')
  .refine(adaDiKalender, { message: 'tanggal tidak ada di kalender', ...kode('TANGGAL_MUSTAHIL') });

/** A target as officials write it: number, range ("2–4", "2 s.d. 4", [2, 4]) or a word of a qualitative scale;
 *  normalised to the canonical string compute reads (format/baca.ts). Words are checked against the scale later. */
export const targetTeks = z.union([z.string(), z.array(z.string())], { error: 'target berupa angka, rentang [a, b] atau kata skala kualitatif' })
  .transform((v, ctx) => {
    const r = normalTarget(v);
    if (r.ok) return r.nilai;
    ctx.addIssue({ code: 'custom', message: r.pesan });
    return z.NEVER;
  });
/** A target with the decimals it was written with ("80,00" keeps 2). */
export const targetDesimal = targetTeks.transform((nilai) => ({ nilai, desimal: desimalDari(nilai) }));
/** A measured value: a number (normalised) or a word of the indicator's qualitative scale. */
export const nilaiTeks = z.string().trim().min(1, 'tidak boleh kosong').transform((s) => normalAngka(s) ?? s);
/** Money: digits without thousand separators, sen after a comma or point ("1500000,50"). */
export const uangTeks = z.string().trim()
  .regex(/^\d{1,18}(?:[.,]\d{1,2})?$/, 'jumlah uang berupa angka tanpa titik ribuan, sen dengan koma (mis. 1500000,50; paling banyak 18 angka)')
  .transform((s) => s.replace(',', '.'));
export const tahun = z.string().regex(/^\d{4}$/, 'tahun empat angka').transform(Number);

export const instansiSchema = z.object({
  id: idSchema, nama: teks, nama_singkat: teks.optional(), pemda: teks, kepala_daerah: idSchema, ibukota: teks,
  // letterhead (kop): address lines as printed under the agency name
  alamat: teks.optional(), telepon: teks.optional(), faks: teks.optional(), kode_pos: teks.optional(), surel: teks.optional(), laman: teks.optional(),
  logo: teks.optional(), // path of an image relative to the content directory
  verifikasi: teks.optional(), // address where a document id can be verified
  skala_predikat: z.string().optional(), // the predicate scale of every document of the agency that names none
});

export const orangSchema = z.object({
  id: idSchema, nama: teks, nama_ttd: teks.optional(), gelar_depan: z.string().optional(), gelar_belakang: z.string().optional(),
  nip: z.string().trim().optional(), asn: z.enum(['pns', 'pppk', 'pejabat_negara']).default('pns'),
});

export const jabatanSchema = z.object({
  id: idSchema, nama: teks, ttd: teks.optional(),
  jenis: z.enum(['kepala_daerah', 'kepala_opd', 'sekretaris', 'kabid', 'kasubag', 'kepala_uptd', 'jf', 'pelaksana']),
  unit: teks.optional(), atasan: idSchema.optional(), pejabat: idSchema,
});

export const dasarHukumSchema = z.object({
  id: idSchema, teks, status: z.enum(['berlaku', 'dicabut', 'dibatalkan']).default('berlaku'),
});

/** How an indicator is measured, as its catalogue entry (or a budget node's indicator) declares it. */
export const aturanIndikator = {
  polaritas: z.enum(['positif', 'negatif', 'rentang']).default('positif'),
  metode_capaian: z.enum(['rasio', 'selisih_terbalik', 'rasio_terbalik']).optional(),
  // a qualitative scale: a named one (opini-bpk, predikat-sakip, baik-cukup-kurang) or a map word -> score
  skala: z.union([z.enum(Object.keys(SKALA_KUALITATIF) as [string, ...string[]], { error: `skala bernama: ${Object.keys(SKALA_KUALITATIF).join(', ')}, atau peta kata: skor` }), z.record(z.string(), z.string().regex(/^\d+(?:[.,]\d+)?$/, 'skor skala berupa angka'))]).optional(),
  target_nol: z.enum(['biner']).optional(), // target 0: realisasi 0 (or better) = 100%, otherwise 0%
  nilai_negatif: z.enum(['boleh']).optional(), // a negative target is allowed (e.g. a planned decline)
};
export const indikatorSchema = z.object({
  id: idSchema, nama: teks, satuan: z.string().trim().optional(),
  ...aturanIndikator,
  relevansi: teks.optional(), formulasi: teks.optional(), sumber_data: teks.optional(),
});


const indikatorPk = z.object({ ref: idSchema, target: targetDesimal });
const sasaranPk = z.object({
  id: idSchema, uraian: teks, dasar_hukum: z.array(idSchema).default([]),
  indikator: z.array(indikatorPk).min(1, 'setiap sasaran harus memiliki sedikitnya satu indikator'),
  // pohon kinerja: the superior's sasaran (its PK of the same year, or a Renstra tujuan for the agency head) this
  // sasaran supports, and its critical success factors (definisi operasional)
  mendukung: z.union([idSchema, z.array(idSchema)]).optional(), csf: teks.optional(),
});
export const pkSchema = z.object({
  jenis: z.literal('pk'), tahun, pihak_pertama: idSchema, pihak_kedua: idSchema.optional(),
  naskah: z.array(z.enum(['bilateral', 'pernyataan'])).min(1).default(['bilateral']),
  tempat: teks, tanggal: tanggalIso, label_sasaran: teks.default('Sasaran Kinerja'), lampiran_2: bool.default(true),
  judul: teks.optional(),
  // cover page before the agreement; a second Lampiran 1 (performance table) signed by the first party alone
  sampul: bool.default(false), lampiran_1_sepihak: bool.default(false),
  anggaran: z.object({
    tingkat: z.array(z.enum(['program', 'kegiatan', 'sub_kegiatan'])).min(1),
    simpul: z.array(idSchema).min(1),
  }).optional(),
  sasaran: z.array(sasaranPk).min(1),
});

export type Instansi = z.infer<typeof instansiSchema>;
export type Orang = z.infer<typeof orangSchema>;
export type Jabatan = z.infer<typeof jabatanSchema>;
export type DasarHukum = z.infer<typeof dasarHukumSchema>;
export type Indikator = z.infer<typeof indikatorSchema>;
export type PkFront = z.infer<typeof pkSchema>;
