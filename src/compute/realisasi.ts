// Realisasi derived from raw inputs, so the formula printed in the document is the one applied.
import { angkaDari } from './capaian.ts';
import { D, sum, type Dec } from './decimal.ts';

export interface Komponen { uraian?: string; kelompok?: string; satuan?: string; pembilang?: string; penyebut?: string; sekarang?: string; sebelumnya?: string; nilai?: string }
export type SpesRealisasi =
  | { rumus: 'nilai'; nilai: string }
  | { rumus: 'rasio'; pembilang: string; penyebut: string; label_pembilang?: string; label_penyebut?: string }
  | { rumus: 'rata_rata_rasio' | 'rasio_jumlah' | 'pertumbuhan' | 'rata_rata' | 'jumlah'; komponen: Komponen[]; judul?: string; label_pembilang?: string; label_penyebut?: string; pembulatan?: Pembulatan }
  | { rumus: 'rata_rata_capaian_anak'; simpul: string };

/**
 * How a derived realisasi is reported. `setengah_ke_atas` (default): kept exact, rounded once half-up when shown.
 * `ke_bawah`: the agency reports the value cut to 2 places (declared in content); the capaian is computed from it.
 */
export type Pembulatan = 'setengah_ke_atas' | 'ke_bawah';
const HASIL: Record<Pembulatan, { potong: (d: Dec) => Dec; teks: string }> = {
  setengah_ke_atas: { potong: (d) => d, teks: '' },
  ke_bawah: { potong: (d) => d.toDecimalPlaces(2, D.ROUND_DOWN), teks: ', dipotong 2 desimal' },
};

export interface BarisRincian extends Komponen { persen?: Dec }
export type HasilRealisasi =
  | { ok: true; nilai: Dec; rumus: string; rincian: BarisRincian[] }
  | { ok: false; pesan: string };

export const TEKS_RUMUS: Record<SpesRealisasi['rumus'], string> = {
  nilai: 'nilai terukur',
  rasio: 'pembilang / penyebut × 100%',
  rata_rata_rasio: 'rata-rata dari (pembilang / penyebut × 100%) setiap komponen',
  rasio_jumlah: 'jumlah pembilang / jumlah penyebut × 100%',
  pertumbuhan: '(nilai tahun n − nilai tahun n−1) / nilai tahun n−1 × 100%',
  rata_rata: 'rata-rata nilai komponen',
  jumlah: 'jumlah nilai komponen',
  rata_rata_capaian_anak: 'jumlah capaian kinerja kegiatan / jumlah kegiatan',
};

const n = (v: string | undefined): Dec => {
  const d = angkaDari(v);
  if (!d) throw new Error(`"${v ?? ''}" bukan angka`);
  return d;
};
const bagi = (a: Dec, b: Dec, apa: string): Dec => {
  if (b.isZero()) throw new Error(`${apa} bernilai 0`);
  return a.div(b).times(100);
};

/** `anak` resolves the capaian values of a budget node's children (for rata_rata_capaian_anak). */
export function hitungRealisasi(spes: SpesRealisasi, anak: (simpul: string) => Dec[] | undefined = () => undefined): HasilRealisasi {
  const rumus = TEKS_RUMUS[spes.rumus];
  try {
    switch (spes.rumus) {
      case 'nilai': return { ok: true, nilai: n(spes.nilai), rumus, rincian: [] };
      case 'rasio': return { ok: true, nilai: bagi(n(spes.pembilang), n(spes.penyebut), 'penyebut'), rumus, rincian: [] };
      case 'rata_rata_rasio': {
        const h = HASIL[spes.pembulatan ?? 'setengah_ke_atas'];
        const rincian = spes.komponen.map((k) => ({ ...k, persen: bagi(n(k.pembilang), n(k.penyebut), `penyebut ${k.uraian ?? ''}`) }));
        if (!rincian.length) throw new Error('tidak ada komponen');
        return { ok: true, nilai: h.potong(sum(rincian.map((r) => r.persen)).div(rincian.length)), rumus: rumus + h.teks, rincian };
      }
      case 'rasio_jumlah': {
        const p = sum(spes.komponen.map((k) => n(k.pembilang)));
        const q = sum(spes.komponen.map((k) => n(k.penyebut)));
        return { ok: true, nilai: bagi(p, q, 'jumlah penyebut'), rumus, rincian: spes.komponen };
      }
      case 'pertumbuhan': {
        const now = sum(spes.komponen.map((k) => n(k.sekarang)));
        const before = sum(spes.komponen.map((k) => n(k.sebelumnya)));
        return { ok: true, nilai: bagi(now.minus(before), before, 'nilai tahun sebelumnya'), rumus, rincian: spes.komponen };
      }
      case 'rata_rata': case 'jumlah': {
        const xs = spes.komponen.map((k) => n(k.nilai));
        if (!xs.length) throw new Error('tidak ada komponen');
        const total = sum(xs);
        return { ok: true, nilai: spes.rumus === 'jumlah' ? total : total.div(xs.length), rumus, rincian: spes.komponen };
      }
      case 'rata_rata_capaian_anak': {
        const xs = anak(spes.simpul);
        if (!xs?.length) throw new Error(`simpul "${spes.simpul}" tidak memiliki rincian dengan capaian`);
        return { ok: true, nilai: sum(xs).div(xs.length), rumus, rincian: [] };
      }
    }
  } catch (e) {
    return { ok: false, pesan: (e as Error).message };
  }
}

