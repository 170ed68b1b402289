// The quarterly report as a signed document: its signatory and date, and its tables as printed. The IKU of each
// sasaran go in one table numbered by sasaran (as the PK and LKIP tables are); programs, kegiatan and sub kegiatan
// in a table of their own per sasaran, numbered 1, 1.1, 1.1.1, so no number stands for two rows. In a row, the
// annual and to-date targets are printed with one number of decimals.
import { bacaTarget } from '../format/baca.ts';
import type { Content } from '../validate/build-content.ts';
import type { LkipFront } from '../validate/schemas-kinerja.ts';
import { D } from './decimal.ts';
import type { Nilai } from './indikator-hasil.ts';
import type { BarisUkur } from './pengukuran.ts';
import { penandatanganView } from './pihak.ts';

/** Month of the quarterly report, day left blank: the guideline has the report handed in during the month after the
 *  quarter, the fourth quarter's in its last week (seed 001 L838: "Minggu I Bulan April, Juli, Oktober dan Minggu IV
 *  Bulan Desember tahun berjalan"). */
export const BULAN_LAPORAN = [4, 7, 10, 12];
export const tanggalTriwulan = (tahun: number, tw: number): string => `${tahun}-${String(BULAN_LAPORAN[tw - 1]).padStart(2, '0')}`;

/** Numbers of one row (the annual target first) with one number of decimals: the annual target's as written, more
 *  only where another needs them to be exact (7,8 and 7,80 → "7,8" and "7,8"; 13 and 3,25 → "13,00" and "3,25").
 *  Padding only: nothing is rounded again. A row with a range or a word of a scale ("2–4", "WTP") prints as written. */
export function satuDesimal(xs: Nilai[]): Nilai[] {
  if (!xs.length || xs.some((n) => bacaTarget(n.nilai).jenis !== 'angka')) return xs;
  const dp = Math.max(xs[0].desimal, ...xs.map((n) => new D(n.nilai).decimalPlaces()));
  return xs.map((n) => ({ ...n, nilai: new D(n.nilai).toFixed(dp), desimal: dp }));
}

/** A row's annual and to-date targets with one number of decimals (satuDesimal). */
export function satuFormat<T extends { targetTahunan?: Nilai; targetSampai?: Nilai }>(b: T): T {
  const { targetTahunan: a, targetSampai: s } = b;
  if (!a || !s) return b;
  const [targetTahunan, targetSampai] = satuDesimal([a, s]);
  return { ...b, targetTahunan, targetSampai };
}

interface SasaranUkur { no: number; uraian: string; iku: BarisUkur[]; baris: BarisUkur[] }

/** Signatory (the LKIP's), date and the two tables of the report. */
export function laporanTriwulan(c: Content, f: Pick<LkipFront, 'tahun' | 'penandatangan' | 'pangkat'>, tw: number, sasaran: SasaranUkur[]) {
  return {
    penandatangan: penandatanganView(c, f.penandatangan, f.pangkat),
    tanggal: tanggalTriwulan(f.tahun, tw),
    tabelIku: sasaran.filter((s) => s.iku.length).map((s) => ({ no: s.no, uraian: s.uraian, iku: s.iku.map(satuFormat) })),
    tabelProgram: sasaran.filter((s) => s.baris.length).map((s) => ({ no: s.no, uraian: s.uraian, baris: s.baris.map(satuFormat) })),
  };
}
