// The files a cache hash reads (src/cache/manifest.ts, sidik-konten.ts), walked by the content reader's rules
// (src/load/read-content.ts) so that no content can make a hash hang, loop or read outside its folder: symbolic
// links followed only to a place inside the root, a folder reached again through a link not entered twice, and
// only regular files read (a pipe, socket or device is named, never opened; a file above the reader's size limit is
// named with its size and time instead of read). Entries in name order; hidden ones skipped where the reader skips them.
import fs from 'node:fs';
import path from 'node:path';
import { BUKAN_BIASA, bacaBiasa } from '../load/baca-biasa.ts';
import { MAX_BYTES } from '../load/read-content.ts';

/** `isi`: a file's bytes, '/' for a folder (its entries follow), or a mark for what is not read. */
export type Kunjung = (rel: string, full: string, isi: Buffer | string) => void;

export function jelajah(root: string, lewatiTersembunyi: boolean, kunjung: Kunjung): void {
  let realRoot: string;
  try { realRoot = fs.realpathSync(root); } catch { kunjung('', root, '(tidak terbaca)'); return; }
  const di = (real: string) => real === realRoot || real.startsWith(realRoot + path.sep);
  const terbuka = [realRoot];
  const jalan = (dir: string, rel: string): void => {
    let nama: string[];
    try { nama = fs.readdirSync(dir).sort(); } catch { kunjung(rel, dir, '(tidak terbaca)'); return; }
    for (const n of nama) {
      if (lewatiTersembunyi && n.startsWith('.') && !n.startsWith('..')) continue;
      const r = rel ? `${rel}/${n}` : n, full = path.join(dir, n);
      try { satu(full, r); } catch { kunjung(r, full, '(tidak terbaca)'); }
    }
  };
  const satu = (full: string, r: string): void => {
    const l = fs.lstatSync(full);
    let st = l;
    if (l.isSymbolicLink()) {
      const tuju = fs.readlinkSync(full);
      let real: string;
      try { real = fs.realpathSync(full); } catch { return kunjung(r, full, `(tautan putus ${tuju})`); }
      if (!di(real)) return kunjung(r, full, `(tautan luar ${tuju})`);
      st = fs.statSync(real);
    }
    if (st.isDirectory()) {
      const key = fs.realpathSync(full);
      if (terbuka.includes(key)) return kunjung(r, full, '(perulangan)');
      kunjung(r, full, '/');
      terbuka.push(key);
      try { jalan(full, r); } finally { terbuka.pop(); }
    } else if (st.size > MAX_BYTES) kunjung(r, full, `(besar ${st.size} ${st.mtimeMs})`);
    else {
      let isi: Buffer | string;
      try { isi = bacaBiasa(full); } catch (e) { isi = (e as NodeJS.ErrnoException).code === BUKAN_BIASA ? '(bukan berkas biasa)' : '(tidak terbaca)'; }
      kunjung(r, full, isi);
    }
  };
  jalan(root, '');
}
