// Quarters: how quarterly values combine to date, per indicator. Agencies report either each quarter's own value
// (`per_triwulan`, combined by the indicator's `agregasi`) or the value to date (`kumulatif`). The same data gives
// the quarterly report (to TW n) and the LKIP (to TW IV), as a realisasi formula whose rule is printed.
import type { SpesRealisasi } from './realisasi.ts';
import { sum, type Dec } from './decimal.ts';

export type AgregasiTriwulan = 'jumlah' | 'kumulatif' | 'akhir' | 'rata_rata' | 'maksimum';
export type Pelaporan = 'per_triwulan' | 'kumulatif';
export interface DataTriwulan { pelaporan: Pelaporan; agregasi: AgregasiTriwulan; target: string[]; realisasi: string[] }

export const ROMAWI_TW = ['I', 'II', 'III', 'IV'];

/** Value to date (quarters 1..tw) from the quarterly values present; undefined when none is reported. */
export function sampaiTriwulan(nilai: (Dec | undefined)[], tw: number, cara: AgregasiTriwulan): Dec | undefined {
  const ada = nilai.slice(0, tw).filter((x): x is Dec => !!x);
  if (!ada.length) return undefined;
  switch (cara) {
    case 'jumlah': case 'kumulatif': return sum(ada);
    case 'akhir': return ada[ada.length - 1];
    case 'rata_rata': return sum(ada).div(ada.length);
    case 'maksimum': return ada.reduce((a, b) => (b.gt(a) ? b : a));
  }
}

/** Per-quarter aggregation rules that are a printed realisasi formula over the quarters. */
const RUMUS: Partial<Record<AgregasiTriwulan, 'jumlah' | 'rata_rata'>> = { jumlah: 'jumlah', kumulatif: 'jumlah', rata_rata: 'rata_rata' };

/**
 * The realisasi (or target) to TW `tw` as a formula over reported quarterly values, or undefined when quarter
 * `tw` itself is not reported. `nilai` are canonical strings ('' = not reported); `angka` orders values (max).
 */
export function spesSampai(nilai: string[], tw: number, pelaporan: Pelaporan, agregasi: AgregasiTriwulan, angka: (s: string) => Dec | undefined): SpesRealisasi | undefined {
  const upto = nilai.slice(0, tw);
  if (!upto[tw - 1]) return undefined;
  if (pelaporan === 'kumulatif') return { rumus: 'nilai', nilai: upto[tw - 1] };
  const komponen = upto.map((v, i) => ({ uraian: `Triwulan ${ROMAWI_TW[i]}`, nilai: v })).filter((k) => k.nilai !== '');
  const rumus = RUMUS[agregasi];
  if (rumus) return komponen.length === 1 ? { rumus: 'nilai', nilai: komponen[0].nilai } : { rumus, komponen };
  if (agregasi === 'akhir') return { rumus: 'nilai', nilai: upto[tw - 1] };
  let terbesar = komponen[0];
  for (const k of komponen) {
    const [x, y] = [angka(k.nilai), angka(terbesar.nilai)];
    if (x && y && x.gt(y)) terbesar = k;
  }
  return { rumus: 'nilai', nilai: terbesar.nilai };
}
