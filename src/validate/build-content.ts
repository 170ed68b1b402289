// Stage 2a: schema-check every parsed file and index the registries by id (duplicates reported).
import path from 'node:path';
import type { z } from 'zod';
import type { SumberYaml } from '../jenis/jenis.ts';
import type { LoadedContent, RegistryKind } from '../load/load-content.ts';
import type { Logo } from '../load/logo.ts';
import type { BodySection, MarkdownSource } from '../load/markdown-source.ts';
import type { YamlSource } from '../load/yaml-source.ts';
import { checkList, checkSchema } from './check-schema.ts';
import { diag, type Diagnostic, type Location } from './diagnostics.ts';
import {
  anggaranKinerjaSchema as anggaranSchema, ikuDokumenSchema, kinerjaSchema, lkipSchema, pedomanSchema, renstraDokumenSchema, renstraProgramSchema, renstraSchema, sdmSchema,
  type AnggaranKinerja as AnggaranFile, type IkuDokumen, type Kinerja, type LkipFront, type Pedoman, type Renstra, type RenstraDokumen, type RenstraProgram, type Sdm,
} from './schemas-kinerja.ts';
import {
  dasarHukumSchema, indikatorSchema, instansiSchema, jabatanSchema, orangSchema, pkSchema,
  type DasarHukum, type Indikator, type Instansi, type Jabatan, type Orang, type PkFront,
} from './schemas.ts';

export interface Located<T> { value: T; src: YamlSource; path: PropertyKey[] }
export const locOf = (x: { src: YamlSource; path: PropertyKey[] }, ...more: PropertyKey[]): Location =>
  ({ file: x.src.file, ...x.src.locate([...x.path, ...more]) });

export interface PkSource { front: PkFront; src: YamlSource; path: PropertyKey[]; sections: BodySection[]; headings: MarkdownSource['headings']; slug: string }
export interface LkipSource {
  front: LkipFront; src: YamlSource; path: PropertyKey[]; sections: BodySection[]; headings: MarkdownSource['headings'];
  program?: { sections: BodySection[]; src: YamlSource };
  sdm?: Located<Sdm>; kinerja?: Located<Kinerja>;
}
export interface DokumenMd<T> { front: T; src: YamlSource; path: PropertyKey[]; sections: BodySection[]; headings: MarkdownSource['headings'] }
export interface Content {
  instansi?: Located<Instansi>;
  orang: Map<string, Located<Orang>>;
  jabatan: Map<string, Located<Jabatan>>;
  dasarHukum: Map<string, Located<DasarHukum>>;
  indikator: Map<string, Located<Indikator>>;
  anggaran: Map<number, Located<AnggaranFile>>;
  renstra: Map<string, Located<Renstra>>; // by "2021-2026"
  pk: PkSource[];
  lkip: LkipSource[];
  iku: Map<string, DokumenMd<IkuDokumen>>; // by periode
  renstraDok: Map<string, { program?: Located<RenstraProgram>; dokumen?: DokumenMd<RenstraDokumen> }>;
  pedoman: DokumenMd<Pedoman>[];
  /** the checked files of the folders a kind claims, by folder (read typed with `berkasModul`, src/jenis/jenis.ts) */
  modul: Map<string, Located<unknown>[]>;
  /** the letterhead's logo (instansi.yaml `logo:`), read in the load stage */
  logo?: Logo;
}

const SCHEMAS = { orang: orangSchema, jabatan: jabatanSchema, 'dasar-hukum': dasarHukumSchema, indikator: indikatorSchema } as const;

function index<T extends { id: string }>(kind: RegistryKind, sources: YamlSource[], out: Diagnostic[]): Map<string, Located<T>> {
  const map = new Map<string, Located<T>>();
  for (const src of sources) {
    for (const { value, path } of checkList(SCHEMAS[kind], src, out)) {
      const item = { value: value as unknown as T, src, path };
      const prev = map.get(item.value.id);
      if (prev) {
        const p = locOf(prev, 'id');
        out.push(diag('ID_DUPLIKAT', locOf(item, 'id'), `id ${kind} "${item.value.id}" sudah dipakai di ${p.file}:${p.line}`));
      } else map.set(item.value.id, item);
    }
  }
  return map;
}

/** `sumber`: the folders the document kinds claim (src/jenis/index.ts; passed in, so that this module, imported by
 *  the kinds' checks for locOf, does not import the table of kinds: any module may be imported first). */
