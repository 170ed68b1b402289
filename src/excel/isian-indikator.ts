// Fill-in rows of one budget indicator: quarterly komponen holding a value ("Triwulan II", nilai) or no realisasi
// yet: one open row; quarterly komponen of raw parts (pembilang/penyebut, sekarang/sebelumnya): one open row per
// part; a realisasi written for the year: one locked row (edited in YAML).
import { ROMAWI_TW } from '../compute/triwulan.ts';
import type { BarisIsian } from './isian-baris.ts';

type Komponen = { uraian?: string } & Partial<Record<string, string>>;
export interface IndikatorSimpul { nama: string; satuan: string; target?: string; target_triwulan?: string[]; realisasi?: unknown }
const TW_URAIAN = /^(?:Triwulan|TW\.?)\s+(I|II|III|IV)$/i;
export const twDari = (uraian?: string) => ROMAWI_TW.indexOf((TW_URAIAN.exec(uraian ?? '') ?? [])[1]?.toUpperCase() ?? '');
export const BAGIAN = ['pembilang', 'penyebut', 'sekarang', 'sebelumnya'];
const kolomTw = (vals: string[], tw: number) => [0, 1, 2].map((i) => (i < tw - 1 ? vals[i] ?? '' : ''));

export function barisIndikator(ind: IndikatorSimpul, id: string, jalur: (string | number)[], file: string, tw: number): BarisIsian[] {
  const spes = ind.realisasi as { rumus: string; komponen?: Komponen[]; [k: string]: unknown } | undefined;
  const kom = spes?.komponen?.every((x) => twDari(x.uraian) >= 0) ? spes.komponen : undefined;
  const perTw = (f: string) => [0, 1, 2, 3].map((i) => kom?.find((x) => twDari(x.uraian) === i)?.[f] ?? '');
  const dasar = (aturan: string, vals: string[]) => [ind.nama, ind.satuan, aturan, ind.target ?? '', ind.target_triwulan?.[tw - 1] ?? '', ...kolomTw(vals, tw)];
  const bagian = kom && !kom.some((x) => 'nilai' in x) ? BAGIAN.filter((f) => kom.some((x) => f in x)) : [];
  if (bagian.length) {
    const ada = kom!.some((x) => twDari(x.uraian) === tw - 1);
    return bagian.map((f) => {
      const vals = perTw(f);
      const label = (spes![`label_${f}`] as string | undefined) ?? f;
      return {
        lembar: 'Anggaran', id: `${id}.${f}`, nilai: vals[tw - 1], sebelumnya: vals.slice(0, tw - 1), terbuka: true,
        konteks: [`indikator: ${label}`, ...dasar(`komponen mentah triwulan, ${spes!.rumus}`, vals)],
        tujuan: { jenis: 'bagian', file, jalur, bagian: f, saudara: ada ? [] : bagian.filter((x) => x !== f).map((x) => `${id}.${x}`) },
      } satisfies BarisIsian;
    });
  }
  const terbuka = spes === undefined || !!kom;
  const vals = perTw('nilai');
  const rumus = kom ? spes!.rumus : ind.satuan === '%' ? 'rata_rata' : 'jumlah';
  return [{
    lembar: 'Anggaran', id, nilai: terbuka ? vals[tw - 1] : '', sebelumnya: vals.slice(0, tw - 1), terbuka,
    konteks: ['indikator', ...dasar(terbuka ? `komponen triwulan, ${rumus}` : 'realisasi tahunan (ubah di YAML)', vals)],
    tujuan: { jenis: 'indikator', file, jalur, rumusBaru: rumus },
  }];
}
