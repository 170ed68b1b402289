// `sakip build` and `sakip check` on a Pemda root: the cross-agency checks once, then every picked agency
// through the single-agency pipeline with its own output folder <keluaran>/<id>/. An agency's outputs are all or
// nothing (its own build); an error in the Pemda's own files (pemda.yaml, bersama/rpjmd/) builds no agency, a
// cross-agency error located in an agency's files builds everything but that agency.
import path from 'node:path';
import { build, checkAll, type BuildResult, type Options } from '../pipeline.ts';
import type { Progres } from '../progres.ts';
import { sortDiagnostics, type Diagnostic } from '../validate/diagnostics.ts';
import { daftarInstansi, dirInstansi } from './akar.ts';
import { bacaBersamaRingan, muatRingan } from './muat-ringan.ts';
import { bacaPemda } from './pemda-yaml.ts';
import { periksaPemda } from './periksa.ts';

export interface HasilInstansi { id: string; berkas: number; galat: boolean; dilewati?: boolean }
export interface HasilPemda extends BuildResult { instansi: HasilInstansi[] }

const tampil = (p: string) => p.split(path.sep).join('/');
const galat = (ds: Diagnostic[]) => ds.some((d) => d.severity === 'galat');

/** Shared files' diagnostics come once per agency that read them: each kept once, sorted. */
export function unik(ds: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return sortDiagnostics(ds.filter((d) => {
    const k = `${d.file}\0${d.line}\0${d.column}\0${d.code}\0${d.message}`;
    return !seen.has(k) && !!seen.add(k);
  }));
}

/** The Pemda's own files and the checks across the picked agencies. */
export function periksaLintas(akar: string, ids: string[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const berkas = bacaPemda(akar, out);
  const bersama = bacaBersamaRingan(akar);
  out.push(...periksaPemda(berkas, ids.map((id) => muatRingan(akar, id, bersama)), daftarInstansi(akar)));
  return out;
}

/** Which agency a diagnostic's file belongs to (undefined: the Pemda's own or shared files). */
const milik = (akar: string, ids: string[], d: Diagnostic) => ids.find((id) => d.file.startsWith(`${tampil(dirInstansi(akar, id))}/`));

/** Progress lines name the agency: "Membangun 3/27 dokumen: dinas-a/pk/2025/…". */
const progresInstansi = (p: Progres | undefined, id: string): Progres | undefined =>
  p && { dibaca: p.dibaca?.bind(p), dokumen: (s, t, job) => p.dokumen?.(s, t, job && { ...job, jenis: `${id}/${job.jenis}` }) };

/** `o.konten` is the Pemda root. With `--bagian i/n` each agency's documents are split in n shares as a single
 *  agency's are, and agency k of the Pemda (0-based, all agencies) builds share ((i − 1 + k) mod n) + 1: every
 *  document of the Pemda lands in exactly one share and the heaviest share of each agency goes to a different
 *  runner, so the shares of the whole Pemda stay balanced; each agency's whole-build cache entry still applies. */
export async function buildPemda(o: Options, ids: string[], progres?: Progres): Promise<HasilPemda> {
  const akar = o.konten;
  const lintas = periksaLintas(akar, ids);
  const hasil: HasilPemda = { diagnostics: [], outputs: [], unchanged: 0, dirender: 0, instansi: [] };
  const semua: Diagnostic[] = [...lintas];
  const urutan = daftarInstansi(akar);
  const pemdaGalat = galat(lintas.filter((d) => !milik(akar, ids, d)));
  for (const id of ids) {
    if (pemdaGalat || galat(lintas.filter((d) => milik(akar, ids, d) === id))) { hasil.instansi.push({ id, berkas: 0, galat: true, dilewati: true }); continue; }
    const k = urutan.indexOf(id);
    const bagian = o.bagian && { ke: ((o.bagian.ke - 1 + k) % o.bagian.dari) + 1, dari: o.bagian.dari };
    const r = await build({ ...o, konten: dirInstansi(akar, id), keluaran: path.join(o.keluaran, id), ...(bagian ? { bagian } : {}) }, undefined, progresInstansi(progres, id));
    semua.push(...r.diagnostics);
    hasil.outputs.push(...r.outputs);
    hasil.unchanged += r.unchanged;
    hasil.dirender! += r.dirender ?? 0;
    hasil.instansi.push({ id, berkas: r.outputs.length, galat: galat(r.diagnostics) });
  }
  hasil.diagnostics = unik(semua);
  return hasil;
}

/** `sakip check` on a Pemda root: the cross-agency checks and every picked agency's own. */
export function checkPemda(akar: string, ids: string[], templat?: string, progres?: Progres): Diagnostic[] {
  const semua = periksaLintas(akar, ids);
  let dibaca = 0;
  for (const id of ids) semua.push(...checkAll(dirInstansi(akar, id), templat, { dibaca: (n) => { dibaca += n; } }));
  progres?.dibaca?.(dibaca);
  return unik(semua);
}
