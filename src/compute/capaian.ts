// Capaian of one indicator (PermenPANRB 53/2014; negative rule of PermenPANRB 8/2021), exact decimals,
// rounded once half-up to 2 places. Failures are values, never NaN or Infinity.
import { bulat2, D, type Dec } from './decimal.ts';

export type Polaritas = 'positif' | 'negatif' | 'rentang';
export type MetodeCapaian = 'rasio' | 'selisih_terbalik' | 'rasio_terbalik';
export type Batas = 'tanpa' | '100' | '120';
export interface AturanCapaian {
  polaritas: Polaritas;
  metode?: MetodeCapaian; // default: rasio (positif), selisih_terbalik (negatif)
  rentang?: [string, string]; // [a, b] for polaritas rentang
  batas?: Batas;
  skala?: Record<string, string>; // qualitative value -> number, e.g. { WTP: '100', WDP: '75' }
}
export type Gagal = 'target_nol' | 'realisasi_kosong' | 'bukan_angka' | 'realisasi_nol';
export type HasilCapaian =
  | { ok: true; nilai: Dec; tanpaBatas: Dec; rumus: string }
  | { ok: false; alasan: Gagal; pesan: string };

const RUMUS: Record<MetodeCapaian, { teks: string; f: (t: Dec, r: Dec) => Dec }> = {
  rasio: { teks: 'realisasi / target × 100', f: (t, r) => r.div(t).times(100) },
  selisih_terbalik: { teks: '(2 × target − realisasi) / target × 100', f: (t, r) => t.times(2).minus(r).div(t).times(100) },
  rasio_terbalik: { teks: 'target / realisasi × 100', f: (t, r) => t.div(r).times(100) },
};

export const metodeBawaan = (p: Polaritas): MetodeCapaian => (p === 'negatif' ? 'selisih_terbalik' : 'rasio');

/** Reads "105,48", "105.48", a Decimal or a qualitative value through the declared scale. */
export function angkaDari(v: string | Dec | undefined, skala?: Record<string, string>): Dec | undefined {
  if (v === undefined || v === '') return undefined;
  if (typeof v !== 'string') return v;
  const s = v.trim();
  if (skala && s in skala) return new D(skala[s].replace(',', '.'));
  if (!/^-?\d+(?:[.,]\d+)?$/.test(s)) return undefined;
  return new D(s.replace(',', '.'));
}

function gagal(alasan: Gagal, pesan: string): HasilCapaian {
  return { ok: false, alasan, pesan };
}

export function hitungCapaian(target: string | Dec | undefined, realisasi: string | Dec | undefined, aturan: AturanCapaian): HasilCapaian {
  if (realisasi === undefined || realisasi === '') return gagal('realisasi_kosong', 'realisasi belum diisi');
  const t = angkaDari(target, aturan.skala);
  const r = angkaDari(realisasi, aturan.skala);
  if (!t || !r) return gagal('bukan_angka', `target "${String(target)}" atau realisasi "${String(realisasi)}" bukan angka dan tidak ada di skala kualitatif`);
  let metode = aturan.metode ?? metodeBawaan(aturan.polaritas);
  let acuan = t;
  if (aturan.polaritas === 'rentang') {
    const [a, b] = (aturan.rentang ?? []).map((x) => angkaDari(x));
    if (!a || !b) return gagal('bukan_angka', 'rentang target harus berupa dua angka [a, b]');
    if (r.gte(a) && r.lte(b)) return { ok: true, nilai: new D(100), tanpaBatas: new D(100), rumus: 'realisasi dalam rentang target = 100' };
    [acuan, metode] = r.lt(a) ? [a, 'rasio'] : [b, 'selisih_terbalik'];
  }
  if (acuan.isZero()) return gagal('target_nol', 'target bernilai 0 sehingga capaian tidak dapat dihitung');
  if (metode === 'rasio_terbalik' && r.isZero()) return gagal('realisasi_nol', 'realisasi 0 pada rumus target / realisasi');
  const mentah = RUMUS[metode].f(acuan, r);
  const tanpaBatas = bulat2(mentah);
  const batas = aturan.batas && aturan.batas !== 'tanpa' ? new D(aturan.batas) : undefined;
  const nilai = batas && tanpaBatas.gt(batas) ? batas : tanpaBatas;
  return { ok: true, nilai, tanpaBatas, rumus: RUMUS[metode].teks };
}
