// The rows of a quarter's fill-in workbook, from the content: one per IKU (lkip/<tahun>/kinerja.yaml), per budget
// leaf (realisasi anggaran) and per budget indicator (anggaran/<tahun>.yaml). Each row knows where its value is
// written. Columns: A id, B–J context (locked), K this quarter's realisasi (open).
import type { Content } from '../validate/build-content.ts';
import { skalaDari } from '../compute/skala-kualitatif.ts';
import { barisIndikator, type IndikatorSimpul } from './isian-indikator.ts';

export type Lembar = 'IKU' | 'Anggaran';
export type Tujuan =
  | { jenis: 'iku'; file: string; jalur: (string | number)[] } // the IKU item: triwulan.realisasi[tw-1]
  | { jenis: 'anggaran'; file: string; jalur: (string | number)[] } // the budget leaf: realisasi_anggaran_triwulan[tw-1]
  | { jenis: 'indikator'; file: string; jalur: (string | number)[]; rumusBaru: string } // realisasi komponen "Triwulan …"
  // one raw part of the quarter's komponen; a new komponen needs its `saudara` rows (the other parts) filled too
  | { jenis: 'bagian'; file: string; jalur: (string | number)[]; bagian: string; saudara: string[] };
export interface BarisIsian {
  lembar: Lembar; id: string; konteks: string[]; // B–J as written in the content ('' = empty)
  nilai: string; // this quarter's value now in the content ('' = none)
  sebelumnya: string[]; // quarters 1..tw-1 as in the content
  terbuka: boolean; skala?: string[]; uang?: boolean; tujuan: Tujuan;
}

const kolomTw = (vals: string[], tw: number) => [0, 1, 2].map((i) => (i < tw - 1 ? vals[i] ?? '' : ''));

function barisIku(c: Content, tahun: number, tw: number): BarisIsian[] {
  const l = c.lkip.find((x) => x.front.tahun === tahun && x.kinerja);
  if (!l?.kinerja) return [];
  const file = l.kinerja.src.file;
  return l.kinerja.value.iku.map((e, i) => {
    const cat = c.indikator.get(e.ref)?.value;
    const q = e.triwulan;
    const realisasi = q?.realisasi ?? [];
    const aturan = `${q?.pelaporan ?? 'per_triwulan'}, ${q?.agregasi ?? 'akhir'}`; // the schema's defaults
    const skala = skalaDari(cat?.skala);
    return {
      lembar: 'IKU', id: e.ref, nilai: realisasi[tw - 1] ?? '', sebelumnya: realisasi.slice(0, tw - 1), terbuka: true,
      skala: skala && Object.keys(skala.skor),
      konteks: [e.sasaran, cat?.nama ?? e.ref, cat?.satuan ?? '', aturan, e.target, q?.target[tw - 1] ?? '', ...kolomTw(realisasi, tw)],
      tujuan: { jenis: 'iku', file, jalur: ['iku', i] },
    } satisfies BarisIsian;
  });
}

type Simpul = { id: string; nama: string; pagu?: string; realisasi_anggaran_triwulan?: string[]; indikator: IndikatorSimpul[] };

function barisSimpul(s: Simpul, jalur: (string | number)[], file: string, tw: number, anak: boolean): BarisIsian[] {
  const rows: BarisIsian[] = [];
  if (!anak && s.pagu !== undefined) {
    const r = s.realisasi_anggaran_triwulan ?? [];
    rows.push({
      lembar: 'Anggaran', id: s.id, nilai: r[tw - 1] ?? '', sebelumnya: r.slice(0, tw - 1), terbuka: true, uang: true,
      konteks: ['realisasi anggaran', s.nama, 'Rp', 'per_triwulan, jumlah', s.pagu, '', ...kolomTw(r, tw)],
      tujuan: { jenis: 'anggaran', file, jalur },
    });
  }
  s.indikator.forEach((ind, k) => rows.push(...barisIndikator(ind, `${s.id}#${k + 1}`, [...jalur, 'indikator', k], file, tw)));
  return rows;
}

function barisAnggaran(c: Content, tahun: number, tw: number): BarisIsian[] {
  const a = c.anggaran.get(tahun);
  if (!a) return [];
  const file = a.src.file;
  return a.value.program.flatMap((p, i) => [
    ...barisSimpul(p, ['program', i], file, tw, !!p.kegiatan?.length),
    ...(p.kegiatan ?? []).flatMap((k, j) => [
      ...barisSimpul(k, ['program', i, 'kegiatan', j], file, tw, !!k.sub_kegiatan?.length),
      ...(k.sub_kegiatan ?? []).flatMap((s, m) => barisSimpul(s, ['program', i, 'kegiatan', j, 'sub_kegiatan', m], file, tw, false)),
    ]),
  ]);
}

export const barisIsian = (c: Content, tahun: number, tw: number): BarisIsian[] => [...barisIku(c, tahun, tw), ...barisAnggaran(c, tahun, tw)];
