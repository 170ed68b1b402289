// Edits of a YAML text at the nodes the `yaml` Document API locates (parseDocument, getIn, node ranges): a scalar
// replaced in place, an item or a key inserted on its own line (block) or before the closing bracket (flow). Only
// the edited bytes change; comments, key order and every other line stay as written.
import { isMap, isScalar, isSeq, parseDocument, Scalar, type Node, type YAMLMap, type YAMLSeq } from 'yaml';

type Jalur = (string | number)[];
const dok = (text: string) => parseDocument(text, { schema: 'failsafe', keepSourceTokens: false });
const splice = (text: string, at: number, hapus: number, sisip: string) => text.slice(0, at) + sisip + text.slice(at + hapus);

/** A scalar as YAML text: quoted when plain text would not read back as the same string. */
export function skalar(v: string, flow: boolean): string {
  if (v === '' || /^[\s\-?:,[\]{}#&*!|>'"%@`]|: | #|\s$/.test(v) || (flow && /[,[\]{}]/.test(v))) return JSON.stringify(v);
  return v;
}

export function node(text: string, jalur: Jalur): Node | undefined {
  return dok(text).getIn(jalur, true) as Node | undefined;
}

/** Replaces the scalar at `jalur`, keeping double or single quotes when it had them. */
export function gantiSkalar(text: string, jalur: Jalur, v: string, flow: boolean): string {
  const n = node(text, jalur);
  if (!isScalar(n) || !n.range) throw new Error(`bukan skalar: ${jalur.join('.')}`);
  const quoted = n.type === Scalar.QUOTE_DOUBLE || n.type === Scalar.QUOTE_SINGLE;
  return splice(text, n.range[0], n.range[1] - n.range[0], quoted ? JSON.stringify(v) : skalar(v, flow));
}

const akhirBaris = (text: string, end: number) => (text[end - 1] === '\n' ? end - 1 : (text.indexOf('\n', end) + 1 || text.length + 1) - 1);
const kolom = (text: string, at: number) => at - (text.lastIndexOf('\n', at - 1) + 1);

/** Inserts `itemText` into the sequence at `jalur` before item `at` (or at the end). */
export function sisipItem(text: string, jalur: Jalur, itemText: string, at?: number): string {
  const seq = node(text, jalur) as YAMLSeq<Node> | undefined;
  if (!isSeq(seq) || !seq.range) throw new Error(`bukan daftar: ${jalur.join('.')}`);
  const items = seq.items;
  const i = at ?? items.length;
  if (seq.flow) {
    if (i < items.length) return splice(text, items[i].range![0], 0, `${itemText}, `);
    const tutup = text.lastIndexOf(']', seq.range[1] - 1);
    return splice(text, tutup, 0, items.length ? `, ${itemText}` : itemText);
  }
  const dash = (n: Node) => text.lastIndexOf('-', n.range![0] - 1);
  const indent = ' '.repeat(kolom(text, dash(items[0])));
  if (i < items.length) return splice(text, dash(items[i]) - indent.length, 0, `${indent}- ${itemText}\n`);
  return splice(text, akhirBaris(text, items[items.length - 1].range![1]), 0, `\n${indent}- ${itemText}`);
}

/** Adds `key: valueText` as the last pair of the mapping at `jalur`. */
export function tambahKunci(text: string, jalur: Jalur, key: string, valueText: string): string {
  const map = node(text, jalur) as YAMLMap<Node, Node | null> | undefined;
  if (!isMap(map) || !map.range || !map.items.length) throw new Error(`bukan peta: ${jalur.join('.')}`);
  if (map.flow) return splice(text, text.lastIndexOf('}', map.range[1] - 1), 0, `, ${key}: ${valueText}`);
  const last = map.items[map.items.length - 1];
  const end = (last.value ?? last.key)!.range![1];
  return splice(text, akhirBaris(text, end), 0, `\n${' '.repeat(kolom(text, map.items[0].key!.range![0]))}${key}: ${valueText}`);
}
