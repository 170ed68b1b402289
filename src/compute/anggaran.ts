// Budget tree: amounts (pagu, realisasi anggaran) only at the leaves; kegiatan, program and totals are sums.
import type { AnggaranKinerja as AnggaranFile, IndikatorSimpul } from '../validate/schemas-kinerja.ts';
import { D, sum, teksUang, type Dec } from './decimal.ts';

export type { AnggaranFile };
export type Tingkat = 'program' | 'kegiatan' | 'sub_kegiatan';
export const TINGKAT: Tingkat[] = ['program', 'kegiatan', 'sub_kegiatan'];
export interface Simpul {
  id: string; nama: string; tingkat: Tingkat; pagu: Dec; realisasi?: Dec; sasaran?: string; dilaksanakan: boolean;
  paguTertulis?: string; paguDilaporkan?: string; realisasiDilaporkan?: string; realisasiTriwulan?: string[];
  indikator: IndikatorSimpul[]; anak: Simpul[]; induk?: Simpul; path: PropertyKey[];
}
export interface Pohon { tahun: number; program: Simpul[]; byId: Map<string, Simpul>; total: Dec; totalRealisasi?: Dec }

type RawNode = AnggaranFile['program'][number] & { kegiatan?: RawNode[]; sub_kegiatan?: RawNode[]; sasaran?: string };
const CHILD_KEY: Record<Tingkat, 'kegiatan' | 'sub_kegiatan' | undefined> = { program: 'kegiatan', kegiatan: 'sub_kegiatan', sub_kegiatan: undefined };

/** Sum of the children's realisasi, or undefined when no leaf below reports one. */
const sumRealisasi = (xs: Simpul[]): Dec | undefined => (xs.some((x) => x.realisasi) ? sum(xs.map((x) => x.realisasi ?? new D(0))) : undefined);

function build(raw: RawNode, tingkat: Tingkat, path: PropertyKey[], byId: Map<string, Simpul>, induk?: Simpul): Simpul {
  const node: Simpul = {
    id: raw.id, nama: raw.nama, tingkat, pagu: new D(0), sasaran: raw.sasaran ?? induk?.sasaran,
    dilaksanakan: raw.status !== 'tidak_dilaksanakan' && (induk?.dilaksanakan ?? true),
    paguTertulis: raw.pagu, paguDilaporkan: raw.pagu_dilaporkan, realisasiDilaporkan: raw.realisasi_anggaran_dilaporkan, realisasiTriwulan: raw.realisasi_anggaran_triwulan,
    indikator: raw.indikator ?? [], anak: [], induk, path,
  };
  const key = CHILD_KEY[tingkat];
  const kids = (key && raw[key]) || [];
  node.anak = kids.map((k, i) => build(k, TINGKAT[TINGKAT.indexOf(tingkat) + 1], [...path, key!, i], byId, node));
  // A leaf carries its own amounts; a parent is always the sum of its children.
  node.pagu = node.anak.length ? sum(node.anak.map((a) => a.pagu)) : new D(raw.pagu ?? 0);
  node.realisasi = node.anak.length ? sumRealisasi(node.anak) : raw.realisasi_anggaran !== undefined ? new D(raw.realisasi_anggaran) : undefined;
  if (!byId.has(node.id)) byId.set(node.id, node);
  return node;
}

export function pohonAnggaran(file: AnggaranFile): Pohon {
  const byId = new Map<string, Simpul>();
  const program = file.program.map((p, i) => build(p as RawNode, 'program', ['program', i], byId));
  return { tahun: file.tahun, program, byId, total: sum(program.map((p) => p.pagu)), totalRealisasi: sumRealisasi(program) };
}

export function anggaranIds(file: AnggaranFile): Set<string> {
  return new Set(pohonAnggaran(file).byId.keys());
}

const ancestorAt = (n: Simpul, t: Tingkat): Simpul | undefined => (n.tingkat === t ? n : n.induk && ancestorAt(n.induk, t));
const descendantsAt = (n: Simpul, t: Tingkat): Simpul[] =>
  n.tingkat === t ? [n] : n.anak.length ? n.anak.flatMap((a) => descendantsAt(a, t)) : [];

export interface BarisAnggaran { no: number; id: string; nama: string; pagu: string }
export interface BlokAnggaran { tingkat: Tingkat; baris: BarisAnggaran[]; total: string }

/** The rows a PK prints at each requested level, from the nodes it covers (in the PK's order, no duplicates). */
export function pilihAnggaran(pohon: Pohon, simpul: string[], tingkat: Tingkat[]): BlokAnggaran[] {
  const nodes = simpul.map((id) => pohon.byId.get(id)).filter((n): n is Simpul => !!n);
  return TINGKAT.filter((t) => tingkat.includes(t)).map((t) => {
    const seen = new Set<string>();
    const rows: Simpul[] = [];
    for (const n of nodes) {
      const depth = TINGKAT.indexOf(n.tingkat) - TINGKAT.indexOf(t);
      const at = depth >= 0 ? [ancestorAt(n, t)].filter((x): x is Simpul => !!x) : descendantsAt(n, t);
      for (const x of at) if (!seen.has(x.id)) { seen.add(x.id); rows.push(x); }
    }
    return {
      tingkat: t, baris: rows.map((r, i) => ({ no: i + 1, id: r.id, nama: r.nama, pagu: teksUang(r.pagu) })),
      total: teksUang(sum(rows.map((r) => r.pagu))),
    };
  }).filter((b) => b.baris.length > 0);
}
