// The output folder's lock (src/write/kunci.ts): two CLI builds into one folder land one whole set after the
// other; a writer waits for a live lock (one message), takes over a stale one (dead pid, an earlier process with
// our pid, a torn file) and gives up after its time limit with GagalTulis KUNCI (exit 4); outputs left out as
// unchanged are checked again under the lock.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GagalTulis } from '../src/write/gagal-tulis.ts';
import { ambilKunci, NAMA_KUNCI } from '../src/write/kunci.ts';
import { keluaranBerubah } from '../src/write/tulis-berubah.ts';
import { writeOutputs, type Output } from '../src/write/write-atomic.ts';
import { BASE, ROOT } from './helpers.ts';
import { keadaan, sisa } from './semua-atau-tidak/keadaan.ts';

const BIN = path.join(ROOT, 'bin/sakip.js');
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-kunci-'));
const b = (s: string) => new TextEncoder().encode(s);
const set = (dir: string, isi: string): Output[] => ['pk/a.pdf', 'pk/b.pdf', 'iku/c.pdf'].map((f) => ({ path: path.join(dir, f), bytes: b(`${isi} ${f}`) }));
const tulisKunci = (dir: string, isi: object) => { fs.mkdirSync(dir, { recursive: true }); fs.writeFileSync(path.join(dir, NAMA_KUNCI), JSON.stringify(isi)); };
const kunciKita = () => ({ pid: process.pid, host: os.hostname(), thread: 0, proses: Math.round(Date.now() - process.uptime() * 1000), mulai: Date.now(), token: 'uji' });

