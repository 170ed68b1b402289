// The files a cache hash reads (src/cache/manifest.ts, sidik-konten.ts), walked as the content reader walks
// (src/load/jalan-folder.ts) so that no content can make a hash hang, loop or read outside its folder: only regular
// files are read (a pipe, socket or device is named, never opened; a file above the reader's size limit is named with
// its size and time instead of read), and every other entry is named by what it is.
import { BUKAN_BIASA, bacaBiasa } from '../load/baca-biasa.ts';
import { jalanFolder, type Entri } from '../load/jalan-folder.ts';
import { MAX_BYTES } from '../load/read-content.ts';

/** `isi`: a file's bytes, '/' for a folder (its entries follow), or a mark for what is not read. */
export type Kunjung = (rel: string, full: string, isi: Buffer | string) => void;

const TANDA: { [J in Entri['jenis']]: (e: Extract<Entri, { jenis: J }>) => Buffer | string } = {
  folder: () => '/',
  berkas: (e) => (e.ukuran > MAX_BYTES ? `(besar ${e.ukuran} ${e.mtimeMs})` : baca(e.full)),
  'bukan-biasa': () => '(bukan berkas biasa)',
  'tautan-putus': (e) => `(tautan putus ${e.tujuan})`,
  'tautan-luar': (e) => `(tautan luar ${e.tujuan})`,
  perulangan: () => '(perulangan)',
  'tidak-terbaca': () => '(tidak terbaca)',
};

function baca(full: string): Buffer | string {
  try { return bacaBiasa(full); } catch (e) { return (e as NodeJS.ErrnoException).code === BUKAN_BIASA ? '(bukan berkas biasa)' : '(tidak terbaca)'; }
}

export function jelajah(root: string, lewatiTersembunyi: boolean, kunjung: Kunjung): void {
  jalanFolder(root, { lewatiTersembunyi }, (e) => kunjung(e.rel, e.full, (TANDA[e.jenis] as (e: Entri) => Buffer | string)(e)));
}
