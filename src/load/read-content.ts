// Stage 1 (I/O): read every file of a content directory into memory. Never throws except for a missing content
// directory: a file that cannot be taken as content (bad name, link leaving the directory, not UTF-8, empty,
// unreadable) becomes a diagnostic and is left out.
import fs from 'node:fs';
import path from 'node:path';
import { diag, type Code, type Diagnostic } from '../validate/diagnostics.ts';
import { decodeContent } from './decode.ts';
import { badName, visible } from './file-name.ts';

export interface RawFile { rel: string; text: string }
/** `others`: files that are not content (.md, .yaml, .yml) and were not read; `folders`: every folder walked. */
export interface RawContent { root: string; files: RawFile[]; others: string[]; folders: string[]; diagnostics: Diagnostic[] }

const CONTENT_FILE = /\.(ya?ml|md)$/;
export const MAX_BYTES = 8 * 1024 * 1024;
const posix = (p: string) => p.split(path.sep).join('/');

/** `open`: real paths of the folders being walked (a link to one of them is a cycle). */
interface Walk { root: string; realRoot: string; open: string[]; out: RawContent }

function report(w: Walk, rel: string, code: Code, message: string) {
  w.out.diagnostics.push(diag(code, { file: posix(path.join(w.root, rel)), line: 1, column: 1 }, message));
}

const inside = (w: Walk, real: string) => real === w.realRoot || real.startsWith(w.realRoot + path.sep);

function readFile(w: Walk, full: string, rel: string) {
  let bytes: Buffer;
  try {
    const st = fs.statSync(full);
    if (st.size > MAX_BYTES) return report(w, rel, 'BERKAS_TIDAK_TERBACA', `berkas terlalu besar (${Math.round(st.size / 1048576)} MB; batas ${MAX_BYTES / 1048576} MB)`);
    bytes = fs.readFileSync(full);
  } catch (e) {
    return report(w, rel, 'BERKAS_TIDAK_TERBACA', `berkas tidak dapat dibaca (${(e as NodeJS.ErrnoException).code ?? 'galat'})`);
  }
  const d = decodeContent(posix(path.join(w.root, rel)), bytes);
  if ('error' in d) w.out.diagnostics.push(d.error);
  else w.out.files.push({ rel, text: d.text });
}

function walk(w: Walk, dir: string, rel: string) {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    return report(w, rel, 'BERKAS_TIDAK_TERBACA', `folder tidak dapat dibaca (${(e as NodeJS.ErrnoException).code ?? 'galat'})`);
  }
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name.startsWith('.') && !e.name.startsWith('..')) continue; // .git, .gitkeep, editor files
    const childRel = rel ? `${rel}/${e.name}` : e.name;
    const why = badName(e.name);
    if (why) { report(w, rel ? `${rel}/${visible(e.name)}` : visible(e.name), 'NAMA_BERKAS', why); continue; }
    try {
      entry(w, path.join(dir, e.name), childRel);
    } catch (err) {
      report(w, childRel, 'BERKAS_TIDAK_TERBACA', `tidak dapat dibaca (${(err as NodeJS.ErrnoException).code ?? 'galat'})`);
    }
  }
}

function entry(w: Walk, full: string, rel: string) {
  let real = full;
  if (fs.lstatSync(full).isSymbolicLink()) {
    const target = fs.readlinkSync(full);
    try { real = fs.realpathSync(full); } catch { return report(w, rel, 'BERKAS_TIDAK_TERBACA', `tautan simbolik menunjuk ke "${target}" yang tidak ada`); }
    if (!inside(w, real)) return report(w, rel, 'TAUTAN_LUAR', `tautan simbolik menunjuk ke luar direktori konten ("${target}"); tidak dibaca`);
  }
  const st = fs.statSync(real);
  if (st.isDirectory()) {
    const key = fs.realpathSync(real);
    if (w.open.includes(key)) return report(w, rel, 'BERKAS_TIDAK_DIKENAL', 'tautan simbolik ke folder induknya sendiri (perulangan); dilewati');
    w.open.push(key);
    w.out.folders.push(rel);
    walk(w, full, rel);
    w.open.pop();
  } else if (!st.isFile()) report(w, rel, 'BERKAS_TIDAK_TERBACA', 'bukan berkas biasa (mis. pipa, soket atau perangkat); tidak dibaca');
  else if (CONTENT_FILE.test(rel)) readFile(w, full, rel);
  else w.out.others.push(rel);
}

export function readContent(root: string): RawContent {
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) throw new Error(`direktori konten tidak ditemukan: ${root}`);
  const realRoot = fs.realpathSync(root);
  const out: RawContent = { root, files: [], others: [], folders: [], diagnostics: [] };
  walk({ root, realRoot, open: [realRoot], out }, root, '');
  return out;
}
