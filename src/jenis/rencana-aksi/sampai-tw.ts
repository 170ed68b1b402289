// A quarterly series (targets or realisasi as written, '' = not reported) combined to TW n by its rule: the
// cumulative value of quarter n, or the per-quarter values by `agregasi` (src/compute/triwulan.ts).
import { angkaDari } from '../../compute/capaian.ts';
import type { Dec } from '../../compute/decimal.ts';
import { hitungRealisasi } from '../../compute/realisasi.ts';
import { spesSampai, type AgregasiTriwulan, type Pelaporan } from '../../compute/triwulan.ts';

export function sampaiTw(nilai: string[], tw: number, pelaporan: Pelaporan, agregasi: AgregasiTriwulan, skor?: Record<string, string>): string | Dec | undefined {
  const spes = spesSampai(nilai, tw, pelaporan, agregasi, (v) => angkaDari(v, skor));
  if (!spes) return undefined;
  if (spes.rumus === 'nilai') return spes.nilai;
  const h = hitungRealisasi(spes);
  return h.ok ? h.nilai : undefined;
}
