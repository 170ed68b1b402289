// Renstra Tabel 4.3: indicative pagu per year only at sub kegiatan; every parent and yearly grand total is summed.
import type { RenstraProgram } from '../validate/schemas-kinerja.ts';
import { D, sum, teksUang, type Dec } from './decimal.ts';
import { nilaiDari as nilai, type Nilai } from './indikator-hasil.ts';

type Tingkat = 'urusan' | 'program' | 'kegiatan' | 'sub_kegiatan';
interface Raw { id?: string; kode?: string; nama: string; outcome?: string; output?: string; sasaran?: string; prioritas?: boolean; indikator?: RenstraProgram['urusan'][number]['program'][number]['indikator']; pagu?: Record<string, string>; pagu_dilaporkan?: Record<string, string>; program?: Raw[]; kegiatan?: Raw[]; sub_kegiatan?: Raw[] }
export interface SimpulRenstra { id?: string; kode?: string; nama: string; tingkat: Tingkat; raw: Raw; pagu: Dec[]; anak: SimpulRenstra[]; induk?: SimpulRenstra; path: PropertyKey[] }

const KIDS: Record<Tingkat, 'program' | 'kegiatan' | 'sub_kegiatan' | undefined> = { urusan: 'program', program: 'kegiatan', kegiatan: 'sub_kegiatan', sub_kegiatan: undefined };
const NEXT: Record<Tingkat, Tingkat> = { urusan: 'program', program: 'kegiatan', kegiatan: 'sub_kegiatan', sub_kegiatan: 'sub_kegiatan' };

function build(raw: Raw, tingkat: Tingkat, tahun: number[], path: PropertyKey[], induk?: SimpulRenstra): SimpulRenstra {
  const n: SimpulRenstra = { id: raw.id, kode: raw.kode, nama: raw.nama, tingkat, raw, pagu: [], anak: [], induk, path };
  const key = KIDS[tingkat];
  n.anak = ((key && raw[key]) || []).map((k, i) => build(k, NEXT[tingkat], tahun, [...path, key!, i], n));
  n.pagu = tahun.map((y, i) => (n.anak.length ? sum(n.anak.map((a) => a.pagu[i])) : new D(raw.pagu?.[String(y)] ?? 0)));
  return n;
}

export function pohonRenstra(file: RenstraProgram) {
  const tahun = file.tahun_target;
  const urusan = file.urusan.map((u, i) => build(u as unknown as Raw, 'urusan', tahun, ['urusan', i]));
  return { tahun, baseline: file.tahun_baseline, urusan, total: tahun.map((_, i) => sum(urusan.map((u) => u.pagu[i]))) };
}
export type PohonRenstra = ReturnType<typeof pohonRenstra>;


export interface BarisRenstra {
  tingkat: Tingkat; kode?: string; nama?: string; pernyataan?: string; indikator?: string; satuan?: string; prioritas?: boolean;
  baseline?: Nilai; target: (Nilai | undefined)[]; pagu: (string | undefined)[]; konteks?: string;
}

/** Table rows: one per indicator (the node's name and pagu on its first row), plus a row for nodes without one. */
export function barisRenstra(p: PohonRenstra): BarisRenstra[] {
  const rows: BarisRenstra[] = [];
  const label = (n: SimpulRenstra) => `${n.kode ? `${n.kode} ` : ''}${n.nama}`;
  const visit = (n: SimpulRenstra) => {
    const konteks = [n.induk?.induk, n.induk].filter((x): x is SimpulRenstra => !!x && x.tingkat !== 'urusan').map(label).join(' / ') || undefined;
    const inds = n.raw.indikator ?? [];
    const head = { tingkat: n.tingkat, kode: n.kode, nama: n.nama, pernyataan: n.raw.outcome ?? n.raw.output, prioritas: n.raw.prioritas, konteks, pagu: n.pagu.map(teksUang) };
    if (!inds.length) rows.push({ ...head, target: p.tahun.map(() => undefined) });
    inds.forEach((ind, i) => rows.push({
      ...(i === 0 ? head : { tingkat: n.tingkat, konteks, pagu: p.tahun.map(() => undefined) }),
      indikator: ind.nama, satuan: ind.satuan, baseline: nilai(ind.baseline, ind.satuan), target: p.tahun.map((y) => nilai(ind.target[String(y)], ind.satuan)),
    }));
    n.anak.forEach(visit);
  };
  p.urusan.forEach(visit);
  return rows;
}
