// zod schemas of every content file. YAML is failsafe, so every scalar arrives as a string.
import { z } from 'zod';

z.config(z.locales.id());

export const teks = z.string().trim().min(1, 'tidak boleh kosong');
export const idSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'id hanya boleh huruf kecil, angka dan "-"');
const bool = z.enum(['true', 'false', 'ya', 'tidak']).transform((v) => v === 'true' || v === 'ya');
/** "0,15" | "0.15" | "80,00" -> { nilai: "0.15", desimal: 2 }; desimal keeps what was written. */
export const angka = z
  .string()
  .trim()
  .regex(/^-?\d+(?:[.,]\d+)?$/, 'harus berupa angka, mis. 98 atau 0,15')
  .transform((s) => {
    const n = s.replace(',', '.');
    return { nilai: n, desimal: n.includes('.') ? n.split('.')[1].length : 0 };
  });
export const tanggalIso = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'format tanggal yyyy-mm-dd (atau yyyy-mm bila hari dikosongkan)');
export const tahun = z.string().regex(/^\d{4}$/, 'tahun empat angka').transform(Number);

export const instansiSchema = z.object({
  id: idSchema, nama: teks, nama_singkat: teks.optional(), pemda: teks, kepala_daerah: idSchema, ibukota: teks,
  // letterhead (kop): address lines as printed under the agency name
  alamat: teks.optional(), telepon: teks.optional(), faks: teks.optional(), kode_pos: teks.optional(), surel: teks.optional(), laman: teks.optional(),
  logo: teks.optional(), // path of an image relative to the content directory
  verifikasi: teks.optional(), // address where a document id can be verified
});

export const orangSchema = z.object({
  id: idSchema, nama: teks, gelar_depan: z.string().optional(), gelar_belakang: z.string().optional(),
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

export const indikatorSchema = z.object({
  id: idSchema, nama: teks, satuan: z.string().trim().optional(),
  polaritas: z.enum(['positif', 'negatif', 'rentang']).default('positif'),
  relevansi: teks.optional(), formulasi: teks.optional(), sumber_data: teks.optional(),
});


const indikatorPk = z.object({ ref: idSchema, target: angka });
const sasaranPk = z.object({
  id: idSchema, uraian: teks, dasar_hukum: z.array(idSchema).default([]),
  indikator: z.array(indikatorPk).min(1, 'setiap sasaran harus memiliki sedikitnya satu indikator'),
});
export const pkSchema = z.object({
  jenis: z.literal('pk'), tahun, pihak_pertama: idSchema, pihak_kedua: idSchema.optional(),
  naskah: z.array(z.enum(['bilateral', 'pernyataan'])).min(1).default(['bilateral']),
  tempat: teks, tanggal: tanggalIso, label_sasaran: teks.default('Sasaran Kinerja'), lampiran_2: bool.default(true),
  judul: teks.optional(),
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
