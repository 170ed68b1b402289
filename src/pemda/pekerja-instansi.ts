// Worker thread of src/pemda/kolam-instansi.ts: builds one agency per message with the single-agency pipeline
// (check, models, render, its own all-or-nothing write) and sends back its result; progress lines are forwarded.
// A `periksa` message checks one agency as `sakip check` does (through the build cache when given one).
import { parentPort } from 'node:worker_threads';
import { build, type Options } from '../pipeline.ts';
import { checkSatu } from '../pipeline/periksa-cache.ts';
import type { Diagnostic } from '../validate/diagnostics.ts';
import type { DocJob } from '../documents.ts';
import { cpuUtas } from './cpu-utas.ts';

export interface PesanKeluar {
  dokumen?: { selesai: number; total: number; job?: Pick<DocJob, 'jenis' | 'tahun' | 'slug'> };
  hasil?: Omit<Awaited<ReturnType<typeof build>>, 'outputs'> & { outputs: string[] };
  /** the answer to a `periksa` message: the agency's diagnostics and the count of its content files read */
  periksa?: { diagnostics: Diagnostic[]; dibaca: number };
  /** this worker thread's CPU so far (ms, cpu-utas.ts), sent with every result */
  cpuMs?: number;
  /** GagalTulis keeps its path and code (exit code 4 in the CLI); anything else its stack. */
  galat?: { pesan: string; nama: string; jalur?: string; kode?: string };
}

/** One agency to check: its folder, the templates, the build cache directory (none: checked without cache) and
 *  its whole-check key when looked up already (a miss). */
export interface PesanPeriksa { periksa: { konten: string; templat?: string; cache?: string; kunci?: string } }

const kirim = (m: PesanKeluar) => parentPort!.postMessage(m);

parentPort!.on('message', async (o: Options | PesanPeriksa) => {
  try {
    if ('periksa' in o) { const p = o.periksa; kirim({ periksa: checkSatu(p.konten, p.templat, p.cache, p.kunci), cpuMs: cpuUtas() }); return; }
    const r = await build(o, undefined, {
      dokumen: (selesai, total, job) => kirim({ dokumen: { selesai, total, job: job && { jenis: job.jenis, tahun: job.tahun, slug: job.slug } } }),
    });
    kirim({ hasil: { ...r, outputs: r.outputs.map((x) => x.path) }, cpuMs: cpuUtas() }); // the bytes are written: only the paths go back
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    const { jalur, kode } = err as { jalur?: string; kode?: string };
    kirim({ galat: { pesan: err.name === 'GagalTulis' ? err.message : err.stack ?? err.message, nama: err.name, jalur, kode }, cpuMs: cpuUtas() });
  }
});
