// `sakip build` and `sakip check` on a Pemda root: the cross-agency checks once, then every picked agency
// through the single-agency pipeline with its own output folder <keluaran>/<id>/ (per-instansi.ts). An agency's
// outputs are all or nothing (its own build).
import path from 'node:path';
import { build, type BuildResult, type Options } from '../pipeline.ts';
import { ambilCheck, kunciCheck } from '../cache/check-tetap.ts';
import { bukaCache } from '../cache/simpanan.ts';
import { checkSatu } from '../pipeline/periksa-cache.ts';
import type { Progres } from '../progres.ts';
import type { Diagnostic } from '../validate/diagnostics.ts';
import { dirInstansi } from './akar.ts';
import { jumlahSekali } from './dibaca.ts';
import { perInstansi, periksaLintas, unik } from './per-instansi.ts';
import { urutBerat } from './urut-berat.ts';
import { jumlahPekerja, KolamInstansi } from './kolam-instansi.ts';

export { periksaLintas, unik };

export interface HasilInstansi { id: string; berkas: number; galat: boolean; dilewati?: boolean }
/** `outputs`: the files written (paths; their bytes are not kept); `cpuPekerjaMs`: CPU of the agency worker
 *  threads themselves (Linux, with a worker pool; the bench tells it from the process's). */
export interface HasilPemda extends BuildResult { instansi: HasilInstansi[]; cpuPekerjaMs?: number }

/** A finished agency's result without its outputs' bytes (written already): a Pemda writes thousands of files. */
const tanpaBytes = (r: BuildResult): BuildResult => ({ ...r, outputs: r.outputs.map((x) => ({ path: x.path, bytes: new Uint8Array(0) })) });

/** Progress lines name the agency: "Membangun 3/27 dokumen: dinas-a/pk/2025/…". */
const progresInstansi = (p: Progres | undefined, id: string): Progres | undefined =>
  p && { dibaca: p.dibaca?.bind(p), dokumen: (s, t, job) => p.dokumen?.(s, t, job && { ...job, jenis: `${id}/${job.jenis}` }) };

/** `o.konten` is the Pemda root. The agencies are built by `pekerja` worker threads (default: one per core, at most
 *  one per agency; 1 = in this thread), each agency whole in one worker (kolam-instansi.ts). With `--bagian i/n` each agency's documents are split in n shares as a single
 *  agency's are, and agency k of the Pemda (0-based, all agencies) builds share ((i − 1 + k) mod n) + 1: every
 *  document of the Pemda lands in exactly one share and the heaviest share of each agency goes to a different
 *  runner, so the shares of the whole Pemda stay balanced; each agency's whole-build cache entry still applies. */
export async function buildPemda(o: Options, ids: string[], progres?: Progres, pekerja?: number): Promise<HasilPemda> {
  const n = jumlahPekerja(ids.length, pekerja);
  const kolam = n > 1 ? new KolamInstansi(n) : undefined;
  const r = await perInstansi(o.konten, ids, (id, konten, k) => {
    const bagian = o.bagian && { ke: ((o.bagian.ke - 1 + k) % o.bagian.dari) + 1, dari: o.bagian.dari };
    const oi = { ...o, konten, keluaran: path.join(o.keluaran, id), ...(bagian ? { bagian } : {}) };
    return kolam ? kolam.bangun(oi, progresInstansi(progres, id)) : build(oi, undefined, progresInstansi(progres, id)).then(tanpaBytes);
  }, !!kolam, o.cache).finally(() => kolam?.tutup());
  const cpu = kolam?.cpuMs();
  const hasil: HasilPemda = { diagnostics: r.diagnostics, outputs: [], unchanged: 0, dirender: 0, instansi: [], ...(cpu === undefined ? {} : { cpuPekerjaMs: cpu }) };
  for (const { id, hasil: b, galat, dilewati } of r.instansi) {
    // written paths only: a Pemda writes thousands of files, their bytes are not held (as from the worker pool)
    hasil.outputs.push(...(b?.outputs ?? []));
    hasil.unchanged += b?.unchanged ?? 0;
    hasil.dirender! += b?.dirender ?? 0;
    hasil.instansi.push({ id, berkas: b?.outputs.length ?? 0, galat, ...(dilewati ? { dilewati } : {}) });
  }
  return hasil;
}

/** `sakip check` on a Pemda root: the cross-agency checks and every picked agency's own (with `cacheDir`, through
 *  the build cache: ../pipeline/periksa-cache.ts). The agencies whose stored check still holds are answered here
 *  first; the others are checked by `pekerja` worker threads side by side (default: one per core, at most one per
 *  agency; none for a single agency to check: a worker's start costs more than it saves; 1 = in this thread). The
 *  files read are counted once (a shared file is read by every agency). The same diagnostics either way. */
export async function checkPemda(akar: string, ids: string[], templat?: string, progres?: Progres, cacheDir?: string, pekerja?: number): Promise<Diagnostic[]> {
  type Hasil = { diagnostics: Diagnostic[]; dibaca: number };
  const hasil = new Map<string, Hasil>();
  const kunci = new Map<string, string>();
  if (cacheDir) {
    const cache = bukaCache(cacheDir);
    for (const id of ids) {
      const k = kunciCheck(dirInstansi(akar, id), templat);
      const lalu = ambilCheck(cache, k);
      if (lalu) hasil.set(id, lalu); else kunci.set(id, k);
    }
  }
  const sisa = ids.filter((id) => !hasil.has(id));
  const n = sisa.length > 1 ? jumlahPekerja(sisa.length, pekerja) : 1;
  const kolam = n > 1 ? new KolamInstansi(n) : undefined; // the workers start while the cross-agency checks run
  const semua = periksaLintas(akar, ids, cacheDir);
  const satu = (id: string): Promise<Hasil> | Hasil => {
    const konten = dirInstansi(akar, id);
    return kolam ? kolam.periksa({ konten, templat, cache: cacheDir, kunci: kunci.get(id) }) : checkSatu(konten, templat, cacheDir, kunci.get(id));
  };
  try {
    // heaviest first in a pool (the last to start are the light ones); results in the Pemda's order
    const urut = kolam ? urutBerat(sisa, (id) => dirInstansi(akar, id)) : sisa;
    await Promise.all(urut.map(async (id) => { hasil.set(id, await satu(id)); progres?.instansi?.(hasil.size - (ids.length - sisa.length), sisa.length, id); }));
    for (const id of ids) semua.push(...hasil.get(id)!.diagnostics);
    progres?.dibaca?.(jumlahSekali(akar, ids.map((id) => hasil.get(id)!.dibaca)));
  } finally {
    await kolam?.tutup();
  }
  return unik(semua);
}
