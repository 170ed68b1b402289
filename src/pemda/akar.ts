// A Pemda content tree: a root marked by pemda.yaml, shared registries in bersama/ and one folder per agency in
// instansi/<id>/ (today's single-agency layout without what is shared). The folder name is the agency's id on the
// command line (`--instansi`) and in the output (<keluaran>/<id>/…).
import fs from 'node:fs';
import path from 'node:path';

export const PENANDA = 'pemda.yaml';
export const BERSAMA = 'bersama';
export const INSTANSI = 'instansi';

const berkas = (f: string) => !!fs.statSync(f, { throwIfNoEntry: false })?.isFile();

/** Whether `dir` is a Pemda root (holds pemda.yaml). */
export const akarPemda = (dir: string) => berkas(path.join(dir, PENANDA));

/** The shared folder of the Pemda an agency folder (<akar>/instansi/<id>) belongs to, as a path shown to the user;
 *  undefined for a single-agency content directory. */
export function bersamaPemda(konten: string): string | undefined {
  const induk = path.dirname(path.resolve(konten));
  if (path.basename(induk) !== INSTANSI || !akarPemda(path.dirname(induk))) return undefined;
  const dir = path.join(konten, '..', '..', BERSAMA);
  return fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory() ? dir : undefined;
}

/** The agency folders of a Pemda root, sorted by id. */
export function daftarInstansi(akar: string): string[] {
  const dir = path.join(akar, INSTANSI);
  let isi: fs.Dirent[];
  try { isi = fs.readdirSync(dir, { withFileTypes: true }); } catch { return []; }
  return isi.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name).sort();
}

/** The agencies `--instansi` picks (all when none given), in the Pemda's order; unknown ids named. */
export function pilihInstansi(akar: string, pilih?: string[]): { ids: string[] } | { asing: string[]; dikenal: string[] } {
  const dikenal = daftarInstansi(akar);
  if (!pilih?.length) return { ids: dikenal };
  const asing = pilih.filter((id) => !dikenal.includes(id));
  return asing.length ? { asing, dikenal } : { ids: dikenal.filter((id) => pilih.includes(id)) };
}

export const dirInstansi = (akar: string, id: string) => path.join(akar, INSTANSI, id);

/** The Pemda root an agency folder (<akar>/instansi/<id>) belongs to; undefined otherwise. */
export function akarInstansi(konten: string): string | undefined {
  const induk = path.dirname(path.resolve(konten));
  return path.basename(induk) === INSTANSI && akarPemda(path.dirname(induk)) ? path.join(konten, '..', '..') : undefined;
}

/** What a watcher of `konten` watches besides the templates: the folder, and for an agency of a Pemda the
 *  shared folder and pemda.yaml (watched even before they exist). */
export function jalurPantau(konten: string): string[] {
  const akar = akarInstansi(konten);
  return akar ? [konten, path.join(akar, BERSAMA), path.join(akar, PENANDA)] : [konten];
}

/** The agency of a Pemda root a file belongs to by its path: the nearest folder (from the file up) named like one
 *  of its agencies, as in <keluaran>/<id>/pk/2025/… or <keluaran>/<id>/isian/…; undefined when none is. */
export function instansiDariJalur(akar: string, berkas: string): string | undefined {
  const ids = new Set(daftarInstansi(akar));
  return path.resolve(berkas).split(path.sep).slice(0, -1).reverse().find((s) => ids.has(s));
}
