// Worker thread of src/pemda/kolam-instansi.ts: builds one agency per message with the single-agency pipeline
// (check, models, render, its own all-or-nothing write) and sends back its result; progress lines are forwarded.
import { parentPort } from 'node:worker_threads';
import { build, type Options } from '../pipeline.ts';
import type { DocJob } from '../documents.ts';
import { cpuUtas } from './cpu-utas.ts';

export interface PesanKeluar {
  dokumen?: { selesai: number; total: number; job?: Pick<DocJob, 'jenis' | 'tahun' | 'slug'> };
  hasil?: Omit<Awaited<ReturnType<typeof build>>, 'outputs'> & { outputs: string[] };
  /** this worker thread's CPU so far (ms, cpu-utas.ts), sent with every result */
  cpuMs?: number;
  /** GagalTulis keeps its path and code (exit code 4 in the CLI); anything else its stack. */
  galat?: { pesan: string; nama: string; jalur?: string; kode?: string };
}

const kirim = (m: PesanKeluar) => parentPort!.postMessage(m);

parentPort!.on('message', async (o: Options) => {
  try {
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
