// All or nothing, in process: a disk that fills up, a target that turns read-only and a process killed at every
// file-system call of a write leave the previous output set whole (or, once the journal is written, let the next
// write complete the new one), with no staging directory or temporary file behind; other files stay.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pantau } from '../src/cli/pantau.ts';
import { GagalTulis } from '../src/write/gagal-tulis.ts';
import { pulihkan } from '../src/write/pemulihan.ts';
import { SISTEM } from '../src/write/sistem.ts';
import { writeOutputs, type Output } from '../src/write/write-atomic.ts';
import { BASE } from './helpers.ts';
import { keadaan, sisa, sistemGagal, type Keadaan } from './semua-atau-tidak/keadaan.ts';

let dir: string;
const b = (s: string) => new TextEncoder().encode(s);
const LAMA: Record<string, string> = { 'pk/2025/a.pdf': 'A4 a', 'pk/2025/b.pdf': 'A4 b', 'pk/2025/a.docx': 'A4 a docx', 'lkip/2024/lkip.pdf': 'lkip', 'catatan.txt': 'milik pengguna' };
const BARU: Record<string, string> = { 'pk/2025/a.pdf': 'F4 a', 'pk/2025/b.pdf': 'F4 b', 'pk/2025/a.docx': 'F4 a docx', 'pk/2026/c.pdf': 'F4 c baru' };
const outputs = (): Output[] => Object.entries(BARU).map(([f, s]) => ({ path: path.join(dir, f), bytes: b(s.repeat(2000)) }));

let lama: Keadaan, baru: Keadaan;
function siapkan(): void {
  fs.rmSync(dir, { recursive: true, force: true });
  for (const [f, s] of Object.entries(LAMA)) { fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true }); fs.writeFileSync(path.join(dir, f), s); }
}

beforeAll(async () => { // the two states a write may leave: the old set and the new one
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-sat-'));
  siapkan();
  lama = keadaan(dir);
  await writeOutputs(dir, outputs());
  baru = keadaan(dir);
});
beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-sat-')); siapkan(); });
const tanpaTahap = (k: Keadaan) => Object.fromEntries(Object.entries(k).filter(([f]) => !f.includes('.sakip-staging-')));

