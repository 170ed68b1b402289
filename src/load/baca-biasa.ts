// Reading a file that must be a regular file, without ever waiting: opened non-blocking and checked on the open
// descriptor, so a pipe, socket or device (or a file swapped for one meanwhile) throws instead of blocking a read
// or streaming forever (/dev/zero).
import fs from 'node:fs';

/** Error codes: BUKAN_BIASA (not a regular file), TERLALU_BESAR (above `maks` bytes); else the system's. */
export const BUKAN_BIASA = 'BUKAN_BIASA';
export const TERLALU_BESAR = 'TERLALU_BESAR';

export function bacaBiasa(f: string, maks = Infinity): Buffer {
  const fd = fs.openSync(f, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) throw Object.assign(new Error(`bukan berkas biasa: ${f}`), { code: BUKAN_BIASA });
    if (st.size > maks) throw Object.assign(new Error(`berkas terlalu besar: ${f}`), { code: TERLALU_BESAR, size: st.size });
    return fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
