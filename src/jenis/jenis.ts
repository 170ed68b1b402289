// A document kind as one typed module: the content it claims, its checks, its documents (each view computed only
// when the document is selected), its template folder and the fixed labels its templates look up. Every row of
// the table of kinds (src/jenis/index.ts) satisfies this interface, so the compiler refuses an incomplete kind.
import type { z } from 'zod';
import type { Content, Located } from '../validate/build-content.ts';
import type { Diagnostic } from '../validate/diagnostics.ts';
import type { Tabel } from '../excel/tabel.ts';

export interface Pilihan { tahun?: number; triwulan?: number }

/** One document of a kind: where it goes and how to compute its view (called only for selected documents). */
export interface Dokumen<V extends object> { tahun: number; slug: string; view: () => V }

/** Content a kind claims beyond the shared registries: `<folder>/<tahun>/<nama>.yaml`, each checked by `schema`
 *  (unknown keys warned) and handed to the kind as `Content.modul.get(folder)`. */
export interface SumberYaml<T = unknown> { folder: string; schema: z.ZodType<T>; /** title of its JSON Schema for editors */ judul: string }

export interface JenisDokumen<V extends object> {
  /** `--jenis` name and output folder */
  jenis: string;
  /** the kind's short name shown to people (the preview page), e.g. "Rencana Aksi" */
  nama: string;
  /** templates/<templat>/dokumen.hbs renders the view */
  templat: string;
  /** E-SAKIP upload category (`sakip paket`), or null when the document is not uploaded there */
  kategori: string | null;
  /** fixed words the templates look up (presentation constants, never figures) */
  label: Readonly<Record<string, unknown>>;
  sumber?: SumberYaml;
  periksa?: (c: Content) => Diagnostic[];
  dokumen: (c: Content, o: Pilihan) => Dokumen<V>[];
  /** the tables of figures `sakip ekspor` writes, from this kind's own view type (none: no workbook) */
  tabel?: (view: V) => Tabel[];
}

/** A document of a kind as the pipeline sees it: the view computed on first access (documents filtered out by
 *  --hanya are never computed) and whatever consumes the view bound to it here, where its type is known. */
export interface DocJob<V extends object = object> {
  jenis: string; tahun: number; slug: string; template: string; readonly view: V;
  /** the kind's fixed labels for its templates */
  label?: Readonly<Record<string, unknown>>;
  /** the kind's Excel tables of this document's view (src/excel/) */
  tabel?: () => Tabel[];
}

/** A row of the table of kinds: the kind checked with its own view type, which then stays behind closures. */
export interface Baris extends Omit<JenisDokumen<object>, 'dokumen' | 'tabel'> { jobs(c: Content, o: Pilihan): DocJob[] }

export function baris<V extends object>(k: JenisDokumen<V>): Baris {
  const { dokumen, tabel, ...meta } = k;
  return {
    ...meta,
    jobs: (c, o) => dokumen(c, o).map((d): DocJob<V> => {
      let view: V | undefined;
      const lihat = () => (view ??= d.view());
      return { jenis: k.jenis, tahun: d.tahun, slug: d.slug, template: `${k.templat}/dokumen`, label: k.label, get view() { return lihat(); }, ...(tabel && { tabel: () => tabel(lihat()) }) };
    }),
  };
}

/** The checked files of a kind's folder, with the type of its schema. */
export const berkasModul = <T>(c: Content, s: SumberYaml<T>): Located<T>[] => (c.modul.get(s.folder) ?? []) as Located<T>[];
