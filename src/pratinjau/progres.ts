// Progress of a preview build: the page's (Keadaan.progres) and, in a terminal, the CLI's progress line; Ctrl+C
// during a build stops it at the next document, nothing written.
import type { BuatProgres } from '../cli/pantau.ts';
import { progresTerminal } from '../cli/progres.ts';
import type { Options } from '../pipeline.ts';
import type { Progres } from '../progres.ts';
import { GagalTulis } from '../write/gagal-tulis.ts';

export const DIHENTIKAN = new Error('pratinjau dihentikan');

/** The formats a preview builds: the page always shows the PDF. */
export const formatPratinjau = (o: Options) => [...new Set(['pdf', ...o.format])] as Options['format'];

export interface Cetak { rinci: boolean; log: boolean; senyap: boolean }

export function progresPratinjau(halaman: () => Progres, cetak: Cetak, berhenti: () => boolean): BuatProgres {
  return () => {
    const h = halaman();
    const terminal = cetak.log && !cetak.senyap && process.stderr.isTTY ? progresTerminal() : undefined;
    return {
      dibaca: (n) => { h.dibaca?.(n); terminal?.dibaca?.(n); },
      dokumen: (s, t, job) => {
        if (berhenti()) throw DIHENTIKAN;
        terminal?.dokumen?.(s, t, job);
        return h.dokumen?.(s, t, job);
      },
      selesai: () => terminal?.selesai(),
    };
  };
}

/** The page's and the log's message for a build that threw; undefined for a stop by Ctrl+C. */
export function pesanGagal(e: unknown): string | undefined {
  if (e === DIHENTIKAN) return undefined;
  return e instanceof GagalTulis ? `galat: ${e.message}; tidak ada berkas keluaran yang diubah.` : `galat internal: ${e instanceof Error ? e.stack : String(e)}`;
}
