// Views only of documents that may have changed. Each job is listed on tracked content (src/cache/lacak.ts): the
// trace of its kind's listing (every value the listing read: what its closures captured) goes into the job's key;
// its view is computed with a recorder noting every content file it read, and the hash of the view is kept with
// those files' hashes. Next build, a job under the same key whose recorded files all hash the same reuses the view
// hash without computing the view (the model key is built from it, src/cache/model.ts). The entries live in memory
// for a watching process and in the build cache directory (one entry per content directory, this build's jobs).
import crypto from 'node:crypto';
import path from 'node:path';
import { DOCUMENTS, type DocJob } from '../documents.ts';
import type { Content } from '../validate/build-content.ts';
import { Jejak, lacakKonten, rekam, type Perekam } from './lacak.ts';
import { sidikView as hashView } from './model.ts';
import type { SidikKonten } from './sidik-konten.ts';
import { sidikAlat } from './sidik.ts';
import type { Cache } from './simpanan.ts';

/** A recorded result: the files it read with their hashes, and what it gave (a view hash, diagnostics…). */
export interface Entri<T> { berkas: [string, string][]; hasil: T }

/** Entries of one content directory under the tool's fingerprint; this build's entries are written back. */
export class MemoDeps {
  private dipakai = new Map<string, Entri<unknown>>();
  private baru = false;
  constructor(private lama = new Map<string, Entri<unknown>>()) {}
  /** The entry under `kunci` if every file it read hashes the same now. */
  ambil<T>(kunci: string, sidik: SidikKonten): T | undefined {
    const e = this.lama.get(kunci) ?? this.dipakai.get(kunci);
    if (!e || !e.berkas.every(([f, h]) => sidik.berkas.get(f) === h)) return undefined;
    this.dipakai.set(kunci, e);
    return e.hasil as T;
  }
  simpan(kunci: string, berkas: Set<string>, sidik: SidikKonten, hasil: unknown): void {
    this.dipakai.set(kunci, { berkas: [...berkas].sort().map((f) => [f, sidik.berkas.get(f) ?? '']), hasil });
    this.baru = true;
  }
  /** Entries of an earlier build were read (this content was built before with this cache or process). */
  adaLama(): boolean { return this.lama.size > 0; }
  berubah(): boolean { return this.baru || this.dipakai.size !== this.lama.size; }
  berikut(): MemoDeps { return new MemoDeps(this.dipakai); }
  json(): string { return JSON.stringify([...this.dipakai]); }
}

const FORMAT = 'deps';
const kunciMemo = (konten: string) => crypto.createHash('sha256').update(`sakip-deps-1\0${sidikAlat()}\0${path.resolve(konten)}\0${process.cwd()}`).digest('hex');

export function bukaMemoDeps(cache: Cache, konten: string): MemoDeps {
  const b = cache.ambil(kunciMemo(konten), FORMAT);
  try {
    const isi = b && JSON.parse(Buffer.from(b).toString('utf8')) as unknown;
    if (Array.isArray(isi) && isi.every((e) => Array.isArray(e) && typeof e[0] === 'string' && Array.isArray(e[1]?.berkas)
      && e[1].berkas.every((x: unknown) => Array.isArray(x) && typeof x[0] === 'string' && typeof x[1] === 'string'))) return new MemoDeps(new Map(isi as [string, Entri<unknown>][]));
  } catch { /* recomputed */ }
  return new MemoDeps();
}
export function simpanMemoDeps(cache: Cache, konten: string, m: MemoDeps): void {
  if (m.berubah()) cache.simpan(kunciMemo(konten), FORMAT, Buffer.from(m.json(), 'utf8'));
}

export interface PilihanJob { jenis: string[]; tahun?: number; triwulan?: number; hanya?: string[] }

/** The selected jobs (as selectJobs, src/pipeline.ts), each with its view hash computed only when its recorded
 *  files changed. A job whose listing is not reproducible (another trace the second time) is never keyed. */
export function jobsTerlacak(content: Content, o: PilihanJob, sidik: SidikKonten, memo: MemoDeps): { job: DocJob; sidikView: () => string | undefined }[] {
  const pilihan = { tahun: o.tahun, triwulan: o.triwulan };
  const daftar = (jenis: string) => {
    const r: Perekam = { berkas: new Set(), jejak: new Jejak() };
    const jobs = rekam(r, () => DOCUMENTS[jenis].jobs(lacakKonten(content, sidik.folder), pilihan));
    return { jobs, jejak: r.jejak!.digest() };
  };
  return o.jenis.flatMap((jenis) => {
    const pertama = daftar(jenis);
    return pertama.jobs.flatMap((job0, i) => {
      if (o.hanya?.length && !o.hanya.includes(job0.slug)) return [];
      const kunci = crypto.createHash('sha256').update(JSON.stringify(['sakip-view-1', job0.jenis, job0.tahun, job0.slug, job0.template, pilihan, pertama.jejak, sidik.daftar])).digest('hex');
      // a view computed here comes from the listing run again: its own proxies, so a memo keyed by content
      // objects (src/compute/lkip.ts) is not shared with another job's view and every read is noted
      let segar: DocJob | undefined;
      const job: DocJob = {
        jenis: job0.jenis, tahun: job0.tahun, slug: job0.slug, template: job0.template, label: job0.label,
        get view() { return (segar ?? job0).view; }, ...(job0.tabel && { tabel: () => (segar ?? job0).tabel!() }),
      };
      const sidikView = () => {
        const ada = memo.ambil<string | null>(kunci, sidik);
        if (ada !== undefined) return ada ?? undefined;
        const lagi = daftar(jenis);
        if (lagi.jejak !== pertama.jejak || lagi.jobs[i]?.slug !== job0.slug) return hashView(job0.view); // not reproducible: never kept
        segar = lagi.jobs[i];
        const r: Perekam = { berkas: new Set() };
        const h = rekam(r, () => hashView(segar!.view));
        memo.simpan(kunci, r.berkas, sidik, h ?? null);
        return h;
      };
      return [{ job, sidikView }];
    });
  });
}
