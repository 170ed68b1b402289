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

function registri<T extends { id: string }>(schema: typeof orangSchema | typeof jabatanSchema, files: Berkas[], map: Map<string, Located<T> & { bersama: boolean }>, bersama: boolean) {
  const buang: Diagnostic[] = [];
  for (const f of files.filter((b) => /\.ya?ml$/.test(b.rel))) {
    const src = parseYaml(f.file, f.text, buang);
    for (const { value, path: p } of checkList(schema, src, buang)) {
      const v = value as unknown as T;
      if (!map.has(v.id)) map.set(v.id, { value: v, src, path: p, bersama });
    }
  }
}

/** The shared registries' files, read once for every agency. */
export const bacaBersamaRingan = (akar: string) => ({
  orang: berkasDi(path.join(akar, BERSAMA, 'orang')), jabatan: berkasDi(path.join(akar, BERSAMA, 'jabatan')), indikator: berkasDi(path.join(akar, BERSAMA, 'indikator')),
});

/** Indicator ids only (no schema): enough to tell a misspelt reference. */
function idIndikator(files: Berkas[], out: Set<string>) {
  const buang: Diagnostic[] = [];
  for (const f of files.filter((b) => /\.ya?ml$/.test(b.rel))) {
    const data = parseYaml(f.file, f.text, buang).data;
    if (Array.isArray(data)) for (const e of data) if (e && typeof e === 'object' && typeof (e as { id?: unknown }).id === 'string') out.add((e as { id: string }).id);
  }
}

export function muatRingan(akar: string, id: string, bersama: ReturnType<typeof bacaBersamaRingan>): DataInstansi {
  const dir = dirInstansi(akar, id);
  const buang: Diagnostic[] = [];
  const data: DataInstansi = { id, orang: new Map(), jabatan: new Map(), indikator: new Set(), pk: [] };
  const fi = path.join(dir, 'instansi.yaml');
  if (fs.existsSync(fi)) {
    const src: YamlSource = parseYaml(tampil(fi), fs.readFileSync(fi, 'utf8'), buang);
    const v = src.data === undefined ? undefined : checkSchema(instansiSchema, src, src.data, [], buang);
    if (v) data.instansi = { value: v, src, path: [] };
  }
  registri(orangSchema, bersama.orang, data.orang, true);
  registri(orangSchema, berkasDi(path.join(dir, 'orang')), data.orang, false);
  const jabatan = new Map<string, Located<Jabatan> & { bersama: boolean }>();
  registri(jabatanSchema, bersama.jabatan, jabatan, true);
  registri(jabatanSchema, berkasDi(path.join(dir, 'jabatan')), jabatan, false);
  data.jabatan = jabatan;
  idIndikator(bersama.indikator, data.indikator);
  idIndikator(berkasDi(path.join(dir, 'indikator')), data.indikator);
  for (const f of berkasDi(path.join(dir, 'pk')).filter((b) => b.rel.endsWith('.md'))) {
    const md = parseMarkdownFile(f.file, f.text, buang, true);
    const front = md.yaml.data === undefined ? undefined : checkSchema(pkSchema, md.yaml, md.yaml.data, [], buang);
    if (front) data.pk.push({ value: front, src: md.yaml, path: [], slug: path.basename(f.rel, '.md') });
  }
  return data;
}
