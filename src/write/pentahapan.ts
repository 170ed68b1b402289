// Staging: every new output file written under <keluaran>/.sakip-staging-<pid>/baru/ (same file system as the
// output, so the final renames are atomic), each file it replaces hard-linked under lama/ (for a rollback), all
// flushed to disk, then the journal that commits the set.
import path from 'node:path';
import { sebagaiGagalTulis } from './gagal-tulis.ts';
import { jalurBaru, jalurLama, jalurTahap, tulisJurnal, type Entri } from './jurnal.ts';
import { fsyncJalur, fsyncSemua, type Sistem } from './sistem.ts';

export interface Keluaran { path: string; bytes: Uint8Array }

function tulisBerkas(sys: Sistem, p: string, bytes: Uint8Array): void {
  sys.mkdirSync(path.dirname(p), { recursive: true });
  const fd = sys.openSync(p, 'w');
  try {
    for (let off = 0; off < bytes.length;) off += sys.writeSync(fd, bytes, off, bytes.length - off);
  } finally {
    sys.closeSync(fd);
  }
}

/** The previous file at `tujuan`, kept as a hard link (a copy where the file system has none); false if none. */
function simpanLama(sys: Sistem, tujuan: string, lama: string): boolean {
  let st;
  try { st = sys.lstatSync(tujuan); } catch (e) { if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false; throw e; }
  if (st.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
  sys.mkdirSync(path.dirname(lama), { recursive: true });
  try { sys.linkSync(tujuan, lama); } catch (e) {
    if (!['EXDEV', 'EPERM', 'ENOTSUP', 'EMLINK', 'ENOSYS'].includes((e as NodeJS.ErrnoException).code ?? '')) throw e;
    sys.copyFileSync(tujuan, lama);
  }
  return true;
}

/** Stages `outputs` and commits them; returns the staging directory and its journal. A file-system error is
 *  thrown as GagalTulis naming the output path it concerned (the caller removes the staging directory). */
export async function tahapkan(sys: Sistem, keluaran: string, outputs: Keluaran[]): Promise<{ tahap: string; entri: Entri[] }> {
  const tahap = jalurTahap(keluaran);
  try { sys.mkdirSync(tahap, { recursive: true }); } catch (e) { throw sebagaiGagalTulis(e, keluaran); }
  const entri: Entri[] = [];
  for (const o of outputs) {
    const rel = path.relative(keluaran, o.path);
    if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) throw new Error(`berkas keluaran di luar ${keluaran}: ${o.path}`);
    try {
      tulisBerkas(sys, jalurBaru(tahap, rel), o.bytes);
      entri.push({ rel, ada: simpanLama(sys, o.path, jalurLama(tahap, rel)) });
    } catch (e) { throw sebagaiGagalTulis(e, o.path); }
  }
  try {
    await fsyncSemua(sys, entri.map((e) => jalurBaru(tahap, e.rel)));
    for (const d of new Set(entri.map((e) => path.dirname(jalurBaru(tahap, e.rel))))) fsyncJalur(sys, d, true);
    tulisJurnal(sys, tahap, entri);
  } catch (e) { throw sebagaiGagalTulis(e, keluaran); }
  return { tahap, entri };
}
