// What the cross-agency checks read of each agency, without loading its whole content: instansi.yaml, the orang
// and jabatan registries (shared first, then its own) and the front matter of its PKs. Problems in these files
// are reported by the agency's own build or check, so the diagnostics of this reading are dropped.
import fs from 'node:fs';
import path from 'node:path';
import { parseMarkdownFile } from '../load/markdown-source.ts';
import { readContent } from '../load/read-content.ts';
import { parseYaml, type YamlSource } from '../load/yaml-source.ts';
import type { Located } from '../validate/build-content.ts';
import { checkList, checkSchema } from '../validate/check-schema.ts';
import type { Diagnostic } from '../validate/diagnostics.ts';
import { instansiSchema, jabatanSchema, orangSchema, pkSchema, type Instansi, type Jabatan, type Orang, type PkFront } from '../validate/schemas.ts';
import { BERSAMA, dirInstansi } from './akar.ts';

export interface DataInstansi {
  id: string;
  instansi?: Located<Instansi>;
  /** shared entries (`bersama` true) and the agency's own; the first entry of an id wins */
  orang: Map<string, Located<Orang> & { bersama: boolean }>;
  jabatan: Map<string, Located<Jabatan>>;
  /** ids of the indicator catalogue (shared and own) */
  indikator: Set<string>;
  pk: (Located<PkFront> & { slug: string })[];
}

const tampil = (p: string) => p.split(path.sep).join('/');
type Berkas = { file: string; text: string; rel: string };

function berkasDi(dir: string): Berkas[] {
  if (!fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return [];
  return readContent(dir).files.map((f) => ({ file: tampil(path.join(dir, f.rel)), text: f.text, rel: f.rel }));
}

type Entri<T> = Located<T> & { bersama: boolean };
/** A registry's entries in file order (the first of an id wins when they are put in a map). */
function registri<T extends { id: string }>(schema: typeof orangSchema | typeof jabatanSchema, files: Berkas[], bersama: boolean): Entri<T>[] {
  const buang: Diagnostic[] = [];
  const out: Entri<T>[] = [];
  for (const f of files.filter((b) => /\.ya?ml$/.test(b.rel))) {
    const src = parseYaml(f.file, f.text, buang);
    for (const { value, path: p } of checkList(schema, src, buang)) out.push({ value: value as unknown as T, src, path: p, bersama });
  }
  return out;
}
const kePeta = <T extends { id: string }>(map: Map<string, Entri<T>>, entri: Entri<T>[]) => { for (const e of entri) if (!map.has(e.value.id)) map.set(e.value.id, e); };

/** Indicator ids only (no schema): enough to tell a misspelt reference. */
function idIndikator(files: Berkas[], out: Set<string>) {
  const buang: Diagnostic[] = [];
  for (const f of files.filter((b) => /\.ya?ml$/.test(b.rel))) {
    const data = parseYaml(f.file, f.text, buang).data;
    if (Array.isArray(data)) for (const e of data) if (e && typeof e === 'object' && typeof (e as { id?: unknown }).id === 'string') out.add((e as { id: string }).id);
  }
}

export interface BersamaRingan { orang: Entri<Orang>[]; jabatan: Entri<Jabatan>[]; indikator: Set<string> }
/** The shared registries, read, parsed and checked once for all agencies (each agency's own are read per agency). */
export function bacaBersamaRingan(akar: string): BersamaRingan {
  const dir = (r: string) => berkasDi(path.join(akar, BERSAMA, r));
  const indikator = new Set<string>();
  idIndikator(dir('indikator'), indikator);
  return { orang: registri<Orang>(orangSchema, dir('orang'), true), jabatan: registri<Jabatan>(jabatanSchema, dir('jabatan'), true), indikator };
}

export function muatRingan(akar: string, id: string, bersama: BersamaRingan): DataInstansi {
  const dir = dirInstansi(akar, id);
  const buang: Diagnostic[] = [];
  const data: DataInstansi = { id, orang: new Map(), jabatan: new Map(), indikator: new Set(bersama.indikator), pk: [] };
  const fi = path.join(dir, 'instansi.yaml');
  if (fs.existsSync(fi)) {
    const src: YamlSource = parseYaml(tampil(fi), fs.readFileSync(fi, 'utf8'), buang);
    const v = src.data === undefined ? undefined : checkSchema(instansiSchema, src, src.data, [], buang);
    if (v) data.instansi = { value: v, src, path: [] };
  }
  kePeta(data.orang, bersama.orang);
  kePeta(data.orang, registri<Orang>(orangSchema, berkasDi(path.join(dir, 'orang')), false));
  const jabatan = new Map<string, Entri<Jabatan>>();
  kePeta(jabatan, bersama.jabatan);
  kePeta(jabatan, registri<Jabatan>(jabatanSchema, berkasDi(path.join(dir, 'jabatan')), false));
  data.jabatan = jabatan;
  idIndikator(berkasDi(path.join(dir, 'indikator')), data.indikator);
  for (const f of berkasDi(path.join(dir, 'pk')).filter((b) => b.rel.endsWith('.md'))) {
    const md = parseMarkdownFile(f.file, f.text, buang, true);
    const front = md.yaml.data === undefined ? undefined : checkSchema(pkSchema, md.yaml, md.yaml.data, [], buang);
    if (front) data.pk.push({ value: front, src: md.yaml, path: [], slug: path.basename(f.rel, '.md') });
  }
  return data;
}
