// Quarters: how quarterly realisasi combine to date, per indicator.
import { sum, type Dec } from './decimal.ts';

export type AgregasiTriwulan = 'kumulatif' | 'akhir' | 'rata_rata' | 'maksimum';

/** Value to date (quarters 1..tw) from the quarterly values present; undefined when none is reported. */
export function sampaiTriwulan(nilai: (Dec | undefined)[], tw: number, cara: AgregasiTriwulan): Dec | undefined {
  const ada = nilai.slice(0, tw).filter((x): x is Dec => !!x);
  if (!ada.length) return undefined;
  switch (cara) {
    case 'kumulatif': return sum(ada);
    case 'akhir': return ada[ada.length - 1];
    case 'rata_rata': return sum(ada).div(ada.length);
    case 'maksimum': return ada.reduce((a, b) => (b.gt(a) ? b : a));
  }
}
