// Random mutations of a content tree for the fuzz test: values, keys and structure of the YAML (through the yaml
// Document API, so `__proto__` stays a plain key), bytes of the file text, and whole files (empty, deleted, renamed,
// copied). A case is plain data (selectors are natural numbers), so fast-check can shrink it.
import fc from 'fast-check';
import YAML, { isMap, isNode, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';

export type Berkas = Map<string, Buffer>; // path under the content dir -> bytes

const NILAI_ANEH: unknown[] = [
  0, -1, -0.5, 1.5, 1e308, -1e308, 5e-324, 2 ** 53 + 1, null, true, false, [], {},
  'NaN', '.nan', '.inf', '-.inf', 'Infinity', '-Infinity', '1.000.000', '27.668.500', '1,5', '1e400', '-1e-400', '0x1F', '0o17', '+5', '--1',
  '9'.repeat(40), '', ' ', '~', 'null', 'yes', 'no', '2025-02-30', '2025-13-01', '0000-00-00', '9999-12-31', '1/1/2025', '2025-1-1',
  '{{tahun}}', '{{#each this}}x{{/each}}', '{{> x}}', '<b>x', '</tabel>', '**', '[x](y)', '## ss1', '\u200b', '\u202eabc', 'İı', '👍🏽', 'e\u0301',
  'a\u0000b', 'x'.repeat(5000), '%s', '${x}', '__proto__', 'constructor', '../../etc/passwd', '..\\..\\evil', 'Dinas Kesehatan',
  'tahun 2019', '19751001 199612 1 001', '197510011996121001', '1975100119961210011', '[1, 2]', '{a: 1}',
];
const KUNCI_ANEH = ['__proto__', 'constructor', 'toString', 'prototype', 'lampiran2', 'id ', 'Id', 'tahun', 'target', 'ref', 'x', '', 'ïd', '0', '-', '<<'];

export const nilai: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(...NILAI_ANEH), weight: 6 },
  { arbitrary: fc.integer(), weight: 1 },
  { arbitrary: fc.double(), weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 8 }), weight: 1 },
  { arbitrary: fc.array(fc.constantFrom<unknown>('a', 1, null, {}), { maxLength: 3 }), weight: 1 },
);
const kunci = fc.oneof(fc.constantFrom(...KUNCI_ANEH), fc.string({ maxLength: 6 }));

export type Op =
  | { k: 'nilai'; di: number; v: unknown }
  | { k: 'ganti-kunci'; di: number; kunci: string }
  | { k: 'hapus'; di: number }
  | { k: 'tambah-kunci'; di: number; kunci: string; v: unknown }
  | { k: 'bungkus'; di: number; jadi: 'daftar' | 'peta' | 'skalar' | 'kosong' }
  | { k: 'tukar'; di: number; ke: number }
  | { k: 'gandakan'; di: number }
  | { k: 'bita'; jenis: 'sisip' | 'hapus' | 'balik' | 'potong' | 'bom' | 'crlf' | 'nul' | 'tab' | 'baris-ganda'; di: number; b: number[] }
  | { k: 'berkas'; jenis: 'kosong' | 'hapus' | 'ganti-nama' | 'salin'; nama: string };

const di = fc.nat();
export const op: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.record({ k: fc.constant('nilai' as const), di, v: nilai }), weight: 6 },
  { arbitrary: fc.record({ k: fc.constant('ganti-kunci' as const), di, kunci }), weight: 2 },
  { arbitrary: fc.record({ k: fc.constant('hapus' as const), di }), weight: 2 },
  { arbitrary: fc.record({ k: fc.constant('tambah-kunci' as const), di, kunci, v: nilai }), weight: 1 },
  { arbitrary: fc.record({ k: fc.constant('bungkus' as const), di, jadi: fc.constantFrom('daftar' as const, 'peta' as const, 'skalar' as const, 'kosong' as const) }), weight: 2 },
  { arbitrary: fc.record({ k: fc.constant('tukar' as const), di, ke: fc.nat() }), weight: 2 },
  { arbitrary: fc.record({ k: fc.constant('gandakan' as const), di }), weight: 1 },
  { arbitrary: fc.record({ k: fc.constant('bita' as const), jenis: fc.constantFrom('sisip' as const, 'hapus' as const, 'balik' as const, 'potong' as const, 'bom' as const, 'crlf' as const, 'nul' as const, 'tab' as const, 'baris-ganda' as const), di, b: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 4 }) }), weight: 3 },
  { arbitrary: fc.record({ k: fc.constant('berkas' as const), jenis: fc.constantFrom('kosong' as const, 'hapus' as const, 'ganti-nama' as const, 'salin' as const), nama: fc.constantFrom('X.md', 'a b.yaml', '..\\..\\evil.md', 'é.md', 'salinan.md', 'baru.yaml', '.md') }), weight: 1 },
);

export interface Kasus { berkas: number; ops: Op[] }
export const kasus: fc.Arbitrary<Kasus> = fc.record({ berkas: fc.nat(), ops: fc.array(op, { minLength: 1, maxLength: 3 }) });

const NODE = { aliasDuplicateObjects: false };

