// zod schemas of the performance content: measurements, renstra, LKIP, SDM, budget realisation.
import { z } from 'zod';
import { aturanIndikator, idSchema, nilaiTeks, tahun, tanggalIso, targetTeks, teks, uangTeks } from './schemas.ts';

const periode = z.string().regex(/^\d{4}-\d{4}$/, 'periode berbentuk 2025-2029');
export const angkaTeks = z.string().trim().regex(/^-?\d+(?:[.,]\d+)?$/, 'harus berupa angka, mis. 105,48').transform((s) => s.replace(',', '.'));

const komponen = z.object({
  uraian: z.string().optional(), kelompok: z.string().optional(), satuan: z.string().optional(),
  pembilang: angkaTeks.optional(), penyebut: angkaTeks.optional(), sekarang: angkaTeks.optional(), sebelumnya: angkaTeks.optional(), nilai: angkaTeks.optional(),
});
const label = { judul: z.string().optional(), label_pembilang: z.string().optional(), label_penyebut: z.string().optional() };
export const realisasiSchema = z.union([
  nilaiTeks.transform((nilai) => ({ rumus: 'nilai' as const, nilai })),
  z.object({ rumus: z.literal('nilai'), nilai: nilaiTeks }),
  z.object({ rumus: z.literal('rasio'), pembilang: angkaTeks, penyebut: angkaTeks, ...label }),
  z.object({ rumus: z.literal('rata_rata_rasio'), komponen: z.array(komponen).min(1), pembulatan: z.enum(['setengah_ke_atas', 'ke_bawah']).optional(), ...label }),
  z.object({ rumus: z.enum(['rasio_jumlah', 'pertumbuhan', 'rata_rata', 'jumlah']), komponen: z.array(komponen).min(1), ...label }),
  z.object({ rumus: z.literal('rata_rata_capaian_anak'), simpul: idSchema }),
], { error: 'realisasi harus angka atau {rumus: rasio|rata_rata_rasio|rasio_jumlah|pertumbuhan|rata_rata|jumlah|rata_rata_capaian_anak, ...}' });

export const indikatorSimpulSchema = z.object({
  nama: teks, satuan: z.string().trim().default(''),
  ...aturanIndikator,
  target: targetTeks.optional(), realisasi: realisasiSchema.optional(),
  realisasi_dilaporkan: angkaTeks.optional(), capaian_dilaporkan: angkaTeks.optional(), predikat_dilaporkan: z.string().optional(),
  realisasi_tercatat: angkaTeks.optional(), catatan_koreksi: teks.optional(),
  target_triwulan: z.array(targetTeks).length(4, 'target_triwulan berisi 4 nilai (TW I–IV, Rencana Aksi)').optional(),
});

const simpul = {
  id: idSchema, kode: z.string().optional(), nama: teks, pagu: uangTeks.optional(),
  realisasi_anggaran: uangTeks.optional(), pagu_dilaporkan: angkaTeks.optional(), realisasi_anggaran_dilaporkan: angkaTeks.optional(),
  indikator: z.array(indikatorSimpulSchema).default([]), status: z.enum(['dilaksanakan', 'tidak_dilaksanakan']).default('dilaksanakan'),
  realisasi_anggaran_triwulan: z.array(uangTeks).max(4).optional(),
};
const subKegiatan = z.object(simpul);
const kegiatan = z.object({ ...simpul, sub_kegiatan: z.array(subKegiatan).optional() });
const program = z.object({ ...simpul, sasaran: idSchema.optional(), kegiatan: z.array(kegiatan).optional() });
export const anggaranKinerjaSchema = z.object({ tahun, program: z.array(program).min(1) });

const targetTahunan = z.record(z.string().regex(/^\d{4}$/), targetTeks);
const indikatorTujuan = z.object({ ref: idSchema.optional(), nama: teks, satuan: z.string().optional(), baseline: nilaiTeks.optional(), target: targetTahunan.optional() });
export const renstraSchema = z.object({
  periode: z.object({ awal: tahun, akhir: tahun }),
  tahun_baseline: tahun.optional(),
  tahun_target: z.array(tahun).optional(),
  visi: teks.optional(),
  misi: z.array(z.object({
    no: z.string(), uraian: teks,
    tujuan_rpjmd: z.object({ kode: z.string(), uraian: teks }).optional(), sasaran_rpjmd: z.array(z.object({ kode: z.string(), uraian: teks })).default([]),
  })).default([]),
  tujuan: z.array(z.object({
    id: idSchema, kode: z.string().optional(), misi: z.string().optional(), uraian: teks,
    indikator: z.array(indikatorTujuan).default([]),
    sasaran: z.array(z.object({
      id: idSchema, kode: z.string().optional(), misi: z.string().optional(), uraian: teks,
      iku: z.array(z.object({
        ref: idSchema, baseline: nilaiTeks.optional(), target: targetTahunan.default({}), penanggung_jawab: z.string().optional(),
        target_tabel_4_5: targetTahunan.optional(),
      })).default([]),
      strategi: z.array(z.string()).default([]),
      arah_kebijakan: z.array(z.union([z.string().transform((uraian) => ({ uraian, tahun: undefined as string | undefined })), z.object({ tahun: z.string().optional(), uraian: teks })])).default([]),
    })).min(1),
  })).min(1),
  tahapan: z.array(z.object({ tahap: z.string().optional(), tahun: z.string().optional(), uraian: teks })).default([]),
  ikk: z.array(indikatorTujuan).default([]),
  arah_kebijakan: z.object({
    nspk: z.array(teks).default([]),
    rpjmd: z.array(z.object({ no: z.string().optional(), uraian: teks, rincian: z.array(teks).default([]) })).default([]),
    renstra: z.array(teks).default([]),
  }).optional(),
});

