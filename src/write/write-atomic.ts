// Stage 5 (I/O): write the output set all or nothing; never touches content/.
//
// Why a journal and not a directory swap: a build may write only some documents (--jenis, --hanya, `pantau`), and
// the output directory may be a mount point, the working directory or hold other files, so it is never renamed.
// Instead the whole set is staged under <keluaran>/.sakip-staging-<pid>/ and flushed; writing the journal commits
// it; the staged files are then renamed over their output paths (each rename atomic), the staging directory
// removed. At any interruption the output directory holds the previous set whole (before the journal) or is
// completed by the next write (after it: a kill -9 can only land among the renames, a few milliseconds). A
// refused write (disk full, read-only) before the journal removes the staging directory; one during the renames
// puts the previous files back from their hard links. Either way GagalTulis names the path, with nothing changed.
// The whole write (recovery, staging, renames) holds the output folder's lock (kunci.ts): two builds writing one
// folder at once land one after the other.
import fs from 'node:fs';
import { sebagaiGagalTulis } from './gagal-tulis.ts';
import { batalkanJurnal, hapusTahap, jalurTahap, terapkanJurnal } from './jurnal.ts';
import { ambilKunci } from './kunci.ts';
import { pulihkan } from './pemulihan.ts';
import { tahapkan, type Keluaran } from './pentahapan.ts';
import { SISTEM, type Sistem } from './sistem.ts';
import { adaDilewati, berubahSejak } from './tulis-berubah.ts';

export type Output = Keluaran;

export async function writeOutputs(keluaran: string, outputs: Output[], sys: Sistem = SISTEM): Promise<void> {
  if (!outputs.length && !adaDilewati(outputs)) { pulihkan(keluaran, sys); return; }
  const adaKeluaran = sys.existsSync(keluaran);
  const lepas = await ambilKunci(keluaran);
  try {
    pulihkan(keluaran, sys, true);
    await tulisSet(keluaran, [...outputs, ...berubahSejak(outputs)], adaKeluaran, sys);
  } finally {
    lepas();
  }
}

async function tulisSet(keluaran: string, outputs: Output[], adaKeluaran: boolean, sys: Sistem): Promise<void> {
  if (!outputs.length) return;
  let staged: Awaited<ReturnType<typeof tahapkan>> | undefined;
  try {
    staged = await tahapkan(sys, keluaran, outputs);
    terapkanJurnal(sys, staged.tahap, keluaran, staged.entri);
  } catch (e) {
    const tahap = staged?.tahap ?? jalurTahap(keluaran);
    try {
      if (staged) batalkanJurnal(sys, tahap, keluaran, staged.entri);
      hapusTahap(sys, tahap);
      if (!adaKeluaran) sys.rmSync(keluaran, { recursive: true, force: true }); // it held only the staging directory
    } catch { /* left with its journal: the next write completes it */ }
    throw sebagaiGagalTulis(e, keluaran);
  }
  try { hapusTahap(sys, staged.tahap); } catch { /* the new set is in place; the next write removes the rest */ }
}

/** Whether every path exists (a watching build renders an unchanged document again when its files are gone). */
export const allExist = (paths: string[]): boolean => paths.every((p) => fs.existsSync(p));
