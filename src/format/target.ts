// A target with its unit: "98%", "0,15%", "78,85", "145 WUB", "1.500 laporan".
import { angka } from './angka.ts';

export interface TargetValue { nilai: string; desimal: number; satuan: string }

const NO_UNIT = new Set(['nilai', 'indeks', 'angka', '']);

export function formatTarget(t: TargetValue): string {
  const n = angka(t.nilai, t.desimal);
  if (t.satuan === '%') return `${n}%`;
  if (NO_UNIT.has(t.satuan.toLowerCase())) return n;
  return `${n} ${t.satuan}`;
}
