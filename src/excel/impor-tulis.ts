// Writes accepted values into the content YAML texts (dispatch by destination kind), through yaml-sunting.ts.
import { isScalar, isSeq, type Node, type YAMLSeq } from 'yaml';
import { ROMAWI_TW } from '../compute/triwulan.ts';
import type { Tujuan } from './isian-baris.ts';
import { gantiSkalar, node, sisipItem, skalar, tambahKunci } from './yaml-sunting.ts';

type Jalur = (string | number)[];
const TW_URAIAN = /^(?:Triwulan|TW\.?)\s+(I|II|III|IV)$/i;

/** Sets item `i` of the list at `jalur` (padded with "" up to it), creating the list under `induk` as `kunci`. */
function setDaftar(text: string, induk: Jalur, kunci: string, i: number, v: string): string {
  const seq = node(text, [...induk, kunci]) as YAMLSeq<Node> | undefined;
  if (!isSeq(seq)) return tambahKunci(text, induk, kunci, `[${[...Array<string>(i).fill('""'), skalar(v, true)].join(', ')}]`);
  if (i < seq.items.length) return gantiSkalar(text, [...induk, kunci, i], v, !!seq.flow);
  for (let k = seq.items.length; k < i; k++) text = sisipItem(text, [...induk, kunci], '""');
  return sisipItem(text, [...induk, kunci], skalar(v, !!seq.flow));
}

const TULIS: { [J in Tujuan['jenis']]: (text: string, t: Extract<Tujuan, { jenis: J }>, tw: number, v: string) => string } = {
  iku: (text, t, tw, v) => (node(text, [...t.jalur, 'triwulan'])
    ? setDaftar(text, [...t.jalur, 'triwulan'], 'realisasi', tw - 1, v)
    : tambahKunci(text, t.jalur, 'triwulan', `{realisasi: [${[...Array<string>(tw - 1).fill('""'), skalar(v, true)].join(', ')}]}`)),
  anggaran: (text, t, tw, v) => setDaftar(text, t.jalur, 'realisasi_anggaran_triwulan', tw - 1, v),
  indikator: (text, t, tw, v) => {
    if (!isSeq(node(text, [...t.jalur, 'realisasi', 'komponen']))) {
      return tambahKunci(text, t.jalur, 'realisasi', `{rumus: ${t.rumusBaru}, komponen: [{uraian: Triwulan ${ROMAWI_TW[tw - 1]}, nilai: ${skalar(v, true)}}]}`);
    }
    return setKomponen(text, t.jalur, tw, 'nilai', v);
  },
  bagian: (text, t, tw, v) => setKomponen(text, t.jalur, tw, t.bagian, v),
};

/** Sets `kunci` of the quarter's komponen of the indicator at `jalur`; a missing komponen is inserted in quarter order. */
function setKomponen(text: string, jalur: Jalur, tw: number, kunci: string, v: string): string {
  const seq = [...jalur, 'realisasi', 'komponen'];
  const kom = node(text, seq) as YAMLSeq<Node>;
  const twItem = kom.items.map((_, j) => {
    const u = node(text, [...seq, j, 'uraian']);
    return ROMAWI_TW.indexOf((TW_URAIAN.exec(isScalar(u) ? String(u.value) : '') ?? [])[1]?.toUpperCase() ?? '');
  });
  const j = twItem.indexOf(tw - 1);
  if (j >= 0) return node(text, [...seq, j, kunci]) ? gantiSkalar(text, [...seq, j, kunci], v, true) : tambahKunci(text, [...seq, j], kunci, skalar(v, true));
  const at = twItem.findIndex((x) => x > tw - 1);
  return sisipItem(text, seq, `{uraian: Triwulan ${ROMAWI_TW[tw - 1]}, ${kunci}: ${skalar(v, true)}}`, at < 0 ? undefined : at);
}

export const tulisNilai = (text: string, t: Tujuan, tw: number, v: string): string =>
  (TULIS[t.jenis] as (text: string, t: Tujuan, tw: number, v: string) => string)(text, t, tw, v);
