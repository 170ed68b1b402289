// A target or realisasi with its unit: "98%", "0,15%", "78,85", "145 WUB", "2–4%", "WTP".
import { angka } from './angka.ts';
import { bacaTarget } from './baca.ts';

export interface TargetValue { nilai: string; desimal: number; satuan: string }

const NO_UNIT = new Set(['nilai', 'indeks', 'angka', '']);

function satuan(n: string, s: string): string {
  if (s === '%') return `${n}%`;
  if (NO_UNIT.has(s.toLowerCase())) return n;
  return `${n} ${s}`;
}

export function formatTarget(t: TargetValue): string {
  const b = bacaTarget(t.nilai);
  if (b.jenis === 'kualitatif') return b.teks;
  if (b.jenis === 'rentang') return satuan(`${angka(b.min, t.desimal)}–${angka(b.maks, t.desimal)}`, t.satuan);
  return satuan(angka(b.nilai, t.desimal), t.satuan);
}
