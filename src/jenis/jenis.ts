// A document kind as one typed module: the content it claims, its checks, its documents (each view computed only
// when the document is selected), its template folder and the fixed labels its templates look up. Every row of
// the table of kinds (src/jenis/index.ts) satisfies this interface, so the compiler refuses an incomplete kind.
import type { z } from 'zod';
import type { Content, Located } from '../validate/build-content.ts';
import type { Diagnostic } from '../validate/diagnostics.ts';

export interface Pilihan { tahun?: number; triwulan?: number }

/** One document of a kind: where it goes and how to compute its view (called only for selected documents). */
export interface Dokumen<V extends object> { tahun: number; slug: string; view: () => V }

/** Content a kind claims beyond the shared registries: `<folder>/<tahun>/<nama>.yaml`, each checked by `schema`
 *  (unknown keys warned) and handed to the kind as `Content.modul.get(folder)`. */
export interface SumberYaml<T = unknown> { folder: string; schema: z.ZodType<T>; /** title of its JSON Schema for editors */ judul: string }

export interface JenisDokumen<V extends object> {
  /** `--jenis` name and output folder */
  jenis: string;
  /** templates/<templat>/dokumen.hbs renders the view */
  templat: string;
  /** E-SAKIP upload category (`sakip paket`), or null when the document is not uploaded there */
  kategori: string | null;
  /** fixed words the templates look up (presentation constants, never figures) */
  label: Readonly<Record<string, unknown>>;
  sumber?: SumberYaml;
  periksa?: (c: Content) => Diagnostic[];
  dokumen: (c: Content, o: Pilihan) => Dokumen<V>[];
}

/** The checked files of a kind's folder, with the type of its schema. */
export const berkasModul = <T>(c: Content, s: SumberYaml<T>): Located<T>[] => (c.modul.get(s.folder) ?? []) as Located<T>[];
