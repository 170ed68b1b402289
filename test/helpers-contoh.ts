// Independent recomputation of the example agency's figures (contoh/dinas-pangan) straight from its content files:
// own YAML parsing, plain JS numbers, the rules written out here (not imported from src/), rounding half-up to 2.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

type Obj = Record<string, unknown>;
export interface Aturan { polaritas: string; metode?: string; skala?: string; targetNol?: string }
export type Nilai = { kind: 'angka'; x: number; dp: number } | { kind: 'rentang'; a: number; b: number; dp: number } | { kind: 'kata'; w: string };

export const yamlFile = (dir: string, f: string) => parse(fs.readFileSync(path.join(dir, f), 'utf8'), { schema: 'failsafe' });
/** Front matter of a Markdown content file. */
export const frontMatter = (dir: string, f: string) => parse(fs.readFileSync(path.join(dir, f), 'utf8').split(/^---$/m)[1], { schema: 'failsafe' });

/** Half-up to 2 places, guarding against binary noise (101.24999999 → 101.25). */
export const r2 = (x: number) => Math.round(Number((x * 100).toPrecision(12))) / 100;

/** Indonesian number: thousands ".", decimals ","; dp fixed. */
export function id(x: number, dp: number): string {
  const [i, f] = Math.abs(x).toFixed(dp).split('.');
  return `${x < 0 ? '-' : ''}${i.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}${f ? `,${f}` : ''}`;
}
export const persen = (x: number) => `${id(x, 2)}%`;

const dpOf = (s: string) => (s.includes(',') || s.includes('.') ? s.split(/[.,]/)[1].length : 0);
const num = (s: string) => Number(s.replace(',', '.'));

/** A target or realisasi as content wrote it. */
export function nilai(v: unknown): Nilai {
  if (Array.isArray(v)) return { kind: 'rentang', a: num(v[0]), b: num(v[1]), dp: Math.max(dpOf(v[0]), dpOf(v[1])) };
  const s = String(v).trim();
  if (/^-?\d+(?:[.,]\d+)?$/.test(s)) return { kind: 'angka', x: num(s), dp: dpOf(s) };
  const m = /^(\d+(?:[.,]\d+)?)\s*(?:-|–|s\.d\.|s\/d)\s*(\d+(?:[.,]\d+)?)$/.exec(s);
  if (m) return { kind: 'rentang', a: num(m[1]), b: num(m[2]), dp: Math.max(dpOf(m[1]), dpOf(m[2])) };
  return { kind: 'kata', w: s };
}

/** Printed with its unit: "8,5%", "1.200 ton", "70", "2–4%", "WTP". */
export function cetak(v: Nilai, satuan: string): string {
  if (v.kind === 'kata') return v.w;
  const n = v.kind === 'angka' ? id(v.x, v.dp) : `${id(v.a, v.dp)}–${id(v.b, v.dp)}`;
  if (satuan === '%') return `${n}%`;
  return ['', 'nilai', 'indeks', 'angka'].includes(satuan.toLowerCase()) ? n : `${n} ${satuan}`;
}
/** A computed value (sum or mean of quarters): whole numbers without decimals, except percentages. */
export const cetakHitung = (x: number, satuan: string) => cetak({ kind: 'angka', x: r2(x), dp: Number.isInteger(r2(x)) && satuan !== '%' ? 0 : 2 }, satuan);

export const OPINI_BPK: Record<string, number> = { WTP: 4, WDP: 3, TW: 2, TMP: 1 };
const SKALA: Record<string, Record<string, number>> = { 'opini-bpk': OPINI_BPK };