interface Slot { parent: Node; i: number }
/** Every item of every map and list, in document order. */
function slots(doc: Document): Slot[] {
  const out: Slot[] = [];
  const walk = (n: unknown) => {
    if (!isMap(n) && !isSeq(n)) return;
    n.items.forEach((item, i) => { out.push({ parent: n, i }); walk(isPair(item) ? item.value : item); });
  };
  walk(doc.contents);
  return out;
}
const get = (s: Slot): unknown => { const it = (s.parent as YAML.YAMLMap | YAML.YAMLSeq).items[s.i]; return isPair(it) ? it.value : it; };
const salin = (n: unknown) => (isNode(n) || isPair(n) ? n.clone() : n);
const set = (s: Slot, v: unknown) => {
  const items = (s.parent as YAML.YAMLMap | YAML.YAMLSeq).items as unknown[];
  if (isPair(items[s.i])) (items[s.i] as YAML.Pair).value = v; else items[s.i] = v;
};

const BUNGKUS = {
  daftar: (_doc: Document, v: unknown) => { const s = new YAML.YAMLSeq(); s.items.push(v); return s; },
  peta: (doc: Document, v: unknown) => { const m = new YAML.YAMLMap(); m.items.push(doc.createPair('x', null, NODE)); m.items[0].value = v; return m; },
  skalar: (doc: Document, v: unknown) => doc.createNode(isScalar(v) ? v.value : (isMap(v) || isSeq(v)) && v.items.length ? 'a' : '', NODE),
  kosong: (doc: Document, v: unknown) => doc.createNode(isSeq(v) ? {} : [], NODE),
};

/** One structural op on a parsed YAML document (does nothing when the document has no maps or lists). */
function ubahYaml(doc: Document, o: Op): void {
  const s = slots(doc);
  if (!s.length) return;
  const at = s[(o as { di: number }).di % s.length];
  const items = (at.parent as YAML.YAMLMap | YAML.YAMLSeq).items as unknown[];
  const pair = isPair(items[at.i]) ? (items[at.i] as YAML.Pair) : undefined;
  switch (o.k) {
    case 'nilai': return set(at, doc.createNode(o.v, NODE));
    case 'ganti-kunci': if (pair) pair.key = doc.createNode(o.kunci, NODE); return;
    case 'hapus': items.splice(at.i, 1); return;
    case 'tambah-kunci': { const v = get(at); if (isMap(v)) v.items.push(doc.createPair(o.kunci, o.v, NODE)); else if (isMap(at.parent)) at.parent.items.push(doc.createPair(o.kunci, o.v, NODE)); return; }
    case 'bungkus': return set(at, BUNGKUS[o.jadi](doc, get(at)));
    case 'tukar': return set(at, salin(get(s[o.ke % s.length])));
    case 'gandakan': items.splice(at.i, 0, salin(items[at.i])); return;
  }
}

const FRONT = /^(---\r?\n)([\s\S]*?\r?\n)(---(?:\r?\n|$)[\s\S]*)$/;

/** The YAML part of a content file (all of a .yaml, the front matter of a .md) changed by a structural op. */
function ubahTeks(nama: string, teks: string, o: Op): string {
  const m = nama.endsWith('.md') ? FRONT.exec(teks) : null;
  if (nama.endsWith('.md') && !m) return teks;
  const yaml = m ? m[2] : teks;
  const doc = YAML.parseDocument(yaml, { uniqueKeys: false });
  if (doc.errors.length) return teks;
  ubahYaml(doc, o);
  const baru = doc.toString({ lineWidth: 0 });
  return m ? m[1] + baru + m[3] : baru;
}

function ubahBita(buf: Buffer, o: Extract<Op, { k: 'bita' }>): Buffer {
  const at = buf.length ? o.di % buf.length : 0;
  const b = Buffer.from(o.b);
  const BITA = {
    sisip: () => Buffer.concat([buf.subarray(0, at), b, buf.subarray(at)]),
    hapus: () => Buffer.concat([buf.subarray(0, at), buf.subarray(at + o.b[0] % 16 + 1)]),
    balik: () => { const c = Buffer.from(buf); if (c.length) c[at] ^= o.b[0] || 0x80; return c; },
    potong: () => buf.subarray(0, at),
    bom: () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), buf]),
    crlf: () => Buffer.from(buf.toString('latin1').replace(/\n/g, '\r\n'), 'latin1'),
    nul: () => Buffer.concat([buf.subarray(0, at), Buffer.from([0]), buf.subarray(at)]),
    tab: () => { const i = buf.lastIndexOf(0x0a, at); return Buffer.concat([buf.subarray(0, i + 1), Buffer.from('\t'), buf.subarray(i + 1)]); },
    'baris-ganda': () => { const i = buf.lastIndexOf(0x0a, at) + 1; const j = buf.indexOf(0x0a, at); return Buffer.concat([buf.subarray(0, j < 0 ? buf.length : j + 1), buf.subarray(i)]); },
  };
  return BITA[o.jenis]();
}

/** The files of a content tree after the case's ops, applied to one file chosen by `k.berkas`. */
export function terapkan(asal: Berkas, k: Kasus): Berkas {
  const out = new Map(asal);
  const nama = [...asal.keys()].filter((f) => /\.(md|ya?ml)$/.test(f)).sort();
  let f = nama[k.berkas % nama.length];
  for (const o of k.ops) {
    const buf = out.get(f);
    if (buf === undefined) return out;
    if (o.k === 'bita') out.set(f, ubahBita(buf, o));
    else if (o.k === 'berkas') {
      const lain = f.replace(/[^/]*$/, o.nama);
      if (o.jenis === 'kosong') out.set(f, Buffer.alloc(0));
      else if (o.jenis === 'hapus') out.delete(f);
      else { out.set(lain, buf); if (o.jenis === 'ganti-nama') { out.delete(f); f = lain; } }
    } else out.set(f, Buffer.from(ubahTeks(f, buf.toString('utf8'), o)));
  }
  return out;
}
