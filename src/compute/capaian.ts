// Capaian of one indicator (PermenPANRB 53/2014; negative rule of PermenPANRB 8/2021), exact decimals,
// rounded once half-up to 2 places. Failures are values, never NaN or Infinity.
import { bacaTarget, normalAngka } from '../format/baca.ts';
import { bulat2, D, type Dec } from './decimal.ts';

export type Polaritas = 'positif' | 'negatif' | 'rentang';
export type MetodeCapaian = 'rasio' | 'selisih_terbalik' | 'rasio_terbalik';
export type Batas = 'tanpa' | '100' | '120';
/** Named rule for a target of 0: `biner` = realisasi on the good side of 0 (0 for lower-is-better) is 100, else 0. */
export type AturanNol = 'biner';
export interface AturanCapaian {
  polaritas: Polaritas;
  metode?: MetodeCapaian; // default: rasio (positif), selisih_terbalik (negatif)
  rentang?: [string, string]; // [a, b] for polaritas rentang when the target itself is not a range
  batas?: Batas;
  skala?: Record<string, string>; // qualitative value -> number, e.g. { WTP: '4', WDP: '3' }
  targetNol?: AturanNol;
}
export type Gagal = 'target_nol' | 'target_kosong' | 'realisasi_kosong' | 'bukan_angka' | 'realisasi_nol';
export type HasilCapaian =
  | { ok: true; nilai: Dec; tanpaBatas: Dec; rumus: string }
  | { ok: false; alasan: Gagal; pesan: string };

const RUMUS: Record<MetodeCapaian, { teks: string; f: (t: Dec, r: Dec) => Dec }> = {
  rasio: { teks: 'realisasi / target × 100', f: (t, r) => r.div(t).times(100) },
  selisih_terbalik: { teks: '(2 × target − realisasi) / target × 100', f: (t, r) => t.times(2).minus(r).div(t).times(100) },
  rasio_terbalik: { teks: 'target / realisasi × 100', f: (t, r) => t.div(r).times(100) },
};

/** The printed formula of each method. */
export const RUMUS_TEKS: Record<MetodeCapaian, string> = { rasio: RUMUS.rasio.teks, selisih_terbalik: RUMUS.selisih_terbalik.teks, rasio_terbalik: RUMUS.rasio_terbalik.teks };

export const metodeBawaan = (p: Polaritas): MetodeCapaian => (p === 'negatif' ? 'selisih_terbalik' : 'rasio');

/** Reads a canonical number ("105.48", also "105,48"), a Decimal or a qualitative word through the scale. */
export function angkaDari(v: string | Dec | undefined, skala?: Record<string, string>): Dec | undefined {
  if (v === undefined || v === '') return undefined;
  if (typeof v !== 'string') return v;
  const s = v.trim();
  if (skala && s in skala) return new D(skala[s].replace(',', '.'));
  const n = normalAngka(s);
  return n === undefined ? undefined : new D(n);
}

function gagal(alasan: Gagal, pesan: string): HasilCapaian {
  return { ok: false, alasan, pesan };
}

const ok = (nilai: Dec, rumus: string): HasilCapaian => ({ ok: true, nilai, tanpaBatas: nilai, rumus });

/** Bounds of a range target: the target itself ("2–4") or the rule's [a, b]. */
function batasRentang(target: string | Dec | undefined, aturan: AturanCapaian): [Dec, Dec] | undefined {
  const b = typeof target === 'string' ? bacaTarget(target) : undefined;
  if (b?.jenis === 'rentang') return [new D(b.min), new D(b.maks)];
  const [a, z] = (aturan.rentang ?? []).map((x) => angkaDari(x));
  return a && z ? [a, z] : undefined;
}

export function hitungCapaian(target: string | Dec | undefined, realisasi: string | Dec | undefined, aturan: AturanCapaian): HasilCapaian {
  if (realisasi === undefined || realisasi === '') return gagal('realisasi_kosong', 'realisasi belum diisi');
  const r = angkaDari(realisasi, aturan.skala);
  const rentang = batasRentang(target, aturan);
  if (!r) return gagal('bukan_angka', `realisasi "${String(realisasi)}" bukan angka dan tidak ada di skala kualitatif`);
  let metode = aturan.metode ?? metodeBawaan(aturan.polaritas);
  let acuan: Dec | undefined;
  if (rentang) {
    const [a, b] = rentang;
    if (r.gte(a) && r.lte(b)) return ok(new D(100), 'realisasi dalam rentang target = 100');
    [acuan, metode] = r.lt(a) ? [a, 'rasio'] : [b, 'selisih_terbalik'];
  } else if (aturan.polaritas === 'rentang') {
    return gagal('bukan_angka', 'indikator berpolaritas rentang memerlukan target rentang, mis. 2–4');
  } else {
    if (target === undefined || target === '') return gagal('target_kosong', 'target belum diisi');
    acuan = angkaDari(target, aturan.skala);
    if (!acuan) return gagal('bukan_angka', `target "${String(target)}" bukan angka dan tidak ada di skala kualitatif`);
    if (aturan.skala && typeof target === 'string' && target in aturan.skala) metode = 'rasio';
  }
  if (acuan.isZero()) {
    if (aturan.targetNol !== 'biner') return gagal('target_nol', 'target bernilai 0 sehingga capaian tidak dapat dihitung dengan rumus biasa');
    const baik = metode === 'rasio' ? r.gte(0) : r.lte(0);
    return ok(new D(baik ? 100 : 0), `target 0: realisasi ${metode === 'rasio' ? '≥' : '≤'} 0 = 100, selain itu 0`);
  }
  if (metode === 'rasio_terbalik' && r.isZero()) return gagal('realisasi_nol', 'realisasi 0 pada rumus target / realisasi');
  const mentah = RUMUS[metode].f(acuan, r);
  const tanpaBatas = bulat2(mentah);
  const batas = aturan.batas && aturan.batas !== 'tanpa' ? new D(aturan.batas) : undefined;
  const nilai = batas && tanpaBatas.gt(batas) ? batas : tanpaBatas;
  return { ok: true, nilai, tanpaBatas, rumus: RUMUS[metode].teks };
}

/** Whether two written values are the same target: numbers by value (80 = 80,00), ranges by their bounds, words as written. */
export function samaTarget(a: string, b: string): boolean {
  const [x, y] = [bacaTarget(a), bacaTarget(b)];
  if (x.jenis === 'angka' && y.jenis === 'angka') return new D(x.nilai).eq(y.nilai);
  if (x.jenis === 'rentang' && y.jenis === 'rentang') return new D(x.min).eq(y.min) && new D(x.maks).eq(y.maks);
  return a === b;
}
