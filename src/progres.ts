// Progress of a check or build, reported as it happens (the CLI's progress line, the preview page). Optional:
// the pipeline runs the same without it.
import type { DocJob } from './documents.ts';
import type { LoadedContent } from './load/load-content.ts';

export interface Progres {
  /** The content was read: how many content files were taken in. */
  dibaca?(berkas: number): void;
  /** Before each selected document (`selesai` of `total` done so far), then once more with `selesai === total`.
   *  A returned promise is awaited (a server yields to its requests); a throw stops the build, nothing written. */
  dokumen?(selesai: number, total: number, job?: DocJob): void | Promise<void>;
  /** `sakip check` on a Pemda root: after each agency checked (`selesai` of the `total` not answered from the cache). */
  instansi?(selesai: number, total: number, id: string): void;
}

/** The content files behind a loaded content tree (each YAML source once; a Markdown file has one). */
export function jumlahBerkas(loaded: LoadedContent): number {
  const files = new Set<string>();
  const walk = (v: unknown): void => {
    if (v instanceof Map) v.forEach(walk);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      if ('locate' in v && 'file' in v && typeof v.file === 'string') files.add(v.file);
      else if ('yaml' in v) walk(v.yaml);
      else Object.values(v).forEach(walk);
    }
  };
  walk([loaded.instansi, loaded.registries, loaded.anggaran, loaded.renstra, loaded.pk, loaded.lkip, loaded.iku, loaded.renstraDok, loaded.pedoman]);
  return files.size;
}