/** Capaian (unrounded), or undefined where it cannot be computed (target 0 without a rule). */
export function capaian(t: Nilai, r: Nilai, a: Aturan): number | undefined {
  if (t.kind === 'kata' || r.kind === 'kata') {
    const s = SKALA[a.skala!];
    return (s[(r as { w: string }).w] / s[(t as { w: string }).w]) * 100;
  }
  if (r.kind !== 'angka') throw new Error('realisasi rentang');
  const R = r.x;
  if (t.kind === 'rentang') {
    if (R >= t.a && R <= t.b) return 100;
    return R < t.a ? (R / t.a) * 100 : ((2 * t.b - R) / t.b) * 100;
  }
  const T = t.x;
  const metode = a.metode ?? (a.polaritas === 'negatif' ? 'selisih_terbalik' : 'rasio');
  if (T === 0) {
    if (a.targetNol !== 'biner') return undefined;
    const lebihKecilLebihBaik = metode !== 'rasio';
    return (lebihKecilLebihBaik ? R <= 0 : R >= 0) ? 100 : 0;
  }
  if (metode === 'selisih_terbalik') return ((2 * T - R) / T) * 100;
  if (metode === 'rasio_terbalik') return (T / R) * 100;
  return (R / T) * 100;
}

/** PermenPANRB 88/2021 bands (lower bounds exclusive). */
const PITA: [number, string, string][] = [[90, 'AA', 'Sangat Memuaskan'], [80, 'A', 'Memuaskan'], [70, 'BB', 'Sangat Baik'], [60, 'B', 'Baik'], [50, 'CC', 'Cukup'], [30, 'C', 'Kurang']];
export function predikat(c: number): { kode: string; label: string } {
  for (const [min, kode, label] of PITA) if (c > min) return { kode, label };
  return { kode: 'D', label: 'Sangat Kurang' };
}

export const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Value to date (TW n) of quarterly values: cumulative reports give the value at n; per-quarter ones combine. */
export function sampai(xs: string[], n: number, pelaporan: string, agregasi: string): number | undefined {
  const upto = xs.slice(0, n);
  if (!upto[n - 1]) return undefined;
  if (pelaporan === 'kumulatif') return num(upto[n - 1]);
  const v = upto.filter((x) => x !== '').map(num);
  if (agregasi === 'jumlah') return v.reduce((a, b) => a + b, 0);
  if (agregasi === 'rata_rata') return mean(v);
  if (agregasi === 'maksimum') return Math.max(...v);
  return v[v.length - 1];
}

// ---------------------------------------------------------------- money, in whole sen (integers)
export const sen = (s: string) => {
  const [i, f = ''] = String(s).split(/[.,]/);
  return Number(i) * 100 + Number((f + '00').slice(0, 2));
};
/** "1.500.000,50"; whole rupiah without ",00". */
export const rupiah = (s: number) => `${id(Math.floor(s / 100), 0)}${s % 100 ? `,${String(s % 100).padStart(2, '0')}` : ''}`;

export interface Simpul {
  id: string; nama: string; pagu: number; realisasi: number; triwulan?: number[]; anak: Simpul[]; sasaran?: string;
  indikator: Obj[];
}
/** Budget tree with every parent summed from its leaves. */
export function pohon(raw: Obj[], sasaran?: string): Simpul[] {
  return raw.map((r) => {
    const kids = (r.kegiatan ?? r.sub_kegiatan ?? []) as Obj[];
    const anak = pohon(kids, (r.sasaran as string) ?? sasaran);
    const leaf = !anak.length;
    return {
      id: r.id as string, nama: r.nama as string, anak, sasaran: (r.sasaran as string) ?? sasaran, indikator: (r.indikator ?? []) as Obj[],
      pagu: leaf ? sen((r.pagu as string) ?? '0') : anak.reduce((a, k) => a + k.pagu, 0),
      realisasi: leaf ? sen((r.realisasi_anggaran as string) ?? '0') : anak.reduce((a, k) => a + k.realisasi, 0),
      triwulan: leaf ? (r.realisasi_anggaran_triwulan as string[] | undefined)?.map(sen) : undefined,
    };
  });
}
/** Budget realisasi to TW n: sum of the leaves' quarterly realisasi. */
export function anggaranSampai(s: Simpul, n: number): number {
  if (s.anak.length) return s.anak.reduce((a, k) => a + anggaranSampai(k, n), 0);
  if (!s.triwulan) throw new Error(`${s.id} tanpa realisasi_anggaran_triwulan`);
  return s.triwulan.slice(0, n).reduce((a, b) => a + b, 0);
}
export const semua = (xs: Simpul[]): Simpul[] => xs.flatMap((x) => [x, ...semua(x.anak)]);

export const TERBILANG = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh'];
