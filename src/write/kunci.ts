// The output folder's lock: one writer at a time per output folder, so that two builds (or `pantau` and a
// build) writing the same folder land one whole set after the other, never interleaved. The lock is the file
// <keluaran>/.sakip-kunci, created with O_EXCL, holding pid, host, thread, the process's start and the lock's
// start. A second writer waits (one line on stderr) up to a time limit, then fails with GagalTulis (exit 4).
// A lock is stale, and taken over, when its process is dead (same host), is an earlier process that had our pid,
// or is older than the age limit; worker threads of one process (a Pemda build) share the pid and the process
// start, so they wait for each other like two processes. Uses the real file system, not the injected one: a
// simulated fault of the output files must not leave the lock behind.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { GagalTulis, sebagaiGagalTulis } from './gagal-tulis.ts';

export const NAMA_KUNCI = '.sakip-kunci';
export interface IsiKunci { pid: number; host: string; thread: number; proses: number; mulai: number; token: string }
export interface OpsiKunci {
  /** ms to wait for another writer before failing (default 2 min) */ batasTunggu?: number;
  /** ms after which a lock counts as stale whoever holds it (default 10 min) */ basiSetelah?: number;
  /** the waiting message (default: one line on stderr) */ lapor?: (pesan: string) => void;
}
const BATAS_TUNGGU = 120_000, BASI_SETELAH = 600_000, TERPOTONG = 10_000;

const prosesMulai = () => Math.round(Date.now() - process.uptime() * 1000);
const jalurKunci = (keluaran: string) => path.join(keluaran, NAMA_KUNCI);
const jam = (ms: number) => new Date(ms).toISOString().slice(11, 19) + ' UTC';
const tidur = (ms: number) => new Promise((r) => setTimeout(r, ms));

function hidup(pid: number): boolean {
  try { process.kill(pid, 0); return true; } catch (e) { return (e as NodeJS.ErrnoException).code === 'EPERM'; }
}

/** The lock at `p` with its file's age; undefined when there is none (released meanwhile). */
function baca(p: string): { isi?: IsiKunci; teks: string; umur: number } | undefined {
  try {
    const teks = fs.readFileSync(p, 'utf8'), umur = Date.now() - fs.statSync(p).mtimeMs;
    try { return { isi: JSON.parse(teks) as IsiKunci, teks, umur }; } catch { return { teks, umur }; }
  } catch (e) { if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined; throw e; }
}

/** Whether nobody holds this lock any more. */
export function basi(k: { isi?: IsiKunci; umur: number }, basiSetelah = BASI_SETELAH): boolean {
  if (!k.isi || typeof k.isi.pid !== 'number') return k.umur > TERPOTONG; // torn: its writer died between open and write
  if (Date.now() - k.isi.mulai > basiSetelah) return true;
  if (k.isi.host !== os.hostname()) return false;
  if (k.isi.pid === process.pid) return Math.abs(k.isi.proses - prosesMulai()) > 2000;
  return !hidup(k.isi.pid);
}

/** Removes the stale lock read as `teks`: renamed aside first, so that of two processes taking it over at once only
 *  one removes it, and a fresh lock renamed by mistake is put back. */
function ambilAlih(p: string, teks: string): void {
  const aside = `${p}.basi-${process.pid}-${threadId}-${crypto.randomBytes(4).toString('hex')}`;
  try { fs.renameSync(p, aside); } catch { return; }
  try {
    if (fs.readFileSync(aside, 'utf8') !== teks) fs.linkSync(aside, p);
  } catch { /* someone holds a new lock already */ }
  fs.rmSync(aside, { force: true });
}

/** Whether a writer holds the lock of `keluaran`; a stale lock is removed (recovery, src/write/pemulihan.ts). */
export function kunciHidup(keluaran: string, basiSetelah = BASI_SETELAH): boolean {
  let k;
  try { k = baca(jalurKunci(keluaran)); } catch (e) { throw sebagaiGagalTulis(e, jalurKunci(keluaran)); }
  if (!k) return false;
  if (!basi(k, basiSetelah)) return true;
  ambilAlih(jalurKunci(keluaran), k.teks);
  return false;
}

const siapa = (isi?: IsiKunci) => !isi ? 'build lain' : `build lain (pid ${isi.pid}${isi.host !== os.hostname() ? ` di ${isi.host}` : ''}, mulai ${jam(isi.mulai)})`;

/** Takes the lock of `keluaran` (creating the folder), waiting for another writer; returns its release. */
export async function ambilKunci(keluaran: string, o: OpsiKunci = {}): Promise<() => void> {
  try { return await tunggu(keluaran, o); } catch (e) { throw sebagaiGagalTulis(e, keluaran); }
}

async function tunggu(keluaran: string, o: OpsiKunci): Promise<() => void> {
  const p = jalurKunci(keluaran), t0 = Date.now();
  const isi: IsiKunci = { pid: process.pid, host: os.hostname(), thread: threadId, proses: prosesMulai(), mulai: Date.now(), token: crypto.randomBytes(8).toString('hex') };
  let dibuat: string | undefined, dilapor = false, jeda = 25, cepat = 0;
  for (;;) {
    dibuat ??= fs.mkdirSync(keluaran, { recursive: true });
    try {
      isi.mulai = Date.now();
      tulisBaru(p, JSON.stringify(isi));
      return () => lepas(p, isi.token, keluaran, dibuat);
    } catch (e) {
      const kode = (e as NodeJS.ErrnoException).code;
      if (kode === 'ENOENT') { dibuat = undefined; continue; } // the folder was removed meanwhile
      if (kode !== 'EEXIST') throw e;
    }
    const k = baca(p);
    const lowong = !k || basi(k, o.basiSetelah); // released meanwhile, or stale: taken over
    if (k && lowong) ambilAlih(p, k.teks);
    if (lowong && ++cepat <= 20) continue; // at once, but never spinning (a lock that cannot be read or moved)
    const batas = o.batasTunggu ?? BATAS_TUNGGU;
    if (Date.now() - t0 >= batas) {
      const detik = String(Math.round(batas / 100) / 10).replace('.', ',');
      throw new GagalTulis(keluaran, 'KUNCI', `; ${siapa(k?.isi)} belum selesai setelah ditunggu ${detik} detik. Bila proses itu sudah tidak berjalan, hapus ${path.join(keluaran, NAMA_KUNCI)}`);
    }
    if (!dilapor) { dilapor = true; (o.lapor ?? ((s) => process.stderr.write(`${s}\n`)))(`menunggu ${siapa(k?.isi)} selesai menulis ${keluaran}…`); }
    await tidur(jeda);
    jeda = Math.min(jeda * 2, 500);
  }
}

/** Creates `p` with O_EXCL and writes it; a write that fails (disk full) removes the file it created. */
function tulisBaru(p: string, teks: string): void {
  const fd = fs.openSync(p, 'wx');
  try { fs.writeFileSync(fd, teks); } catch (e) { fs.closeSync(fd); fs.rmSync(p, { force: true }); throw e; }
  fs.closeSync(fd);
}

/** Removes our lock (only if it is still ours), then the folders the lock created if they stayed empty. */
function lepas(p: string, token: string, keluaran: string, dibuat: string | undefined): void {
  try { if (baca(p)?.isi?.token === token) fs.rmSync(p, { force: true }); } catch { /* the next writer takes it over */ }
  for (let d = path.resolve(keluaran); dibuat && d.startsWith(dibuat); d = path.dirname(d)) {
    try { fs.rmdirSync(d); } catch { break; }
    if (d === dibuat) break;
  }
}
