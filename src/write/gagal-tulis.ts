// A write that the file system refused (disk full, read-only, no permission …): an Indonesian message naming the
// path, and the CLI's exit code 4. The previous output set is whole whenever this is thrown.
import path from 'node:path';

const SEBAB: Record<string, string> = {
  ENOSPC: 'disk penuh',
  EDQUOT: 'kuota disk habis',
  EROFS: 'sistem berkas hanya-baca',
  EACCES: 'tidak ada izin menulis',
  EPERM: 'operasi tidak diizinkan (izin atau atribut berkas)',
  ENOTDIR: 'salah satu bagian jalurnya bukan direktori',
  EISDIR: 'jalur itu sebuah direktori',
  EEXIST: 'jalur itu sudah ada dan bukan direktori',
  ENOENT: 'jalur tidak ada',
  ENAMETOOLONG: 'nama jalur terlalu panjang',
  EIO: 'galat perangkat penyimpanan (I/O)',
  EMFILE: 'terlalu banyak berkas terbuka',
  ENFILE: 'terlalu banyak berkas terbuka',
  EBUSY: 'berkas sedang dipakai program lain',
  ETXTBSY: 'berkas sedang dipakai program lain',
  EXDEV: 'direktori keluaran melintasi dua sistem berkas',
  ELOOP: 'tautan simbolik berputar',
  KUNCI: 'direktori keluaran sedang ditulis build lain', // src/write/kunci.ts
};

/** A path as the user typed it: relative to the working directory when inside it, absolute otherwise. */
const tampil = (p: string) => { const r = path.relative(process.cwd(), p); return !r ? '.' : r.startsWith('..') || path.isAbsolute(r) ? path.resolve(p) : r; };

export class GagalTulis extends Error {
  constructor(readonly jalur: string, readonly kode: string, catatan = '') {
    super(`gagal menulis keluaran ${tampil(jalur)}: ${SEBAB[kode] ?? 'galat sistem berkas'} (${kode})${catatan}`);
    this.name = 'GagalTulis';
  }
}

const kodeDari = (e: unknown) => (e as NodeJS.ErrnoException)?.code;

/** A file-system error as GagalTulis, reported at `jalur` (the output path the user knows, not the staging path);
 *  anything that is not a file-system error is rethrown as it is. */
export function sebagaiGagalTulis(e: unknown, jalur: string, catatan = ''): GagalTulis {
  if (e instanceof GagalTulis) return e;
  const kode = kodeDari(e);
  if (typeof kode !== 'string' || !/^E[A-Z]+$/.test(kode)) throw e;
  return new GagalTulis(jalur, kode, catatan);
}
