// A per-agency command over a Pemda root (build, ekspor, paket): the cross-agency checks once, then the command on
// each picked agency's folder. An error in the Pemda's own files (pemda.yaml, bersama/rpjmd/) runs no agency, a
// cross-agency error located in an agency's files skips that agency; every other agency runs as it would alone.
import path from 'node:path';
import { sortDiagnostics, type Diagnostic } from '../validate/diagnostics.ts';
import { daftarInstansi, dirInstansi } from './akar.ts';
import { denganMemoLintas } from './memo-lintas.ts';
import { bacaBersamaRingan, muatRingan } from './muat-ringan.ts';
import { bacaPemda } from './pemda-yaml.ts';
import { periksaPemda } from './periksa.ts';
import { urutBerat } from './urut-berat.ts';

const tampil = (p: string) => p.split(path.sep).join('/');
export const adaGalat = (ds: Diagnostic[]) => ds.some((d) => d.severity === 'galat');

/** Shared files' diagnostics come once per agency that read them: each kept once, sorted. */
export function unik(ds: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return sortDiagnostics(ds.filter((d) => {
    const k = `${d.file}\0${d.line}\0${d.column}\0${d.code}\0${d.message}`;
    return !seen.has(k) && !!seen.add(k);
  }));
}

/** The Pemda's own files and the checks across the picked agencies; with the build cache's directory, files parsed
 *  before are not parsed again (memo-lintas.ts). */
export function periksaLintas(akar: string, ids: string[], cache?: string): Diagnostic[] {
  return denganMemoLintas(akar, cache, () => {
    const out: Diagnostic[] = [];
    const berkas = bacaPemda(akar, out);
    const bersama = bacaBersamaRingan(akar);
    out.push(...periksaPemda(berkas, ids.map((id) => muatRingan(akar, id, bersama)), daftarInstansi(akar)));
    return out;
  });
}

/** Which agency a diagnostic's file belongs to (undefined: the Pemda's own or shared files). */
export const milik = (akar: string, ids: string[], d: Diagnostic) => ids.find((id) => d.file.startsWith(`${tampil(dirInstansi(akar, id))}/`));

export interface Satu { diagnostics: Diagnostic[] }
/** One agency's run: its result, or `dilewati` when the cross-agency checks held it back. */
export interface HasilSatu<T> { id: string; hasil?: T; galat: boolean; dilewati?: boolean }

/** Runs `jalan(id, konten, k)` on each picked agency (k: its index among all agencies of the Pemda), in order;
 *  `serentak`: all started at once, heaviest first (`jalan` limits itself, e.g. a worker pool), results still in order;
 *  `cache`: the build cache directory the cross-agency checks' parse memo lives in. */
export async function perInstansi<T extends Satu>(akar: string, ids: string[], jalan: (id: string, konten: string, k: number) => Promise<T>, serentak = false, cache?: string):
  Promise<{ diagnostics: Diagnostic[]; instansi: HasilSatu<T>[] }> {
  const lintas = periksaLintas(akar, ids, cache);
  const semua: Diagnostic[] = [...lintas];
  const urutan = daftarInstansi(akar);
  const pemdaGalat = adaGalat(lintas.filter((d) => !milik(akar, ids, d)));
  const dilewati = (id: string) => pemdaGalat || adaGalat(lintas.filter((d) => milik(akar, ids, d) === id));
  const mulai = (id: string) => jalan(id, dirInstansi(akar, id), urutan.indexOf(id));
  // started heaviest first (urut-berat.ts): the pool takes them in that order; results below in the Pemda's order
  const berjalan = serentak ? new Map(urutBerat(ids.filter((id) => !dilewati(id)), (id) => dirInstansi(akar, id)).map((id) => [id, mulai(id)])) : undefined;
  if (berjalan) await Promise.allSettled(berjalan.values()); // every agency finished (or failed) before any throw below
  const instansi: HasilSatu<T>[] = [];
  for (const id of ids) {
    if (dilewati(id)) { instansi.push({ id, galat: true, dilewati: true }); continue; }
    const hasil = await (berjalan?.get(id) ?? mulai(id));
    semua.push(...hasil.diagnostics);
    instansi.push({ id, hasil, galat: adaGalat(hasil.diagnostics) });
  }
  return { diagnostics: unik(semua), instansi };
}
