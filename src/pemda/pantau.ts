// `sakip pantau` on a Pemda root: every picked agency gets its own watcher (src/cli/pantau.ts) and output folder,
// and an agency's watcher also watches bersama/ and pemda.yaml (jalurPantau, akar.ts): a save in instansi/<id>/
// rebuilds that agency only, a save in bersama/ every agency (each writes only the documents whose model changed).
// Before each of its builds the cross-agency checks run (per-instansi.ts): an error in the Pemda's files or the
// agency's own holds that build back and is reported, as `build` on the root does.
// `pratinjau` on a Pemda root uses the same watchers and shows every agency (src/pratinjau/pemda.ts).
// An agency held back by a cross-agency finding (or a Pemda file's error) is not watching the file that fixes it
// when that file is another agency's: after every agency's round, each held-back agency whose blocking findings are
// gone from the latest cross-agency run is queued once, as a save in it would be (its cause: that round's files).
// A rebuild held back again is queued only after a later run finds its blockers gone, so nothing loops.
import path from 'node:path';
import { pantau, type BuatProgres, type Pantauan } from '../cli/pantau.ts';
import type { BuildResult, Options } from '../pipeline.ts';
import { dirInstansi, jalurPantau } from './akar.ts';
import { adaGalat, milik, periksaLintas } from './per-instansi.ts';
import type { Diagnostic } from '../validate/diagnostics.ts';

/** The cross-agency findings an agency's rebuild reports: those in the Pemda's own files and in its own; an error
 *  among them holds its build back, as `build` on the root does. */
const untuk = (akar: string, ids: string[], ds: Diagnostic[], id: string) => ds.filter((d) => { const m = milik(akar, ids, d); return m === undefined || m === id; });

/** One watcher per picked agency of the Pemda root `o.konten`, outputs in <keluaran>/<id>/. The first builds run
 *  one after the other (each watcher starts when the previous one has built). `onLintas`: every finding of the
 *  cross-agency checks run before agency `id`'s build (all agencies', not only those reported to it). */
export function pantauPemda(o: Options, ids: string[], onBuild: (id: string, r: BuildResult, detik: number, sebab: string[], keluaran: string) => void,
  onError: (id: string, e: unknown) => void, buatProgres?: (id: string) => BuatProgres | undefined,
  onLintas?: (id: string, semua: Diagnostic[]) => void): Pantauan {
  const semua = new Map<string, Pantauan>();
  const ditahan = new Set<string>(); // last round held back by a cross-agency finding or a Pemda file's error
  const antre = new Set<string>(); // queued by lepas(), its round not started yet
  let terakhir: Diagnostic[] = []; // every finding of the latest cross-agency run
  let tutup = false;
  let ready: Promise<void> = Promise.resolve();

  const periksa = (id: string) => {
    antre.delete(id);
    terakhir = periksaLintas(o.konten, ids, o.cache);
    onLintas?.(id, terakhir);
    const ds = untuk(o.konten, ids, terakhir, id);
    if (adaGalat(ds)) ditahan.add(id); else ditahan.delete(id);
    return ds;
  };
  const lepas = (sebab: string[]) => {
    for (const id of ditahan) {
      if (antre.has(id) || adaGalat(untuk(o.konten, ids, terakhir, id))) continue;
      antre.add(id);
      semua.get(id)?.bangunLagi?.(sebab);
    }
  };
  for (const id of ids) {
    const keluaran = path.join(o.keluaran, id);
    ready = ready.then(() => {
      if (tutup) return;
      const p = pantau({ ...o, konten: dirInstansi(o.konten, id), keluaran },
        (r, d, s) => { onBuild(id, r, d, s, keluaran); lepas(s); }, (e) => { onError(id, e); lepas([]); }, buatProgres?.(id), () => periksa(id));
      semua.set(id, p);
      return p.ready;
    });
  }
  return {
    ready,
    async close() {
      tutup = true;
      await ready;
      await Promise.all([...semua.values()].map((p) => p.close()));
    },
  };
}

/** The watched content as the CLI names it: "pemda/instansi/a/, pemda/bersama/, pemda/pemda.yaml". */
export const teksPantau = (konten: string) => jalurPantau(konten).map((j) => (j.endsWith('.yaml') ? j : `${j}/`)).join(', ');
