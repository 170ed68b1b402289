// Recovery at the start of a write: a staging directory left by a process that no longer runs (kill -9, power
// loss) is completed when its journal was written, discarded otherwise. Directories of a live process (another
// build or `sakip pantau` writing to the same output) are left alone; our own pid's is always stale here. A stale
// output lock (src/write/kunci.ts) is removed too; while a live one is held by another writer (or another thread of
// ours), nothing is touched: that writer recovers under its lock (`dalamKunci`) before it writes.
import path from 'node:path';
import { sebagaiGagalTulis } from './gagal-tulis.ts';
import { kunciHidup } from './kunci.ts';
import { AWALAN, bacaJurnal, batalkanJurnal, hapusTahap, terapkanJurnal } from './jurnal.ts';
import type { Sistem } from './sistem.ts';

function hidup(pid: number): boolean {
  if (pid === process.pid || !Number.isInteger(pid) || pid <= 0) return false;
  try { process.kill(pid, 0); return true; } catch (e) { return (e as NodeJS.ErrnoException).code === 'EPERM'; }
}

/** Completes or discards every stale staging directory under `keluaran`. */
export function pulihkan(keluaran: string, sys: Sistem, dalamKunci = false): void {
  let nama: string[];
  try { nama = sys.existsSync(keluaran) ? (sys.readdirSync(keluaran) as string[]) : []; } catch (e) { throw sebagaiGagalTulis(e, keluaran); }
  if (!dalamKunci && nama.length && kunciHidup(keluaran)) return;
  for (const n of nama.filter((x) => x.startsWith(AWALAN)).sort()) {
    if (hidup(Number(n.slice(AWALAN.length)))) continue;
    const tahap = path.join(keluaran, n);
    const entri = bacaJurnal(sys, tahap);
    try {
      if (entri) {
        try { terapkanJurnal(sys, tahap, keluaran, entri); } catch { batalkanJurnal(sys, tahap, keluaran, entri); }
      }
      hapusTahap(sys, tahap);
    } catch (e) {
      throw sebagaiGagalTulis(e, tahap, '; keluaran build yang terhenti sebelumnya belum dapat dipulihkan');
    }
  }
}
