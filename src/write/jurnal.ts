// The staging directory's journal: the list of output files a build replaces, written once every new file is
// staged and on disk. Its presence is the commit point of the whole set: a staging directory without a journal is
// discarded (the output set was not touched), one with a journal is completed (every staged file renamed into
// place) or, when that fails, rolled back from the hard links of the files it replaced.
import path from 'node:path';
import { fsyncJalur, type Sistem } from './sistem.ts';

export const AWALAN = '.sakip-staging-';
export const JURNAL = 'jurnal.json';
export interface Entri { rel: string; ada: boolean } // ada: a previous file existed at this path
export const jalurTahap = (keluaran: string) => path.join(keluaran, `${AWALAN}${process.pid}`);
export const jalurBaru = (tahap: string, rel: string) => path.join(tahap, 'baru', rel);
export const jalurLama = (tahap: string, rel: string) => path.join(tahap, 'lama', rel);

export function tulisJurnal(sys: Sistem, tahap: string, entri: Entri[]): void {
  const tmp = path.join(tahap, `${JURNAL}.tmp`);
  const fd = sys.openSync(tmp, 'w');
  try { sys.writeSync(fd, JSON.stringify({ versi: 1, entri })); sys.fsyncSync(fd); } finally { sys.closeSync(fd); }
  sys.renameSync(tmp, path.join(tahap, JURNAL));
  fsyncJalur(sys, tahap, true);
}

export function bacaJurnal(sys: Sistem, tahap: string): Entri[] | undefined {
  try {
    return (JSON.parse(String(sys.readFileSync(path.join(tahap, JURNAL), 'utf8'))) as { entri: Entri[] }).entri;
  } catch {
    return undefined; // no journal (or a torn one, which the rename makes impossible): nothing was committed
  }
}

/** Rolls forward: every staged file still in the staging directory is renamed over its output path. */
export function terapkanJurnal(sys: Sistem, tahap: string, keluaran: string, entri: Entri[]): void {
  const dirs = new Set<string>();
  for (const e of entri) {
    const baru = jalurBaru(tahap, e.rel), tujuan = path.join(keluaran, e.rel);
    if (!sys.existsSync(baru)) continue; // renamed already, before an interruption
    sys.mkdirSync(path.dirname(tujuan), { recursive: true });
    sys.renameSync(baru, tujuan);
    dirs.add(path.dirname(tujuan));
  }
  for (const d of dirs) fsyncJalur(sys, d, true);
}

/** Rolls back: every output path already replaced gets its previous file back (or is removed if it had none). */
export function batalkanJurnal(sys: Sistem, tahap: string, keluaran: string, entri: Entri[]): void {
  for (const e of entri) {
    if (sys.existsSync(jalurBaru(tahap, e.rel))) continue; // never applied
    const tujuan = path.join(keluaran, e.rel);
    if (e.ada) sys.renameSync(jalurLama(tahap, e.rel), tujuan);
    else sys.rmSync(tujuan, { force: true });
  }
}

/** Removes a staging directory: the journal first, so that an interruption here leaves nothing to roll forward. */
export function hapusTahap(sys: Sistem, tahap: string): void {
  sys.rmSync(path.join(tahap, JURNAL), { force: true });
  sys.rmSync(tahap, { recursive: true, force: true });
}
