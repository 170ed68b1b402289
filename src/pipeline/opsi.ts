// The plain data a build takes and gives back (src/pipeline.ts), imported as types by the CLI, Pemda and the watcher.
import type { Bagian } from '../bagian.ts';
import type { Diagnostic } from '../validate/diagnostics.ts';
import type { Output } from '../write/write-atomic.ts';

export type Format = 'pdf' | 'docx';
export interface Options {
  konten: string; keluaran: string; templat?: string; jenis: string[]; tahun?: number; triwulan?: number; hanya?: string[]; format: Format[]; kertas: 'A4' | 'F4';
  /** Build cache directory (src/cache/); none when absent. `bagian`: this build's share of the documents. */
  cache?: string; bagian?: Bagian;
  /** Worker threads rendering this build's documents at once (src/pekerja.ts); absent or 1: this thread. */
  pekerja?: number;
  /** PDF/A-2b (src/verifikasi/). */
  pdfa?: boolean;
}

/** What a previous build rendered (output stem -> hash of its document model): lets a watching build skip the
 *  documents whose model did not change. */
export type BuildMemory = Map<string, string>;

/** `dirender`: documents rendered to bytes; `templat`: documents whose templates ran (the others' models came
 *  from the model cache). */
export interface BuildResult { diagnostics: Diagnostic[]; outputs: Output[]; unchanged: number; dirender?: number; templat?: number }
