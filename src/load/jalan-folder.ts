// One walk of a folder, shared by the content reader (src/load/read-content.ts) and the cache's hashes
// (src/cache/jelajah.ts), so both see the same entries: names in one order, hidden entries (".x", not "..x") left out
// where asked, symbolic links followed only to a place inside the root, a folder reached again through a link not
// entered twice. Every entry is named with what it is; nothing is opened here (a pipe or device is only stat'ed), so
// no content can make a walk hang, loop or leave its folder. The caller decides what to read and what to report.
import fs from 'node:fs';
import path from 'node:path';

interface Di { rel: string; full: string }
export type Entri =
  | Di & { jenis: 'folder'; nyata: string } // its entries follow; nyata: its real path
  | Di & { jenis: 'berkas'; ukuran: number; mtimeMs: number } // a regular file, not read
  | Di & { jenis: 'bukan-biasa' } // a pipe, socket or device
  | Di & { jenis: 'tautan-putus'; tujuan: string } // a link to nothing (tujuan: what it says)
  | Di & { jenis: 'tautan-luar'; tujuan: string } // a link to a place outside the root
  | Di & { jenis: 'perulangan' } // a link to a folder being walked
  | Di & { jenis: 'tidak-terbaca'; folder: boolean; kode: string }; // kode: the system's error code, or 'galat'

export interface OpsiJalan {
  lewatiTersembunyi: boolean;
  /** Asked for each name before it is looked at: false leaves it out (the reader reports a bad name there). */
  terima?: (nama: string, rel: string) => boolean;
}

const kodeDari = (e: unknown) => (e as NodeJS.ErrnoException).code ?? 'galat';

/** Visits every entry under `root` (rel '' is the root itself, only when it cannot be read), in name order. */
export function jalanFolder(root: string, opsi: OpsiJalan, kunjung: (e: Entri) => void): void {
  let realRoot: string;
  try { realRoot = fs.realpathSync(root); } catch (e) { return kunjung({ jenis: 'tidak-terbaca', rel: '', full: root, folder: true, kode: kodeDari(e) }); }
  const di = (real: string) => real === realRoot || real.startsWith(realRoot + path.sep);
  const terbuka = [realRoot]; // real paths of the folders being walked: a link to one of them is a loop

  const jalan = (dir: string, rel: string): void => {
    let nama: string[];
    try { nama = fs.readdirSync(dir).sort((a, b) => a.localeCompare(b)); } catch (e) { return kunjung({ jenis: 'tidak-terbaca', rel, full: dir, folder: true, kode: kodeDari(e) }); }
    for (const n of nama) {
      if (opsi.lewatiTersembunyi && n.startsWith('.') && !n.startsWith('..')) continue; // .git, .gitkeep, editor files
      const r = rel ? `${rel}/${n}` : n, full = path.join(dir, n);
      if (opsi.terima && !opsi.terima(n, r)) continue;
      let e: Entri;
      try { e = entri(full, r); } catch (err) { e = { jenis: 'tidak-terbaca', rel: r, full, folder: false, kode: kodeDari(err) }; }
      kunjung(e);
      if (e.jenis !== 'folder') continue;
      terbuka.push(e.nyata);
      try { jalan(full, r); } finally { terbuka.pop(); }
    }
  };

  const entri = (full: string, rel: string): Entri => {
    let real = full;
    if (fs.lstatSync(full).isSymbolicLink()) {
      const tujuan = fs.readlinkSync(full);
      try { real = fs.realpathSync(full); } catch { return { jenis: 'tautan-putus', rel, full, tujuan }; }
      if (!di(real)) return { jenis: 'tautan-luar', rel, full, tujuan };
    }
    const st = fs.statSync(real);
    if (st.isDirectory()) {
      const nyata = fs.realpathSync(real);
      return terbuka.includes(nyata) ? { jenis: 'perulangan', rel, full } : { jenis: 'folder', rel, full, nyata };
    }
    if (!st.isFile()) return { jenis: 'bukan-biasa', rel, full };
    return { jenis: 'berkas', rel, full, ukuran: st.size, mtimeMs: st.mtimeMs };
  };

  jalan(root, '');
}
