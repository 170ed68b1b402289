// All or nothing with a real `kill -9`: an F4 build of the PKs over a previous A4 build (PK and IKU) is killed
// after random delays spread over its whole run. Right after the kill the output files are one whole set unless a
// committed journal is waiting; after the next write's start (recovery) they are exactly the old set or the new
// one, with no staging directory or temporary file, and the IKU files of the old build untouched.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { beforeAll, describe, expect, it } from 'vitest';
import { pulihkan } from '../src/write/pemulihan.ts';
import { SISTEM } from '../src/write/sistem.ts';
import { BASE, ROOT } from './helpers.ts';
import { keadaan, sisa, type Keadaan } from './semua-atau-tidak/keadaan.ts';

const BIN = path.join(ROOT, 'bin/sakip.js');
const F4 = ['build', '--jenis', 'pk', '--kertas', 'F4', '--konten', BASE];
const RUNS = 12;
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-kill-'));
// a build killed while writing leaves its staging directory and its output lock (removed by the next write's recovery)
const tanpaTahap = (k: Keadaan) => Object.fromEntries(Object.entries(k).filter(([f]) => !f.includes('.sakip-staging-') && f !== '.sakip-kunci'));

let lamaDir: string, lama: Keadaan, baru: Keadaan, durasi: number;

beforeAll(() => {
  lamaDir = tmp();
  expect(spawnSync('node', [BIN, 'build', '--jenis', 'pk,iku', '--konten', BASE, '--keluaran', lamaDir], { cwd: ROOT }).status).toBe(0);
  lama = keadaan(lamaDir);
  const baruDir = tmp();
  fs.cpSync(lamaDir, baruDir, { recursive: true });
  const t0 = performance.now();
  expect(spawnSync('node', [BIN, ...F4, '--keluaran', baruDir], { cwd: ROOT }).status).toBe(0);
  durasi = performance.now() - t0;
  baru = keadaan(baruDir);
}, 120_000);

/** Spawns the F4 build over a copy of the A4 output and kills it after `ms`; resolves with how it ended. */
function bunuhSetelah(dir: string, ms: number): Promise<string> {
  return new Promise((resolve) => {
    const p = spawn('node', [BIN, ...F4, '--keluaran', dir], { cwd: ROOT, stdio: 'ignore' });
    const t = setTimeout(() => p.kill('SIGKILL'), ms);
    p.on('exit', (code, signal) => { clearTimeout(t); resolve(signal ?? `keluar ${code}`); });
  });
}

describe('kill -9 selama build', () => {
  it('the two reference sets differ in the PK files only', () => {
    const beda = Object.keys(lama).filter((f) => lama[f] !== baru[f]);
    expect(beda.length).toBe(4);
    expect(beda.every((f) => f.startsWith('pk/'))).toBe(true);
    expect(Object.keys(lama).some((f) => f.startsWith('iku/'))).toBe(true);
  });

  it(`${RUNS} builds killed at random points: one whole set, never a mix, nothing left behind`, async () => {
    const akhir: string[] = [];
    for (let i = 0; i < RUNS; i++) {
      const dir = tmp();
      fs.cpSync(lamaDir, dir, { recursive: true });
      // spread over the whole run, start-up to the final renames, with a random offset in each slice
      const ms = Math.round(durasi * 1.05 * (i + Math.random()) / RUNS);
      const cara = await bunuhSetelah(dir, ms);
      const segera = keadaan(dir);
      const label = `percobaan ${i}: dibunuh setelah ${ms} ms (${cara})`;
      if (!Object.keys(segera).some((f) => f.endsWith('jurnal.json'))) expect([lama, baru], label).toContainEqual(tanpaTahap(segera));
      pulihkan(dir, SISTEM); // what the next build does first
      const k = keadaan(dir);
      expect([lama, baru], label).toContainEqual(k);
      expect(sisa(dir), label).toEqual([]);
      akhir.push(`${ms} ms ${cara}: ${JSON.stringify(k) === JSON.stringify(lama) ? 'lama' : 'baru'}`);
      fs.rmSync(dir, { recursive: true, force: true });
    }
    console.log(`kill -9 (build ${Math.round(durasi)} ms): ${akhir.join('; ')}`);
    expect(akhir.some((a) => a.includes('SIGKILL'))).toBe(true);
  }, 180_000);

  it('the next real build after a kill completes with the new set and leaves no staging directory', async () => {
    const dir = tmp();
    fs.cpSync(lamaDir, dir, { recursive: true });
    await bunuhSetelah(dir, Math.round(durasi * 0.8));
    expect(spawnSync('node', [BIN, ...F4, '--keluaran', dir], { cwd: ROOT }).status).toBe(0);
    expect(keadaan(dir)).toEqual(baru);
    expect(sisa(dir)).toEqual([]);
  }, 60_000);
});