export function buildContent(loaded: LoadedContent, out: Diagnostic[], sumber: readonly SumberYaml[]): Content {
  const instansi = loaded.instansi && checkSchema(instansiSchema, loaded.instansi, loaded.instansi.data, [], out);
  // every document names the agency: a content directory without instansi.yaml is one clear error
  if (!loaded.instansi && (loaded.pk.length || loaded.lkip.size || loaded.renstra.length || loaded.pedoman.length)) {
    out.push(diag('SKEMA', { file: path.join(loaded.root, 'instansi.yaml').split(path.sep).join('/'), line: 1, column: 1 }, 'berkas instansi.yaml tidak ada; setiap dokumen memerlukan identitas instansi (id, nama, pemda, kepala_daerah, ibukota), lihat "sakip init"'));
  }
  const anggaran = new Map<number, Located<AnggaranFile>>();
  for (const src of loaded.anggaran) {
    const v = src.data === undefined ? undefined : checkSchema(anggaranSchema, src, src.data, [], out);
    if (v) anggaran.set(v.tahun, { value: v, src, path: [] });
  }
  const pk: PkSource[] = [];
  for (const md of loaded.pk) {
    if (md.yaml.data === undefined) continue;
    const front = checkSchema(pkSchema, md.yaml, md.yaml.data, [], out);
    const slug = md.yaml.file.split('/').pop()!.replace(/\.md$/, '');
    if (front) pk.push({ front, src: md.yaml, path: [], sections: md.sections, headings: md.headings, slug });
  }
  const renstra = new Map<string, Located<Renstra>>();
  for (const src of loaded.renstra) {
    const v = src.data === undefined ? undefined : checkSchema(renstraSchema, src, src.data, [], out);
    if (v) renstra.set(`${v.periode.awal}-${v.periode.akhir}`, { value: v, src, path: [] });
  }
  const lkip: LkipSource[] = [];
  for (const files of loaded.lkip.values()) {
    const md = files.lkip;
    if (!md || md.yaml.data === undefined) continue;
    const front = checkSchema(lkipSchema, md.yaml, md.yaml.data, [], out);
    if (!front) continue;
    const yamlPart = <T>(schema: z.ZodType<T>, src?: YamlSource): Located<T> | undefined => {
      const v = src && src.data !== undefined ? checkSchema(schema, src, src.data, [], out) : undefined;
      return v && src ? { value: v as T, src, path: [] } : undefined;
    };
    lkip.push({
      front, src: md.yaml, path: [], sections: md.sections, headings: md.headings,
      program: files.program ? { sections: files.program.sections, src: files.program.yaml } : undefined,
      sdm: yamlPart(sdmSchema, files.sdm), kinerja: yamlPart(kinerjaSchema, files.kinerja),
    });
  }
  const iku = new Map<string, DokumenMd<IkuDokumen>>();
  for (const md of loaded.iku) {
    const front = md.yaml.data === undefined ? undefined : checkSchema(ikuDokumenSchema, md.yaml, md.yaml.data, [], out);
    if (front) iku.set(front.periode, { front, src: md.yaml, path: [], sections: md.sections, headings: md.headings });
  }
  const renstraDok: Content['renstraDok'] = new Map();
  for (const [periode, files] of loaded.renstraDok) {
    const p = files.program;
    const program = p && p.data !== undefined ? checkSchema(renstraProgramSchema, p, p.data, [], out) : undefined;
    const d = files.dokumen;
    const front = d && d.yaml.data !== undefined ? checkSchema(renstraDokumenSchema, d.yaml, d.yaml.data, [], out) : undefined;
    renstraDok.set(periode, {
      program: program && p ? { value: program, src: p, path: [] } : undefined,
      dokumen: front && d ? { front, src: d.yaml, path: [], sections: d.sections, headings: d.headings } : undefined,
    });
  }
  const pedoman: DokumenMd<Pedoman>[] = [];
  for (const md of loaded.pedoman) {
    const front = md.yaml.data === undefined ? undefined : checkSchema(pedomanSchema, md.yaml, md.yaml.data, [], out);
    if (front) pedoman.push({ front, src: md.yaml, path: [], sections: md.sections, headings: md.headings });
  }
  const modul = new Map<string, Located<unknown>[]>();
  for (const s of sumber) {
    modul.set(s.folder, (loaded.modul.get(s.folder) ?? []).flatMap((src) => {
      const v = src.data === undefined ? undefined : checkSchema(s.schema, src, src.data, [], out);
      return v === undefined ? [] : [{ value: v, src, path: [] }];
    }));
  }
  return {
    renstra, lkip, iku, renstraDok, pedoman, modul, logo: loaded.logo,
    instansi: instansi && loaded.instansi ? { value: instansi, src: loaded.instansi, path: [] } : undefined,
    orang: index<Orang>('orang', loaded.registries.orang, out),
    jabatan: index<Jabatan>('jabatan', loaded.registries.jabatan, out),
    dasarHukum: index<DasarHukum>('dasar-hukum', loaded.registries['dasar-hukum'], out),
    indikator: index<Indikator>('indikator', loaded.registries.indikator, out),
    anggaran,
    pk,
  };
}