/** Quarterly data of one indicator. `pelaporan`: the values are per quarter, or cumulative to date (each value
 *  already includes the quarters before). `agregasi` combines per-quarter values to date. */
export const triwulanSchema = z.object({
  pelaporan: z.enum(['per_triwulan', 'kumulatif']).default('per_triwulan'),
  agregasi: z.enum(['jumlah', 'kumulatif', 'akhir', 'rata_rata', 'maksimum']).default('akhir'),
  target: z.array(targetTeks.or(z.literal(''))).max(4, 'paling banyak 4 triwulan').default([]),
  realisasi: z.array(nilaiTeks.or(z.literal(''))).max(4, 'paling banyak 4 triwulan').default([]),
});
export const kinerjaSchema = z.object({
  tahun, triwulan: z.string().regex(/^[1-4]$/).transform(Number).default(4),
  // the year's sasaran when no Renstra is used (an LKIP without a Renstra file)
  sasaran: z.array(z.object({ id: idSchema, uraian: teks, tujuan: teks.optional() })).optional(),
  iku: z.array(z.object({
    ref: idSchema, sasaran: idSchema, target: targetTeks, realisasi: realisasiSchema.optional(),
    metode_capaian: z.enum(['rasio', 'selisih_terbalik', 'rasio_terbalik']).optional(),
    realisasi_dilaporkan: nilaiTeks.optional(), capaian_dilaporkan: angkaTeks.optional(), predikat_dilaporkan: z.string().optional(),
    // figure of record (printed; the raw data in `realisasi` is audited against it) and the correction note
    realisasi_tercatat: angkaTeks.optional(), catatan_koreksi: teks.optional(),
    riwayat: z.record(z.string().regex(/^\d{4}$/), z.object({ target: targetTeks.optional(), realisasi: nilaiTeks.optional(), capaian: angkaTeks.optional() })).default({}),
    nasional: z.object({ nilai: nilaiTeks.optional(), label: z.string().optional(), sumber: z.string().optional(), keterangan: z.string().optional() }).optional(),
    triwulan: triwulanSchema.optional(),
  })).min(1),
});

export const sdmSchema = z.object({
  tahun, sumber: z.string().optional(),
  non_asn: z.object({ jumlah: z.string().regex(/^\d+$/).transform(Number), sebutan: z.string().default('tenaga non-ASN') }).optional(),
  pendidikan: z.array(z.object({ jenjang: teks, jumlah: z.string().regex(/^\d+$/).transform(Number) })).min(1),
  golongan: z.array(z.object({ golongan: teks, perempuan: z.string().regex(/^\d+$/).transform(Number).default(0), laki_laki: z.string().regex(/^\d+$/).transform(Number).default(0) })).default([]),
});

export const lkipSchema = z.object({
  jenis: z.literal('lkip'), tahun, renstra: periode.optional(), penandatangan: idSchema, pangkat: z.string().optional(),
  tempat: teks, tanggal: tanggalIso, sebutan_singkat: z.string().optional(),
  skala_predikat: z.string().optional(), // else the agency's, else permenpanrb-88-2021 (compute/skala-predikat.ts)
  dasar_hukum: z.array(idSchema).default([]),
  tindak_lanjut: z.array(z.object({ rekomendasi: teks, rencana_aksi: teks, status: teks })).default([]),
});

export type SpesRealisasiIn = z.infer<typeof realisasiSchema>;
export type IndikatorSimpul = z.infer<typeof indikatorSimpulSchema>;
export type AnggaranKinerja = z.infer<typeof anggaranKinerjaSchema>;
export type Renstra = z.infer<typeof renstraSchema>;
export type Kinerja = z.infer<typeof kinerjaSchema>;
export type Sdm = z.infer<typeof sdmSchema>;
export type LkipFront = z.infer<typeof lkipSchema>;

