// Aggregates with a named, printable rule; comparisons; budget absorption and efficiency bands.
import { bulat2, sum, type Dec } from './decimal.ts';

export interface Agregat { nilai: Dec; jumlah: number; aturan: string }

/** Mean of the values that exist; the rule is printed in the document ("rata-rata dari 4 indikator"), naming
 *  the values left out because they could not be computed ("rata-rata dari 7 indikator; 1 tidak dapat dihitung"). */
export function rataRata(xs: (Dec | undefined)[], apa: string): Agregat | undefined {
  const ada = xs.filter((x): x is Dec => !!x);
  if (!ada.length) return undefined;
  const tanpa = xs.length - ada.length;
  return { nilai: bulat2(sum(ada).div(ada.length)), jumlah: ada.length, aturan: `rata-rata dari ${ada.length} ${apa}${tanpa ? `; ${tanpa} tidak dapat dihitung` : ''}` };
}

/** A mean as the documents print it: always an object, so a template can print "–" when nothing was computable. */
export function agregatView(a: Agregat | undefined, n: number, apa: string): { nilai?: string; aturan: string } {
  return a ? { nilai: a.nilai.toFixed(2), aturan: a.aturan } : { nilai: undefined, aturan: n ? `tidak dapat dihitung: ${n} ${apa} tanpa capaian` : `tidak ada ${apa}` };
}

export function serapan(pagu: Dec, realisasi: Dec): Dec | undefined {
  return pagu.isZero() ? undefined : bulat2(realisasi.div(pagu).times(100));
}

/** Efficiency = capaian − serapan, in percentage points, with a labelled band. */
export const PITA_EFISIENSI: { min?: string; label: string }[] = [
  { min: '0', label: 'efisien' },
  { label: 'tidak efisien' },
];
export function efisiensi(capaian: Dec, serap: Dec): { selisih: Dec; label: string } {
  const selisih = bulat2(capaian.minus(serap));
  const pita = PITA_EFISIENSI.find((p) => p.min === undefined || selisih.gte(p.min))!;
  return { selisih, label: pita.label };
}

/** Difference with another value in percentage points and relative to it (%). */
export function banding(nilai: Dec, pembanding: Dec): { poin: Dec; persen?: Dec; arah: 'naik' | 'turun' | 'tetap' } {
  const poin = nilai.minus(pembanding);
  return {
    poin: bulat2(poin),
    persen: pembanding.isZero() ? undefined : bulat2(poin.div(pembanding.abs()).times(100)),
    arah: poin.isZero() ? 'tetap' : poin.gt(0) ? 'naik' : 'turun',
  };
}
