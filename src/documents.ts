// The document kinds as jobs: each row of the table of kinds (src/jenis/index.ts) gives its documents; a job's
// view is computed on first access, so documents filtered out by --hanya are never computed.
import type { Content } from './validate/build-content.ts';
import { JENIS } from './jenis/index.ts';
import type { Dokumen, JenisDokumen, Pilihan } from './jenis/jenis.ts';

export type { Pilihan };
export interface DocJob<V extends object = object> {
  jenis: string; tahun: number; slug: string; template: string; readonly view: V;
  /** the kind's fixed labels for its templates */
  label?: Readonly<Record<string, unknown>>;
}
export interface DocKind { jobs(c: Content, o: Pilihan): DocJob[] }

function job<V extends object>(k: JenisDokumen<V>, d: Dokumen<V>): DocJob<V> {
  let view: V | undefined;
  return { jenis: k.jenis, tahun: d.tahun, slug: d.slug, template: `${k.templat}/dokumen`, label: k.label, get view() { return (view ??= d.view()); } };
}

export const DOCUMENTS: Record<string, DocKind> = Object.fromEntries(JENIS.map((k) => [k.jenis, { jobs: (c: Content, o: Pilihan) => k.dokumen(c, o).map((d) => job(k, d)) }]));
