// Stage 1 (I/O): read every file of a content directory into memory. Never throws except for a missing content
// directory: a file that cannot be taken as content (bad name, link leaving the directory, not UTF-8, empty,
// unreadable) becomes a diagnostic and is left out. The walk (links, loops, hidden entries) is src/load/jalan-folder.ts.
import fs from 'node:fs';
import path from 'node:path';
import { diag, type Code, type Diagnostic } from '../validate/diagnostics.ts';
import { bacaBiasa } from './baca-biasa.ts';
import { decodeContent } from './decode.ts';
import { badName, visible } from './file-name.ts';
import { jalanFolder, type Entri } from './jalan-folder.ts';

export interface RawFile { rel: string; text: string }
/** `others`: files that are not content (.md, .yaml, .yml) and were not read; `folders`: every folder walked. */
export interface RawContent { root: string; files: RawFile[]; others: string[]; folders: string[]; diagnostics: Diagnostic[] }

const CONTENT_FILE = /\.(ya?ml|md)$/;
export const MAX_BYTES = 8 * 1024 * 1024;
const posix = (p: string) => p.split(path.sep).join('/');

/** What each kind of entry becomes: a diagnostic (code and message), or the entry taken in. */
const LAPOR: { [J in Entri['jenis']]: (e: Extract<Entri, { jenis: J }>, out: RawContent) => [Code, string] | undefined } = {
  folder: (e, out) => { out.folders.push(e.rel); return undefined; },
  berkas: (e, out) => baca(e, out),
  'bukan-biasa': () => ['BERKAS_TIDAK_TERBACA', 'bukan berkas biasa (mis. pipa, soket atau perangkat); tidak dibaca'],
  'tautan-putus': (e) => ['BERKAS_TIDAK_TERBACA', `tautan simbolik menunjuk ke "${e.tujuan}" yang tidak ada`],
  'tautan-luar': (e) => ['TAUTAN_LUAR', `tautan simbolik menunjuk ke luar direktori konten ("${e.tujuan}"); tidak dibaca`],
  perulangan: () => ['BERKAS_TIDAK_DIKENAL', 'tautan simbolik ke folder induknya sendiri (perulangan); dilewati'],
  'tidak-terbaca': (e) => ['BERKAS_TIDAK_TERBACA', `${e.folder ? 'folder ' : ''}tidak dapat dibaca (${e.kode})`],
};

function baca(e: Extract<Entri, { jenis: 'berkas' }>, out: RawContent): [Code, string] | undefined {
  if (!CONTENT_FILE.test(e.rel)) { out.others.push(e.rel); return undefined; }
  if (e.ukuran > MAX_BYTES) return ['BERKAS_TIDAK_TERBACA', `berkas terlalu besar (${Math.round(e.ukuran / 1048576)} MB; batas ${MAX_BYTES / 1048576} MB)`];
  let bytes: Buffer;
  try { bytes = bacaBiasa(e.full); } catch (err) { return ['BERKAS_TIDAK_TERBACA', `berkas tidak dapat dibaca (${(err as NodeJS.ErrnoException).code ?? 'galat'})`]; }
  const d = decodeContent(posix(path.join(out.root, e.rel)), bytes);
  if ('error' in d) out.diagnostics.push(d.error);
  else out.files.push({ rel: e.rel, text: d.text });
  return undefined;
}

export function readContent(root: string): RawContent {
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) throw new Error(`direktori konten tidak ditemukan: ${root}`);
  const out: RawContent = { root, files: [], others: [], folders: [], diagnostics: [] };
  const report = (rel: string, code: Code, message: string) =>
    out.diagnostics.push(diag(code, { file: posix(path.join(root, rel)), line: 1, column: 1 }, message));
  const terima = (nama: string, rel: string) => {
    const why = badName(nama);
    if (why) report(rel.slice(0, rel.length - nama.length) + visible(nama), 'NAMA_BERKAS', why);
    return !why;
  };
  jalanFolder(root, { lewatiTersembunyi: true, terima }, (e) => {
    const d = (LAPOR[e.jenis] as (e: Entri, out: RawContent) => [Code, string] | undefined)(e, out);
    if (d) report(e.rel, ...d);
  });
  return out;
}
