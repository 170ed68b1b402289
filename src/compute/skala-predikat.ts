// Predicate scales as data: ordered bands from the top, each with its lower bound and whether it is inclusive.
import type { Dec } from './decimal.ts';

export interface Pita { min?: string; inklusif: boolean; kode?: string; label: string; interpretasi?: string }
export interface Skala { id: string; nama: string; pita: Pita[] }

export const SKALA: Record<string, Skala> = {
  'permendagri-86-2017': {
    id: 'permendagri-86-2017', nama: 'Permendagri 86/2017',
    pita: [
      { min: '91', inklusif: true, label: 'Sangat Tinggi' },
      { min: '76', inklusif: true, label: 'Tinggi' },
      { min: '66', inklusif: true, label: 'Sedang' },
      { min: '51', inklusif: true, label: 'Rendah' },
      { inklusif: true, label: 'Sangat Rendah' },
    ],
  },
  'permenpanrb-88-2021': {
    id: 'permenpanrb-88-2021', nama: 'PermenPANRB 88/2021 (Tingkat Akuntabilitas Kinerja)',
    pita: [
      { min: '90', inklusif: false, kode: 'AA', label: 'Sangat Memuaskan' },
      { min: '80', inklusif: false, kode: 'A', label: 'Memuaskan' },
      { min: '70', inklusif: false, kode: 'BB', label: 'Sangat Baik' },
      { min: '60', inklusif: false, kode: 'B', label: 'Baik' },
      { min: '50', inklusif: false, kode: 'CC', label: 'Cukup' },
      { min: '30', inklusif: false, kode: 'C', label: 'Kurang' },
      { inklusif: true, kode: 'D', label: 'Sangat Kurang' },
    ],
  },
  'lokal-keberhasilan': {
    id: 'lokal-keberhasilan', nama: 'Skala keberhasilan (lokal)',
    pita: [
      { min: '100', inklusif: true, label: 'Sangat Berhasil' },
      { min: '75', inklusif: true, label: 'Berhasil' },
      { min: '55', inklusif: true, label: 'Cukup Berhasil' },
      { inklusif: true, label: 'Kurang Berhasil' },
    ],
  },
};

/** The message of a scale id that is not in SKALA (at the field that names it). */
export const skalaTakDikenal = (id: string): string => `skala predikat "${id}" tidak dikenal (${Object.keys(SKALA).join(', ')})`;

/** The band of a capaian value on a scale. */
/** Default scale of a kind where neither the document nor the agency names one: the LKIP and quarterly report
 *  grade as the AKIP evaluation does, a Rencana Aksi's evaluation as Permendagri 86/2017. */
export const SKALA_BAWAAN = { lkip: 'permenpanrb-88-2021', 'rencana-aksi': 'permendagri-86-2017' } as const;

/** The scale id a document uses: its own (front matter), else the agency's (instansi.yaml `skala_predikat`: one
 *  scale for every document of the agency), else its kind's default. */
export const idSkala = (c: { instansi?: { value: { skala_predikat?: string } } }, sendiri: string | undefined, jenis: keyof typeof SKALA_BAWAAN): string =>
  sendiri ?? c.instansi?.value.skala_predikat ?? SKALA_BAWAAN[jenis];

export function predikat(capaian: Dec, skala: Skala): Pita {
  for (const p of skala.pita) {
    if (p.min === undefined) return p;
    if (p.inklusif ? capaian.gte(p.min) : capaian.gt(p.min)) return p;
  }
  return skala.pita[skala.pita.length - 1];
}
