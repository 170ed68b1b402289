// Budget nodes of the LKIP year: indicator results (children first, for averages of children) and budget rows.
import type { IndikatorSimpul } from '../validate/schemas-kinerja.ts';
import type { Pohon, Simpul } from './anggaran.ts';
import { serapan } from './agregat.ts';
import { teksUang, type Dec } from './decimal.ts';
import { nilaiDari, ukurIndikator, type HasilIndikator } from './indikator-hasil.ts';
import type { Skala } from './skala-predikat.ts';


/** Measures every node indicator; `capaianAnak(id)` gives the capaian of a node's children (first indicator each). */
export function ukurPohon(pohon: Pohon, skala: Skala) {
  const memo = new Map<string, HasilIndikator[]>();
  const capaianAnak = (id: string): Dec[] | undefined => {
    const n = pohon.byId.get(id);
    if (!n) return undefined;
    return n.anak.filter((a) => a.dilaksanakan).map((a) => hasil(a)[0]?.capaianPenuh).filter((x): x is Dec => !!x);
  };
  const hasil = (n: Simpul): HasilIndikator[] => {
    let h = memo.get(n.id);
    if (!h) {
      h = n.dilaksanakan ? n.indikator.map((i: IndikatorSimpul) => ukurIndikator(i, skala, capaianAnak)) : n.indikator.map((i) => ({
        nama: i.nama, satuan: i.satuan, polaritas: i.polaritas, rincian: [], temuan: [], gagal: 'tidak dilaksanakan',
        target: i.target ? nilaiDari(i.target, i.satuan) : undefined,
      }));
      memo.set(n.id, h);
    }
    return h;
  };
  return { hasil, capaianAnak };
}

const ROMAWI = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX'];
const huruf = (i: number) => String.fromCharCode(97 + (i % 26));

export interface BarisSimpul {
  no: string; tingkat: Simpul['tingkat']; id: string; nama: string; dilaksanakan: boolean;
  pagu: string; realisasi?: string; serapan?: string; indikator: HasilIndikator[];
}

/** Flattened rows of a list of programs, numbered I / a / 1 as the budget tables of the seed. */
export function barisPohon(program: Simpul[], hasil: (n: Simpul) => HasilIndikator[]): BarisSimpul[] {
  const rows: BarisSimpul[] = [];
  const push = (n: Simpul, no: string) => rows.push({
    no, tingkat: n.tingkat, id: n.id, nama: n.nama, dilaksanakan: n.dilaksanakan, pagu: teksUang(n.pagu),
    realisasi: n.realisasi && teksUang(n.realisasi), serapan: n.realisasi ? serapan(n.pagu, n.realisasi)?.toFixed(2) : undefined, indikator: hasil(n),
  });
  program.forEach((p, i) => {
    push(p, ROMAWI[i] ?? String(i + 1));
    p.anak.forEach((k, j) => {
      push(k, huruf(j));
      k.anak.forEach((s, l) => push(s, String(l + 1)));
    });
  });
  return rows;
}
