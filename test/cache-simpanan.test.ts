// The build cache's entries on disk (src/cache/simpanan.ts): what was stored is read back; a flipped byte, a
// truncated entry or one of the earlier SHA-256 format (SAKIPCACHE1) misses and is removed, never a crash.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bukaCache, kepalaEntri } from '../src/cache/simpanan.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-simpanan-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const isi = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 31) % 251));

function simpan(kunci: string): string {
  const c = bukaCache(dir);
  c.simpan(kunci, 'pdf', isi);
  c.tulis();
  return path.join(dir, `${kunci}-pdf.sakip`);
}

describe('entri cache', () => {
  it('is read back as stored; the header holds format, length and CRC-32', () => {
    const f = simpan('a');
    expect(Buffer.from(bukaCache(dir).ambil('a', 'pdf')!)).toEqual(isi);
    expect(fs.readFileSync(f).subarray(0, fs.readFileSync(f).indexOf(10) + 1)).toEqual(kepalaEntri('pdf', isi));
    expect(bukaCache(dir).ambil('a', 'docx')).toBeUndefined(); // another format's name: no entry
  });

  it.each([0, 1, 2500, 4999])('a flipped bit at byte %i of the data misses and is removed', (i) => {
    const f = simpan(`b${i}`);
    const b = fs.readFileSync(f);
    b[b.indexOf(10) + 1 + i] ^= 0x01;
    fs.writeFileSync(f, b);
    expect(bukaCache(dir).ambil(`b${i}`, 'pdf')).toBeUndefined();
    expect(fs.existsSync(f)).toBe(false);
  });

  it('a truncated entry, a damaged header or one of the earlier SHA-256 format misses', () => {
    const rusak: Record<string, (b: Buffer) => Buffer> = {
      potong: (b) => b.subarray(0, b.length - 1),
      kosong: () => Buffer.alloc(0),
      tanpaBaris: (b) => b.subarray(0, 10),
      kepala: (b) => { const c = Buffer.from(b); c[c.indexOf(10) - 2] ^= 0x01; return c; },
      lama: () => Buffer.concat([Buffer.from(`SAKIPCACHE1 pdf ${isi.length} ${crypto.createHash('sha256').update(isi).digest('hex')}\n`), isi]),
    };
    for (const [k, ubah] of Object.entries(rusak)) {
      const f = simpan(k);
      fs.writeFileSync(f, ubah(fs.readFileSync(f)));
      expect(bukaCache(dir).ambil(k, 'pdf'), k).toBeUndefined();
      expect(fs.existsSync(f), k).toBe(false);
    }
  });
});