describe('writeOutputs: semua atau tidak sama sekali', () => {
  it('replaces exactly the files of this build and keeps the others', async () => {
    await writeOutputs(dir, outputs());
    expect(keadaan(dir)).toEqual(baru);
    expect(Object.keys(baru)).toEqual([...Object.keys(LAMA), 'pk/2026/c.pdf'].sort());
    expect(baru['catatan.txt']).toBe(lama['catatan.txt']);
    expect(baru['lkip/2024/lkip.pdf']).toBe(lama['lkip/2024/lkip.pdf']);
    expect(baru['pk/2025/a.pdf']).not.toBe(lama['pk/2025/a.pdf']);
    expect(sisa(dir)).toEqual([]);
  });

  it('a disk that fills up at any write: GagalTulis ENOSPC naming an output path, the old set whole, nothing left (or, once committed, the new set)', async () => {
    const hitung = sistemGagal(Infinity, 'penuh');
    await writeOutputs(dir, outputs(), hitung);
    const n = hitung.hitung();
    expect(n).toBeGreaterThan(10);
    for (let k = 0; k < n; k++) {
      siapkan();
      const e = await writeOutputs(dir, outputs(), sistemGagal(k, 'penuh')).then(() => undefined, (x: unknown) => x);
      if (!e) { expect(keadaan(dir), `panggilan ${k}`).toEqual(baru); continue; } // only the directory fsyncs were left
      expect(e, `panggilan ${k}`).toBeInstanceOf(GagalTulis);
      expect((e as GagalTulis).kode).toBe('ENOSPC');
      expect((e as GagalTulis).message).toMatch(/^gagal menulis keluaran .+: disk penuh \(ENOSPC\)$/);
      expect(path.resolve((e as GagalTulis).jalur).startsWith(dir), (e as GagalTulis).jalur).toBe(true);
      expect(keadaan(dir), `panggilan ${k}`).toEqual(lama);
    }
  });

  it('a target that turns read-only at any call: the old set, or the new one completed by the next write', async () => {
    const hitung = sistemGagal(Infinity, 'hanya-baca');
    await writeOutputs(dir, outputs(), hitung);
    for (let k = 0; k < hitung.hitung(); k++) {
      siapkan();
      const e = await writeOutputs(dir, outputs(), sistemGagal(k, 'hanya-baca')).then(() => undefined, (x: unknown) => x);
      if (e) expect((e as GagalTulis).kode, `panggilan ${k}`).toBe('EROFS');
      if (e && !sisa(dir).length) expect(keadaan(dir), `panggilan ${k}`).toEqual(lama);
      pulihkan(dir, SISTEM); // the file system is writable again: the next write's start
      expect([lama, baru], `panggilan ${k}`).toContainEqual(keadaan(dir));
    }
  });

  it('a read-only output directory from the start: GagalTulis EROFS naming the directory, nothing created', async () => {
    const tujuan = path.join(dir, 'baru-sama-sekali');
    const e = await writeOutputs(tujuan, [{ path: path.join(tujuan, 'x.pdf'), bytes: b('x') }], sistemGagal(0, 'hanya-baca')).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(GagalTulis);
    expect((e as GagalTulis).message).toBe(`gagal menulis keluaran ${path.resolve(tujuan)}: sistem berkas hanya-baca (EROFS)`);
    expect(fs.existsSync(tujuan)).toBe(false);
  });

  it('one rename refused while swapping in (EACCES on one folder): rolled back to the old set', async () => {
    const sys = { ...SISTEM, renameSync: (a: fs.PathLike, t: fs.PathLike) => { if (String(t).endsWith(path.join('pk', '2025', 'b.pdf'))) throw Object.assign(new Error('EACCES'), { code: 'EACCES' }); SISTEM.renameSync(a, t); } };
    const e = await writeOutputs(dir, outputs(), sys).catch((x: unknown) => x);
    expect((e as GagalTulis).kode).toBe('EACCES');
    expect(keadaan(dir)).toEqual(lama);
  });

  it('a process killed at any file-system call: the old set, or the new set once the next write starts', async () => {
    const hitung = sistemGagal(Infinity, 'mati');
    await writeOutputs(dir, outputs(), hitung);
    const hasil = new Set<string>();
    for (let k = 0; k < hitung.hitung(); k++) {
      siapkan();
      await writeOutputs(dir, outputs(), sistemGagal(k, 'mati')).catch(() => undefined);
      const segera = keadaan(dir);
      // without a journal (not yet written, or removed after the swap) the output files are one whole set
      if (!Object.keys(segera).some((f) => f.endsWith('jurnal.json'))) expect([lama, baru], `panggilan ${k}`).toContainEqual(tanpaTahap(segera));
      pulihkan(dir, SISTEM);
      const akhir = keadaan(dir);
      expect([lama, baru], `panggilan ${k}`).toContainEqual(akhir);
      hasil.add(JSON.stringify(akhir) === JSON.stringify(lama) ? 'lama' : 'baru');
    }
    expect([...hasil].sort()).toEqual(['baru', 'lama']);
  });

  it('`sakip pantau` writes through the same writer: a refused write reaches its error handler as GagalTulis', async () => {
    fs.writeFileSync(path.join(dir, 'berkas'), 'x');
    const galat: unknown[] = [];
    const p = pantau({ konten: BASE, keluaran: path.join(dir, 'berkas/keluaran'), jenis: ['pk'], format: ['pdf'], kertas: 'A4' }, () => undefined, (e) => galat.push(e));
    await p.ready;
    await p.close();
    expect(galat).toHaveLength(1);
    expect((galat[0] as GagalTulis).kode).toBe('ENOTDIR');
  }, 60_000);

  it('a staging directory of a live process is left alone; a dead one without journal is removed', async () => {
    const hidup = path.join(dir, `.sakip-staging-${process.ppid}`), mati = path.join(dir, '.sakip-staging-999999999');
    for (const d of [hidup, mati]) { fs.mkdirSync(path.join(d, 'baru/pk/2025'), { recursive: true }); fs.writeFileSync(path.join(d, 'baru/pk/2025/a.pdf'), 'setengah'); }
    pulihkan(dir, SISTEM);
    expect(fs.existsSync(hidup)).toBe(true);
    expect(fs.existsSync(mati)).toBe(false);
    expect(keadaan(dir)['pk/2025/a.pdf']).toBe(lama['pk/2025/a.pdf']);
  });
});
