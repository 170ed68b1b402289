// The capaian rules a document actually applies, in words, for its method paragraph ("positif: realisasi / target
// × 100 (6 indikator); rentang: …"): one sentence per rule, counted from the indicators measured.
import { RUMUS_TEKS, metodeBawaan, type MetodeCapaian, type Polaritas } from './capaian.ts';
import { skalaDari } from './skala-kualitatif.ts';

export interface AturanIndikator { polaritas: Polaritas; metode_capaian?: MetodeCapaian; skala?: string | Record<string, string>; target_nol?: string }

const SEBUTAN: Record<MetodeCapaian, string> = {
  rasio: 'semakin tinggi semakin baik',
  selisih_terbalik: 'semakin kecil semakin baik',
  rasio_terbalik: 'semakin kecil semakin baik',
};

function teks(a: AturanIndikator, target?: string): string {
  const skala = skalaDari(a.skala);
  if (skala) return `indikator kualitatif (${skala.nama}: ${Object.entries(skala.skor).map(([k, v]) => `${k} ${v}`).join(', ')}): skor realisasi / skor target × 100`;
  if (a.polaritas === 'rentang' || target?.includes('–')) return 'target rentang: realisasi di dalam rentang = 100; di bawah rentang: realisasi / batas bawah × 100; di atas rentang: (2 × batas atas − realisasi) / batas atas × 100';
  const m = a.metode_capaian ?? metodeBawaan(a.polaritas);
  const nol = a.target_nol === 'biner' && target !== undefined && Number(target) === 0;
  if (nol) return `target 0 (${SEBUTAN[m]}): realisasi ${m === 'rasio' ? '≥' : '≤'} 0 = 100, selain itu 0`;
  return `${SEBUTAN[m]}: ${RUMUS_TEKS[m]}`;
}

/** Distinct rules in order of first use, each with how many indicators it measures. */
export function daftarAturan(xs: { aturan: AturanIndikator; target?: string }[]): { aturan: string; jumlah: number }[] {
  const out = new Map<string, number>();
  for (const x of xs) {
    const t = teks(x.aturan, x.target);
    out.set(t, (out.get(t) ?? 0) + 1);
  }
  return [...out].map(([aturan, jumlah]) => ({ aturan, jumlah }));
}

