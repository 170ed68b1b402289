// One row of the quarterly report: annual target, target to date, realisasi to date, capaian and predicate.
// Quarterly data: the indicator's `triwulan` lists (per quarter or cumulative), or quarterly komponen
// ("Triwulan I…IV") of its realisasi formula, or Rencana Aksi targets (`target_triwulan`); nothing interpolated.
import type { SpesRealisasiIn } from '../validate/schemas-kinerja.ts';
import { desimalDari } from '../format/baca.ts';
import { angkaDari, hitungCapaian, metodeBawaan, type MetodeCapaian, type Polaritas } from './capaian.ts';
import { D, type Dec } from './decimal.ts';
import { nilaiDari, realisasiDari, type Nilai } from './indikator-hasil.ts';
import { hitungRealisasi } from './realisasi.ts';
import { skalaDari } from './skala-kualitatif.ts';
import { predikat, type Skala } from './skala-predikat.ts';
import { ROMAWI_TW, sampaiTriwulan, spesSampai, type DataTriwulan } from './triwulan.ts';

const TW = /^(?:Triwulan|TW\.?)\s+(I|II|III|IV)$/i;

export interface Ukur {
  nama: string; satuan: string; polaritas: Polaritas; metode?: MetodeCapaian; skala?: string | Record<string, string>; targetNol?: 'biner';
  target?: string; realisasi?: SpesRealisasiIn; triwulan?: DataTriwulan; targetTriwulan?: string[];
  /** the annual figure of record (printed at TW IV in place of the annual formula's value) */
  realisasiTercatat?: string;
}
export interface HasilSampai {
  indikator: string; satuan: string; sumber: 'triwulan' | 'tahunan' | 'belum';
  targetTahunan?: Nilai; targetSampai?: Nilai; realisasiSampai?: Nilai; capaianSampai?: string; capaianTahunan?: string; predikat?: string; gagal?: string;
  /** the capaian against the annual target waits for TW IV (lower is better, and the year's quarters add up) */
  tahunanTunda?: true;
}

/** The formula applied to the first n quarterly komponen, when every komponen is a quarter. */
function komponenSampai(spes: SpesRealisasiIn | undefined, n: number): SpesRealisasiIn | undefined {
  if (!spes || !('komponen' in spes)) return undefined;
  const idx = spes.komponen.map((k) => ROMAWI_TW.indexOf((TW.exec(k.uraian ?? '') ?? [])[1]?.toUpperCase() ?? ''));
  if (idx.some((i) => i < 0)) return undefined;
  const komponen = spes.komponen.filter((_, j) => idx[j] < n);
  return komponen.length ? { ...spes, komponen } : undefined;
}

/** A value to show: words and ranges as written, numbers with `dp` decimals. */
function tampil(v: string | Dec, satuan: string, dp: number): Nilai {
  if (typeof v === 'string') return nilaiDari(v, satuan);
  return { nilai: v.toDecimalPlaces(dp, D.ROUND_HALF_UP).toFixed(dp), desimal: dp, satuan };
}

export function ukurSampai(u: Ukur, tw: number, skala: Skala, anak: (s: string) => Dec[] | undefined): HasilSampai {
  const skor = skalaDari(u.skala)?.skor;
  const baca = (v: string) => angkaDari(v, skor);
  const aturan = { polaritas: u.polaritas, metode: u.metode ?? metodeBawaan(u.polaritas), skala: skor, targetNol: u.targetNol };
  const q = u.triwulan;
  // realisasi to date: quarterly lists, else quarterly komponen, else (TW IV only) the annual realisasi
  let spes = q?.realisasi.length ? spesSampai(q.realisasi, tw, q.pelaporan, q.agregasi, baca) : komponenSampai(u.realisasi, tw);
  let sumber: HasilSampai['sumber'] = spes ? 'triwulan' : 'belum';
  if (!spes && tw === 4 && u.realisasi) { spes = u.realisasi; sumber = 'tahunan'; }
  const r = spes && realisasiDari(spes, skor, anak);
  const real: string | Dec | undefined = sumber === 'tahunan' && u.realisasiTercatat !== undefined ? u.realisasiTercatat : r?.ok ? (spes!.rumus === 'nilai' ? spes!.nilai : r.nilai) : undefined;
  // target to date: quarterly targets by the same rule, else Rencana Aksi targets, else the annual target
  const kumulatif = u.realisasi?.rumus === 'jumlah';
  let targetSampai: string | Dec | undefined;
  if (q?.target.length) {
    const ts = spesSampai(q.target, tw, q.pelaporan, q.agregasi, baca);
    const h = ts && (ts.rumus === 'nilai' ? undefined : hitungRealisasi(ts));
    targetSampai = ts?.rumus === 'nilai' ? ts.nilai : h?.ok ? h.nilai : undefined;
  } else if (u.targetTriwulan) {
    targetSampai = sampaiTriwulan(u.targetTriwulan.map((x) => angkaDari(x)), tw, kumulatif ? 'jumlah' : 'akhir');
  } else {
    targetSampai = kumulatif && tw < 4 ? undefined : u.target;
  }
  // one number format per value: the decimals the targets were written with (at least those of the annual target)
  const dpTarget = Math.max(desimalDari(u.target ?? '0'), ...(q?.target ?? u.targetTriwulan ?? []).map((x) => desimalDari(x || '0')));
  const dpReal = typeof real === 'string' ? desimalDari(real) : real && real.toDecimalPlaces(2).isInteger() && u.satuan !== '%' ? 0 : 2;
  const cap = (target?: string | Dec) => (target !== undefined && real !== undefined ? hitungCapaian(target, real, aturan) : undefined);
  const cs = cap(targetSampai);
  // a lower-is-better figure that grows over the year (quarters summed, or reported cumulatively) is not comparable to
  // the annual target before the year ends: (2 × target − a part of the year) / target would read as more than met
  const bertambah = q?.realisasi.length ? q.pelaporan === 'kumulatif' || q.agregasi === 'jumlah' : kumulatif;
  const tunda = u.polaritas === 'negatif' && bertambah && tw < 4 && real !== undefined;
  const ct = tunda ? undefined : cap(u.target);
  return {
    indikator: u.nama, satuan: u.satuan, sumber,
    targetTahunan: u.target !== undefined ? nilaiDari(u.target, u.satuan) : undefined,
    targetSampai: targetSampai !== undefined ? tampil(targetSampai, u.satuan, dpTarget) : undefined,
    realisasiSampai: real !== undefined ? tampil(real, u.satuan, dpReal ?? 2) : undefined,
    capaianSampai: cs?.ok ? cs.nilai.toFixed(2) : undefined, capaianTahunan: ct?.ok ? ct.nilai.toFixed(2) : undefined,
    predikat: cs?.ok ? predikat(cs.nilai, skala).label : undefined,
    gagal: cs && !cs.ok ? cs.pesan : r && !r.ok ? r.pesan : undefined,
    ...(tunda ? { tahunanTunda: true as const } : {}),
  };
}
