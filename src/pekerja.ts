// A pool of worker threads rendering document models to PDF/DOCX bytes (src/pekerja-render.ts), the results in
// the order asked. Used by `build --pekerja n` on one agency and by a small rebuild's preloading worker
// (src/pipeline.ts), and by the bench (scripts/bench-kolam.ts).
import os from 'node:os';
import type { Worker } from 'node:worker_threads';
import { pekerjaBaru } from './pekerja-baru.ts';
import type { FormatKeluaran, HasilDokumen } from './cache/render.ts';
import type { DocModel } from './render/model.ts';

interface Tugas { id: number; model: DocModel; format: FormatKeluaran[]; selesai(h: HasilDokumen['bytes']): void; gagal(e: Error): void }

export class KolamPekerja {
  private readonly antre: Tugas[] = [];
  private readonly sibuk = new Map<Worker, Tugas>();
  private readonly bebas: Worker[] = [];
  private id = 0;

  // Young generation left at V8's default (issue 15): 96 MB (as the Pemda agency workers) measured on the bench's
  // pool (scripts/bench-kolam.ts, 40 default PDFs, 4 alternating pairs, load 12-21): process CPU median 4.5 -> 5.0 s
  // (4.2-5.3 vs 4.7-5.3): no gain; a PDF's layout objects live until it is written, so they are copied either way.
  /** `muat`: the backends each worker loads at once, before its first document. */
  constructor(jumlah = Math.max(1, os.availableParallelism()), muat: FormatKeluaran[] = []) {
    for (let i = 0; i < jumlah; i++) {
      const w = pekerjaBaru('pekerja-render', import.meta.url, { workerData: { muat } });
      w.on('error', (e) => { for (const t of [...this.sibuk.values(), ...this.antre.splice(0)]) t.gagal(e); this.sibuk.clear(); });
      w.on('message', (m: { bytes?: HasilDokumen['bytes']; galat?: string }) => {
        const t = this.sibuk.get(w)!;
        this.sibuk.delete(w);
        if (m.galat) t.gagal(new Error(m.galat)); else t.selesai(m.bytes!);
        this.bebas.push(w);
        this.jalan();
      });
      this.bebas.push(w);
    }
  }

  render(model: DocModel, format: FormatKeluaran[]): Promise<HasilDokumen['bytes']> {
    return new Promise((selesai, gagal) => { this.antre.push({ id: this.id++, model, format, selesai, gagal }); this.jalan(); });
  }

  private jalan(): void {
    while (this.bebas.length && this.antre.length) {
      const w = this.bebas.pop()!, t = this.antre.shift()!;
      this.sibuk.set(w, t);
      w.postMessage({ model: t.model, format: t.format });
    }
  }

  async tutup(): Promise<void> { await Promise.all([...this.bebas, ...this.sibuk.keys()].map((w) => w.terminate())); }
}
