// Hash of every content file, taken BEFORE the content is loaded (a file saved in between then differs from its
// recorded hash next time: recomputed, never stale). Paths are shown as the loader shows them (root joined, "/").
// `daftar` hashes the list of paths, and for an agency of a Pemda every shared file too (pemda.yaml, bersama/):
// a file added, removed or renamed, or any shared change, invalidates every recorded dependency at once.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { bacaBiasa } from '../load/baca-biasa.ts';
import { jalurPantau } from '../pemda/akar.ts';
import { jelajah } from './jelajah.ts';

export interface SidikKonten {
  /** shown path -> sha256 of its bytes */
  berkas: Map<string, string>;
  daftar: string;
  /** every file of a top folder of the content (bersama/ included), "*modul" for the kinds' folders, "*logo" */
  folder(top: string): readonly string[];
}

const posix = (p: string) => p.split(path.sep).join('/');
const sha = (b: Uint8Array | string) => crypto.createHash('sha256').update(b).digest('hex');

function jalan(root: string, out: [string, string, string][], bagian?: Map<string, string>): void {
  jelajah(root, true, (r, full, isi) => {
    if (isi === '/' || !r) return; // a folder (its files follow), or the root unreadable
    const f = posix(full);
    out.push([f, r.split('/')[0], typeof isi === 'string' ? isi : sha(isi)]);
    if (bagian && typeof isi !== 'string' && r.endsWith('.md')) for (const [k, x] of Object.entries(bagianMd(isi))) bagian.set(`${f}#${k}`, x);
  });
}

const FENCE = /^---[ \t]*$/;
/** Hashes of a Markdown file's front matter and body, split as the loader splits them (src/load/markdown-source.ts);
 *  the body's hash includes the line it starts on (section positions). Text that is not plain UTF-8, or without
 *  front matter: both are the whole file. */
function bagianMd(bytes: Buffer): { front: string; isi: string } {
  let text: string;
  try { text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/\r\n?/g, '\n'); } catch { const x = sha(bytes); return { front: x, isi: x }; }
  const lines = text.split('\n');
  const close = FENCE.test(lines[0]) ? lines.findIndex((l, i) => i > 0 && FENCE.test(l)) : -1;
  if (close < 0) { const x = sha(bytes); return { front: x, isi: x }; }
  return { front: sha(`front\0${lines.slice(0, close + 1).join('\n')}`), isi: sha(`isi\0${close}\0${lines.slice(close + 1).join('\n')}`) };
}

/** `modul`: the folders the kinds claim (src/jenis/jenis.ts, SumberYaml). */
export function sidikKonten(konten: string, modul: readonly string[]): SidikKonten {
  const semua: [string, string, string][] = [];
  const bagian = new Map<string, string>();
  jalan(konten, semua, bagian);
  const h = crypto.createHash('sha256').update('sakip-daftar-1\0');
  for (const [f] of semua) h.update(`${f}\0`);
  // an agency of a Pemda also reads the shared registries (bersama/) and pemda.yaml (src/pemda/akar.ts)
  for (const luar of jalurPantau(konten).slice(1)) {
    const xs: [string, string, string][] = [];
    if (fs.statSync(luar, { throwIfNoEntry: false })?.isDirectory()) jalan(luar, xs);
    else { try { xs.push([posix(luar), '', sha(bacaBiasa(luar))]); } catch { /* absent */ } }
    for (const [f, , x] of xs) h.update(`${f}\0${x}\0`);
    semua.push(...xs);
  }
  const berkas = new Map([...semua.map(([f, , x]): [string, string] => [f, x]), ...bagian]);
  const perTop = new Map<string, string[]>();
  for (const [f, top] of semua) { if (!perTop.has(top)) perTop.set(top, []); perTop.get(top)!.push(f); }
  // the logo: instansi.yaml names it, any file that is not content text may be it
  const logo = [posix(path.join(konten, 'instansi.yaml')), ...semua.map(([f]) => f).filter((f) => !/\.(md|ya?ml)$/i.test(f))];
  return {
    berkas, daftar: h.digest('hex'),
    folder: (top) => (top === '*modul' ? modul.flatMap((m) => perTop.get(m) ?? []) : top === '*logo' ? logo : perTop.get(top) ?? []),
  };
}
