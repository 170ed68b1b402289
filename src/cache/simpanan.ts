// The build cache on disk: one file per rendered document and format, `<key>-<format>.sakip`, holding a header
// with the format, byte length and CRC-32 of the bytes, then the bytes. A read verifies all three, so a truncated,
// corrupt or foreign entry is dropped and the document rendered again. CRC-32, not a cryptographic hash: the cache is
// local and the check is against damage (a killed write, a bad disk), not an attacker; SHA-256 of every entry read was
// ~8 % of a paragraph rebuild's instructions (issue 15). Entries of the earlier SHA-256 format (SAKIPCACHE1) just miss. Bounded: after a build writes entries, the
// least recently used (file mtime, touched on every hit) are removed until the directory fits `maksByte`. Best
// effort throughout: a cache that cannot be read or written never fails a build.
import fs from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import zlib from 'node:zlib';

export const MAKS_BAWAAN = 500 * 1024 * 1024;
const MAGIC = 'SAKIPCACHE2';
const AKHIRAN = '.sakip';

export interface Cache {
  ambil(kunci: string, format: string): Uint8Array | undefined;
  /** Whether an entry is on disk (not read nor verified: `ambil` may still drop it). */
  ada(kunci: string, format: string): boolean;
  simpan(kunci: string, format: string, bytes: Uint8Array): void;
  /** Writes the entries kept by `simpan` (call after the outputs are written), then evicts. */
  tulis(): void;
}

const crc = (b: Uint8Array) => zlib.crc32(b).toString(16).padStart(8, '0');

/** An entry's header line (exported for tests that write entries). */
export const kepalaEntri = (format: string, bytes: Uint8Array): Buffer => Buffer.from(`${MAGIC} ${format} ${bytes.length} ${crc(bytes)}\n`, 'latin1');

export function bukaCache(dir: string, maksByte = MAKS_BAWAAN): Cache {
  const jalur = (kunci: string, format: string) => path.join(dir, `${kunci}-${format}${AKHIRAN}`);
  const tertunda = new Map<string, { format: string; bytes: Uint8Array }>();
  return {
    ambil(kunci, format) {
      const f = jalur(kunci, format);
      let isi: Buffer;
      try { isi = fs.readFileSync(f); } catch { return undefined; }
      const nl = isi.indexOf(10);
      const [magic, fmt, panjang, hash] = isi.subarray(0, Math.max(nl, 0)).toString('latin1').split(' ');
      const bytes = isi.subarray(nl + 1);
      if (nl < 0 || magic !== MAGIC || fmt !== format || Number(panjang) !== bytes.length || crc(bytes) !== hash) {
        try { fs.rmSync(f, { force: true }); } catch { /* read-only: rendered again anyway */ }
        return undefined;
      }
      const kini = new Date();
      try { fs.utimesSync(f, kini, kini); } catch { /* recency only */ }
      return bytes;
    },
    ada: (kunci, format) => fs.existsSync(jalur(kunci, format)),
    simpan(kunci, format, bytes) { tertunda.set(jalur(kunci, format), { format, bytes }); },
    tulis() {
      if (!tertunda.size) return;
      try { fs.mkdirSync(dir, { recursive: true }); } catch { return; }
      for (const [f, { format, bytes }] of tertunda) {
        const tmp = `${f}.${process.pid}-${threadId}.tmp`; // a Pemda's agency workers share the pid
        try {
          fs.writeFileSync(tmp, Buffer.concat([kepalaEntri(format, bytes), bytes]));
          fs.renameSync(tmp, f);
        } catch {
          try { fs.rmSync(tmp, { force: true }); } catch { /* nothing more to do */ }
        }
      }
      tertunda.clear();
      usir(dir, maksByte);
    },
  };
}

/** Removes the least recently used entries until the cache holds at most `maksByte`. */
export function usir(dir: string, maksByte: number): void {
  let entri: { f: string; size: number; mtime: number }[];
  try {
    const nama = fs.readdirSync(dir);
    for (const n of nama.filter((x) => x.endsWith('.tmp'))) { // left by a killed build
      const f = path.join(dir, n);
      try { if (Date.now() - fs.statSync(f).mtimeMs > 3_600_000) fs.rmSync(f, { force: true }); } catch { /* gone */ }
    }
    entri = nama.filter((n) => n.endsWith(AKHIRAN)).map((n) => {
      const s = fs.statSync(path.join(dir, n));
      return { f: path.join(dir, n), size: s.size, mtime: s.mtimeMs };
    });
  } catch { return; }
  let total = entri.reduce((a, e) => a + e.size, 0);
  for (const e of entri.sort((a, b) => a.mtime - b.mtime || a.f.localeCompare(b.f))) {
    if (total <= maksByte) break;
    try { fs.rmSync(e.f, { force: true }); total -= e.size; } catch { /* try the next */ }
  }
}
