// What the preview page shows, kept by the server between builds: the documents of the last good build (kind,
// year, pages, when written, how long), every diagnostic of the last build, and a version stamp per build.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { DocJob } from '../documents.ts';
import type { BuildResult } from '../pipeline.ts';
import type { Progres } from '../progres.ts';
import { sortDiagnostics, type Diagnostic } from '../validate/diagnostics.ts';

export interface DokumenPratinjau {
  jenis: string; tahun: number; slug: string;
  berkas: string[]; // output paths under the output directory, "/"-separated (pdf first)
  halaman?: number; // pages of the PDF
  dibangun?: string; // ISO time the PDF was last written
  versi?: number; // its mtime in ms: changes whenever the file is rewritten
  detik?: number; // render time in the last build (seconds); absent when unchanged
}
export interface Membangun { selesai: number; total: number; nama?: string }
export interface Status {
  versi: number; waktu?: string; detik?: number; sebab: string[];
  dokumen: DokumenPratinjau[]; diagnostik: Diagnostic[]; galat?: string; membangun?: Membangun;
}

/** Pages of a PDF as written by pdfkit (one "/Type /Page" object per page, no object streams). */
export function jumlahHalaman(bytes: Buffer): number {
  return bytes.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

export class Keadaan {
  status: Status = { versi: 0, sebab: [], dokumen: [], diagnostik: [] };
  private jobs: { job: DocJob; detik?: number }[] = [];
  private t = 0;
  private halaman = new Map<string, [number, number]>(); // rel -> [mtime, pages]: a PDF is read once per version

  constructor(private keluaran: string, private format: string[], private kabar: (jenis: 'build' | 'progres', data: unknown) => void) {}

  /** Progress of the build under way: collects its documents and tells the page how far it is. */
  progres(): Progres {
    return {
      dibaca: () => { this.jobs = []; this.t = performance.now(); this.membangun({ selesai: 0, total: 0 }); },
      dokumen: (selesai, total, job) => {
        const now = performance.now();
        const prev = this.jobs.at(-1);
        if (prev) prev.detik = (now - this.t) / 1000;
        this.t = now;
        if (job) this.jobs.push({ job });
        this.membangun({ selesai, total, nama: job && `${job.jenis}/${job.tahun}/${job.slug}` });
        return new Promise<void>((resolve) => setImmediate(resolve)); // rendering is CPU-bound: let the server answer
      },
    };
  }

  private membangun(m: Membangun) {
    this.status.membangun = m;
    this.kabar('progres', m);
  }

  /** After a build: new diagnostics; the document list only when the build wrote (an error keeps the last list). */
  selesai(r: BuildResult, detik: number, sebab: string[]): void {
    const ditulis = new Set(r.outputs.map((o) => path.relative(this.keluaran, o.path).split(path.sep).join('/')));
    const dokumen = r.diagnostics.some((d) => d.severity === 'galat') ? this.status.dokumen : this.jobs.map(({ job, detik: d }) => {
      const stem = `${job.jenis}/${job.tahun}/${job.slug}`;
      const berkas = this.format.map((f) => `${stem}.${f}`);
      return { jenis: job.jenis, tahun: job.tahun, slug: job.slug, berkas, ...this.pdf(berkas[0]), detik: ditulis.has(berkas[0]) ? d : undefined };
    });
    this.umumkan({ dokumen, diagnostik: sortDiagnostics(r.diagnostics).sort((a, b) => Number(b.severity === 'galat') - Number(a.severity === 'galat')), detik, sebab });
  }

  /** A build that threw (e.g. the output could not be written): the message, the last list kept. */
  gagal(pesan: string, sebab: string[] = []): void {
    this.umumkan({ dokumen: this.status.dokumen, diagnostik: this.status.diagnostik, galat: pesan, sebab });
  }

  private umumkan(s: Omit<Status, 'versi' | 'waktu'>) {
    this.status = { ...s, versi: this.status.versi + 1, waktu: new Date().toISOString() };
    this.kabar('build', { versi: this.status.versi });
  }

  private pdf(rel: string): Pick<DokumenPratinjau, 'halaman' | 'dibangun' | 'versi'> {
    if (!rel.endsWith('.pdf')) return {};
    try {
      const file = path.join(this.keluaran, rel);
      const st = fs.statSync(file);
      const versi = Math.round(st.mtimeMs);
      if (this.halaman.get(rel)?.[0] !== versi) this.halaman.set(rel, [versi, jumlahHalaman(fs.readFileSync(file))]);
      return { halaman: this.halaman.get(rel)![1], dibangun: st.mtime.toISOString(), versi };
    } catch {
      return {};
    }
  }

  /** Whether `rel` is one of the files of a listed document (the only files the server hands out). */
  dikenal(rel: string): boolean {
    return this.status.dokumen.some((d) => d.berkas.includes(rel));
  }
}
