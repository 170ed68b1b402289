// Build (and Pemda check) progress on stderr: one line rewritten with \r on a terminal; plain lines every 10 documents or 2 seconds
// otherwise (logs, CI). stdout keeps only the build's closing lines.
import { performance } from 'node:perf_hooks';
import type { Progres } from '../progres.ts';

export interface Keluaran { isTTY?: boolean; columns?: number; write(s: string): unknown }

const SETIAP_DOKUMEN = 10;
const SETIAP_MS = 2000;
const detik = (ms: number) => `${(ms / 1000).toFixed(1).replace('.', ',')} detik`;

/** A progress reporter writing to `out` (bawaan: stderr). `selesai()` clears the terminal line. */
export function progresTerminal(out: Keluaran = process.stderr, now = () => performance.now()): Progres & { selesai(): void } {
  const t0 = now();
  let terakhir = t0;
  let baris = false; // a \r line is on screen
  const tty = !!out.isTTY;
  const tulis = (teks: string) => {
    const lebar = Math.max(20, (out.columns || 80) - 1);
    out.write(`\r${teks.length > lebar ? `${teks.slice(0, lebar - 1)}…` : teks}\x1b[K`);
    baris = true;
  };
  /** A terminal line at every step; elsewhere a plain line every SETIAP_DOKUMEN steps, at the last, or after SETIAP_MS. */
  const langkah = (selesai: number, total: number, teks: (t: number) => string) => {
    const t = now();
    if (tty) tulis(teks(t));
    else if (selesai > 0 && (selesai % SETIAP_DOKUMEN === 0 || selesai === total || t - terakhir >= SETIAP_MS)) {
      out.write(`${teks(t)}\n`);
      terakhir = t;
    }
  };
  return {
    dibaca(berkas) {
      if (tty) tulis(`${berkas} berkas konten dibaca; memeriksa… (${detik(now() - t0)})`);
    },
    dokumen(selesai, total, job) {
      const nama = job ? `${job.jenis}/${job.tahun}/${job.slug}` : 'menulis berkas';
      langkah(selesai, total, (t) => `Membangun ${selesai}/${total} dokumen: ${nama} (${detik(t - t0)})`);
    },
    instansi(selesai, total, id) {
      langkah(selesai, total, (t) => `Memeriksa ${selesai}/${total} instansi: ${id} (${detik(t - t0)})`);
    },
    selesai() {
      if (baris) out.write('\r\x1b[K');
      baris = false;
    },
  };
}
