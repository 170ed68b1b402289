// `sakip pantau` on a Pemda root: every picked agency gets its own watcher (src/cli/pantau.ts) and output folder,
// and an agency's watcher also watches bersama/ and pemda.yaml (jalurPantau, akar.ts): a save in instansi/<id>/
// rebuilds that agency only, a save in bersama/ every agency (each writes only the documents whose model changed).
// Before each of its builds the cross-agency checks run (per-instansi.ts): an error in the Pemda's files or the
// agency's own holds that build back and is reported, as `build` on the root does.
// `pratinjau` on a Pemda root uses the same watchers and shows every agency (src/pratinjau/pemda.ts).
import path from 'node:path';
import { pantau, type BuatProgres, type Pantauan } from '../cli/pantau.ts';
import type { BuildResult, Options } from '../pipeline.ts';
import { dirInstansi, jalurPantau } from './akar.ts';
import { milik, periksaLintas } from './per-instansi.ts';
import type { Diagnostic } from '../validate/diagnostics.ts';

/** The cross-agency findings an agency's rebuild reports: those in the Pemda's own files and in its own; an error
 *  among them holds its build back, as `build` on the root does. */
function lintasUntuk(akar: string, ids: string[], id: string, semua?: (d: Diagnostic[]) => void): Diagnostic[] {
  const ds = periksaLintas(akar, ids);
  semua?.(ds);
  return ds.filter((d) => { const m = milik(akar, ids, d); return m === undefined || m === id; });
}

/** One watcher per picked agency of the Pemda root `o.konten`, outputs in <keluaran>/<id>/. The first builds run
 *  one after the other (each watcher starts when the previous one has built). `onLintas`: every finding of the
 *  cross-agency checks run before agency `id`'s build (all agencies', not only those reported to it). */
export function pantauPemda(o: Options, ids: string[], onBuild: (id: string, r: BuildResult, detik: number, sebab: string[], keluaran: string) => void,
  onError: (id: string, e: unknown) => void, buatProgres?: (id: string) => BuatProgres | undefined,
  onLintas?: (id: string, semua: Diagnostic[]) => void): Pantauan {
  const semua: Pantauan[] = [];
  let tutup = false;
  let ready: Promise<void> = Promise.resolve();
  for (const id of ids) {
    const keluaran = path.join(o.keluaran, id);
    ready = ready.then(() => {
      if (tutup) return;
      const p = pantau({ ...o, konten: dirInstansi(o.konten, id), keluaran }, (r, d, s) => onBuild(id, r, d, s, keluaran), (e) => onError(id, e), buatProgres?.(id),
        () => lintasUntuk(o.konten, ids, id, onLintas && ((ds) => onLintas(id, ds))));
      semua.push(p);
      return p.ready;
    });
  }
  return {
    ready,
    async close() {
      tutup = true;
      await ready;
      await Promise.all(semua.map((p) => p.close()));
    },
  };
}

/** The watched content as the CLI names it: "pemda/instansi/a/, pemda/bersama/, pemda/pemda.yaml". */
export const teksPantau = (konten: string) => jalurPantau(konten).map((j) => (j.endsWith('.yaml') ? j : `${j}/`)).join(', ');
