// Agencies of a Pemda built (or checked) side by side: a pool of worker threads, each building one whole agency at a
// time (src/pemda/pekerja-instansi.ts). Coarse-grained on purpose: an agency's content, checks and models stay in its
// worker, only options go in and the result (diagnostics, written paths) comes back, so nothing large is copied.
// Outputs are byte-identical to a single-threaded build (every agency's build is independent; tested).
import os from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { BuildResult, Options } from '../pipeline.ts';
import type { Progres } from '../progres.ts';
import type { DocJob } from '../documents.ts';
import { GagalTulis } from '../write/gagal-tulis.ts';
import { pekerjaBaru as buka } from '../pekerja-baru.ts';
import type { PesanKeluar, PesanPeriksa } from './pekerja-instansi.ts';

/** Workers for `n` agencies on this machine: one per core, never more than agencies; 1 means in this thread. */
export const jumlahPekerja = (n: number, diminta?: number): number => Math.max(1, Math.min(n, diminta ?? os.availableParallelism()));

/** The agency workers' young generation (MB; V8 splits it in semi-spaces): twice V8's default of 48, so a build's
 *  short-lived objects (layout, XML) die in fewer scavenges. 10 synthetic agencies, 2 workers, alternating runs
 *  (load 7-11): CPU 68.4 / 75.8 -> 64.6 / 72.5 s, peak 1035-1058 -> 981-989 MB; 192 no better (65.0 s). */
const MUDA_MB = 96;
const pekerjaBaru = () => buka('pekerja-instansi', import.meta.url, { resourceLimits: { maxYoungGenerationSizeMb: MUDA_MB } });

const galatDari = (g: NonNullable<PesanKeluar['galat']>): Error => {
  if (g.nama === 'GagalTulis' && g.jalur && g.kode) return Object.assign(new GagalTulis(g.jalur, g.kode), { message: g.pesan });
  return Object.assign(new Error(g.pesan), { name: g.nama });
};

export class KolamInstansi {
  private readonly bebas: Worker[] = [];
  private readonly antre: (() => void)[] = [];
  private readonly semua: Worker[] = [];
  /** each worker's CPU as it last reported it (ms; a worker replaced after a crash keeps what it had reported) */
  private readonly cpu = new Map<Worker, number>();

  constructor(jumlah: number) {
    for (let i = 0; i < jumlah; i++) this.semua.push(pekerjaBaru());
    this.bebas.push(...this.semua);
  }

  /** One agency's build in a free worker (waits for one); `outputs` carry the written paths, not their bytes. */
  async bangun(o: Options, progres?: Progres): Promise<BuildResult> {
    const m = await this.tugas(o, progres);
    return { ...m.hasil!, outputs: m.hasil!.outputs.map((path) => ({ path, bytes: new Uint8Array(0) })) };
  }

  /** One agency's check in a free worker (`sakip check`): its diagnostics and the count of its files read. */
  async periksa(p: PesanPeriksa['periksa']): Promise<NonNullable<PesanKeluar['periksa']>> {
    return (await this.tugas({ periksa: p })).periksa!;
  }

  /** A message to a free worker (waits for one) and its answer; progress lines forwarded. */
  private async tugas(pesan: Options | PesanPeriksa, progres?: Progres): Promise<PesanKeluar> {
    let w = this.bebas.pop() ?? await new Promise<Worker>((ambil) => this.antre.push(() => ambil(this.bebas.pop()!)));
    try {
      return await new Promise<PesanKeluar>((selesai, gagal) => {
        const dengar = (m: PesanKeluar) => {
          if (m.dokumen) { void progres?.dokumen?.(m.dokumen.selesai, m.dokumen.total, m.dokumen.job as DocJob | undefined); return; }
          lepas();
          if (m.cpuMs !== undefined) this.cpu.set(w, m.cpuMs);
          if (m.galat) gagal(galatDari(m.galat)); else selesai(m);
        };
        const mati = (e: Error) => { // an uncaught error ends the worker: a fresh one takes its place
          lepas(); gagal(e);
          void w.terminate();
          this.semua[this.semua.indexOf(w)] = w = pekerjaBaru();
        };
        const lepas = () => { w.off('message', dengar); w.off('error', mati); };
        w.on('message', dengar);
        w.on('error', mati);
        w.postMessage(pesan);
      });
    } finally {
      this.bebas.push(w);
      this.antre.shift()?.();
    }
  }

  /** CPU of the agency workers' own threads so far (ms), undefined where threads' CPU cannot be read. */
  cpuMs(): number | undefined { return this.cpu.size ? [...this.cpu.values()].reduce((a, b) => a + b, 0) : undefined; }

  async tutup(): Promise<void> { await Promise.all(this.semua.map((w) => w.terminate())); }
}