export const ikuDokumenSchema = z.object({
  jenis: z.literal('iku'), periode: periode, renstra: periode,
  nomor_keputusan: z.string().default(''), tentang: teks, tempat: teks, tanggal: tanggalIso,
  penandatangan: idSchema, pangkat: z.string().optional(),
  menimbang: z.array(teks).default([]), mengingat: z.array(idSchema).default([]), menetapkan: z.string().optional(),
  diktum: z.array(teks).default([]), tembusan: z.array(teks).default([]),
});
export type IkuDokumen = z.infer<typeof ikuDokumenSchema>;

// Renstra Tabel 4.3: urusan → program → kegiatan → sub kegiatan, indicators with yearly targets, pagu per year at leaves.
const pagunTahunan = z.record(z.string().regex(/^\d{4}$/), uangTeks);
const indikatorRenstra = z.object({ nama: teks, satuan: z.string().trim().default(''), polaritas: z.enum(['positif', 'negatif', 'rentang']).optional(), baseline: nilaiTeks.optional(), target: targetTahunan.default({}) });
const simpulRenstra = {
  id: idSchema, kode: z.string().optional(), nama: teks, outcome: z.string().optional(), output: z.string().optional(),
  prioritas: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  indikator: z.array(indikatorRenstra).default([]), pagu: pagunTahunan.optional(), pagu_dilaporkan: pagunTahunan.optional(),
};
const subRenstra = z.object(simpulRenstra);
const kegRenstra = z.object({ ...simpulRenstra, sub_kegiatan: z.array(subRenstra).optional() });
// sasaran: the Renstra sasaran id the program serves (Tabel 4.1 "teknik merumuskan program")
const progRenstra = z.object({ ...simpulRenstra, sasaran: idSchema.optional(), kegiatan: z.array(kegRenstra).optional() });
// Tabel 4.4: priority programmes of the Pemda, with outcomes, supporting sub kegiatan (ids of the tree) and problems
const programPrioritas = z.object({ nama: teks, outcome: z.array(teks).default([]), sub_kegiatan: z.array(idSchema).default([]), permasalahan: z.array(teks).default([]) });
export const renstraProgramSchema = z.object({
  tahun_baseline: tahun, tahun_target: z.array(tahun).min(1),
  urusan: z.array(z.object({ kode: z.string(), nama: teks, program: z.array(progRenstra).min(1) })).min(1),
  program_prioritas: z.array(programPrioritas).default([]),
});
export type RenstraProgram = z.infer<typeof renstraProgramSchema>;

const bulat = z.string().trim().regex(/^\d+$/, 'harus bilangan bulat').transform(Number);
export const renstraDokumenSchema = z.object({
  jenis: z.literal('renstra'), periode: periode, status: z.string().optional(),
  tempat: teks, tanggal: tanggalIso, penandatangan: idSchema, pangkat: z.string().optional(),
  dasar_hukum: z.array(idSchema).default([]),
  sdm: z.object({
    pendidikan: z.array(z.record(z.string(), z.string())).default([]),
    jenis_kelamin: z.array(z.object({ status: teks, laki_laki: bulat, perempuan: bulat })).default([]),
    golongan: z.array(z.object({ golongan: teks, jumlah: bulat })).default([]),
  }).optional(),
  aset: z.array(z.object({ jenis: teks, nilai: angkaTeks })).default([]),
  // Tabel 2.2.3 sarana dan prasarana: one row per item; kondisi B (Baik), KB (Kurang Baik), RB (Rusak Berat)
  sarana_prasarana: z.array(z.object({ nama: teks, jumlah: bulat, keterangan: z.string().default(''), kondisi: z.enum(['B', 'KB', 'RB']) })).default([]),
  kinerja_pelayanan: z.object({
    data_dasar: z.array(z.object({ uraian: teks, satuan: z.string().optional(), nilai: targetTahunan })).default([]),
    ikk: z.array(z.object({ uraian: teks, satuan: z.string().optional(), target: targetTahunan.optional(), realisasi: targetTahunan.optional() })).default([]),
    iku: z.array(z.object({ uraian: teks, satuan: z.string().optional(), target: targetTahunan.optional(), realisasi: targetTahunan.optional() })).default([]),
  }).optional(),
  permasalahan: z.array(z.object({ bidang: teks, butir: z.array(teks) })).default([]),
  permasalahan_pokok: z.array(teks).default([]),
  isu_strategis: z.array(z.record(z.string(), z.string())).default([]),
});
export type RenstraDokumen = z.infer<typeof renstraDokumenSchema>;

export const pedomanSchema = z.object({
  jenis: z.literal('pedoman'), tahun, tempat: teks, tanggal: tanggalIso, penandatangan: idSchema,
  pangkat: z.string().optional(), dasar_hukum: z.array(idSchema).default([]),
  penanggung_jawab: z.record(z.string(), teks).default({}),
});
export type Pedoman = z.infer<typeof pedomanSchema>;