/** A pid that no longer runs: a child process that has exited. */
function pidMati(): number {
  const r = spawnSync('node', ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
  const pid = Number(r.stdout.trim());
  expect(() => process.kill(pid, 0)).toThrow();
  return pid;
}

/** A CLI run; `menunggu` resolves once it says on stderr that it waits for the lock. */
function jalankan(args: string[]): { selesai: Promise<{ status: number | null; stderr: string }>; menunggu: Promise<void> } {
  const p = spawn('node', [BIN, ...args], { cwd: ROOT });
  let stderr = '', tanda: () => void;
  const menunggu = new Promise<void>((r) => { tanda = r; });
  p.stderr.on('data', (d) => { stderr += d; if (stderr.includes('menunggu')) tanda(); });
  return { menunggu, selesai: new Promise((resolve) => p.on('exit', (status) => resolve({ status, stderr }))) };
}

describe('kunci direktori keluaran', () => {
  it('two CLI builds (A4 and F4) into one folder at once: one whole set, both waiting for a held lock', async () => {
    const A4 = ['build', '--jenis', 'pk', '--konten', BASE, '--senyap'];
    const F4 = [...A4, '--kertas', 'F4'];
    const [ra, rf] = [tmp(), tmp()];
    expect(spawnSync('node', [BIN, ...A4, '--keluaran', ra], { cwd: ROOT }).status).toBe(0);
    expect(spawnSync('node', [BIN, ...F4, '--keluaran', rf], { cwd: ROOT }).status).toBe(0);
    const [setA4, setF4] = [keadaan(ra), keadaan(rf)];
    expect(setA4).not.toEqual(setF4);
    for (let i = 0; i < 2; i++) {
      const dir = tmp();
      fs.cpSync(ra, dir, { recursive: true }); // over the A4 set: the F4 build replaces files the A4 build leaves
      let lepas: (() => void) | undefined;
      if (i === 0) lepas = await ambilKunci(dir); // held by this test until both builds wait at it
      const jalan = [jalankan([...F4, '--keluaran', dir]), jalankan([...A4, '--keluaran', dir])];
      if (lepas) {
        await Promise.all(jalan.map((j) => j.menunggu));
        lepas();
      }
      const hasil = await Promise.all(jalan.map((j) => j.selesai));
      expect(hasil.map((h) => h.status)).toEqual([0, 0]);
      if (i === 0) for (const h of hasil) expect(h.stderr).toMatch(new RegExp(`menunggu build lain \\(pid ${process.pid}, mulai \\d\\d:\\d\\d:\\d\\d UTC\\) selesai menulis ${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}…`));
      expect([setA4, setF4], `percobaan ${i}: ${JSON.stringify(keadaan(dir))}`).toContainEqual(keadaan(dir));
      expect(sisa(dir)).toEqual([]);
    }
  }, 240_000);

  it('a stale lock is taken over without waiting: dead pid, an earlier process with our pid, a torn file', async () => {
    for (const basi of [
      { ...kunciKita(), pid: pidMati() },
      { ...kunciKita(), proses: Date.now() - 3_600_000 },
      { ...kunciKita(), pid: 1, host: 'mesin-lain', mulai: Date.now() - 11 * 60_000 }, // older than 10 min
    ]) {
      const dir = tmp();
      tulisKunci(dir, basi);
      const pesan: string[] = [];
      const lepas = await ambilKunci(dir, { lapor: (s) => pesan.push(s), batasTunggu: 2000 });
      expect(JSON.parse(fs.readFileSync(path.join(dir, NAMA_KUNCI), 'utf8')).token).not.toBe('uji');
      lepas();
      expect(pesan).toEqual([]);
      expect(fs.readdirSync(dir)).toEqual([]);
    }
    const dir = tmp();
    fs.writeFileSync(path.join(dir, NAMA_KUNCI), ''); // its writer died between open and write
    const lama = new Date(Date.now() - 60_000);
    fs.utimesSync(path.join(dir, NAMA_KUNCI), lama, lama);
    await writeOutputs(dir, set(dir, 'baru'));
    expect(fs.readFileSync(path.join(dir, 'pk/a.pdf'), 'utf8')).toBe('baru pk/a.pdf');
    expect(sisa(dir)).toEqual([]);
  });

  it('a live lock: one waiting message, then GagalTulis KUNCI after the time limit, the lock left to its holder', async () => {
    const dir = tmp();
    const pegang = await ambilKunci(dir);
    const pesan: string[] = [];
    const t0 = Date.now();
    const e = await ambilKunci(dir, { batasTunggu: 400, lapor: (s) => pesan.push(s) }).then(() => undefined, (x: unknown) => x);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(400);
    expect(e).toBeInstanceOf(GagalTulis);
    expect((e as GagalTulis).kode).toBe('KUNCI');
    expect((e as GagalTulis).message).toMatch(/: direktori keluaran sedang ditulis build lain \(KUNCI\); build lain \(pid \d+, mulai .+ UTC\) belum selesai setelah ditunggu 0,4 detik\. Bila proses itu sudah tidak berjalan, hapus .+\.sakip-kunci$/);
    expect(pesan).toHaveLength(1);
    expect(pesan[0]).toMatch(new RegExp(`^menunggu build lain \\(pid ${process.pid}, mulai \\d\\d:\\d\\d:\\d\\d UTC\\) selesai menulis ${dir}…$`));
    expect(fs.existsSync(path.join(dir, NAMA_KUNCI))).toBe(true);
    pegang();
    expect(fs.existsSync(path.join(dir, NAMA_KUNCI))).toBe(false);
  });

  it('a lock that cannot be read (a dangling link) ends in GagalTulis KUNCI after the time limit, without spinning', async () => {
    const dir = tmp();
    fs.symlinkSync(path.join(dir, 'tidak-ada'), path.join(dir, NAMA_KUNCI));
    const e = await ambilKunci(dir, { batasTunggu: 300, lapor: () => undefined }).then(() => undefined, (x: unknown) => x);
    expect((e as GagalTulis).kode).toBe('KUNCI');
  });

  it('two writers of one process (threads share the pid) take turns: the second waits for the first', async () => {
    const dir = tmp();
    const urutan: string[] = [];
    const pertama = await ambilKunci(dir);
    const kedua = ambilKunci(dir, { lapor: () => urutan.push('menunggu') }).then((lepas) => { urutan.push('kedua'); lepas(); });
    await new Promise((r) => setTimeout(r, 200));
    urutan.push('pertama selesai');
    pertama();
    await kedua;
    expect(urutan).toEqual(['menunggu', 'pertama selesai', 'kedua']);
  });

  it('files left out as unchanged before the lock are written after all when another writer changed them meanwhile', async () => {
    const dir = tmp();
    await writeOutputs(dir, set(dir, 'A'));
    const berubah = keluaranBerubah(dir, set(dir, 'A').map((o) => (o.path.endsWith('a.pdf') ? { ...o, bytes: b('A2 pk/a.pdf') } : o)));
    expect(berubah.map((o) => path.basename(o.path))).toEqual(['a.pdf']);
    await writeOutputs(dir, set(dir, 'B')); // another build lands its whole set in between
    await writeOutputs(dir, berubah);
    expect(['pk/a.pdf', 'pk/b.pdf', 'iku/c.pdf'].map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))).toEqual(['A2 pk/a.pdf', 'A pk/b.pdf', 'A iku/c.pdf']);
  });
});
