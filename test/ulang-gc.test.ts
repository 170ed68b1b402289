// bin/ulang-gc.js (opt-in, SAKIP_ULANG_GC=1): a Pemda build filling every core runs again in a child node with V8
// GC flags; anything else, and any build without it, runs as before. Which processes started, with which flags, is logged by a preload script given in NODE_OPTIONS.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript beside bin/sakip.js
import { FLAG_GC, perluUlangGc } from '../bin/ulang-gc.js';
import { buatPemda } from '../scripts/pemda-sintetis.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-ulang-gc-'));

/** A Pemda root with `n` (empty) agency folders and the given pemda.yaml. */
function akar(n: number, pemda = 'nama: Kabupaten Uji\n'): string {
  const dir = tmp();
  fs.writeFileSync(path.join(dir, 'pemda.yaml'), pemda);
  for (let i = 0; i < n; i++) fs.mkdirSync(path.join(dir, 'instansi', `dinas-${i}`), { recursive: true });
  return dir;
}

describe('perluUlangGc: when a build runs in a child with the GC flags', () => {
  const p = akar(3);
  const env = { SAKIP_ULANG_GC: '1' };
  it('a Pemda build whose workers fill the cores', () => {
    expect(perluUlangGc(['build', '--konten', p], env, 2, [])).toBe(true);
    expect(perluUlangGc(['build', `--konten=${p}`, '--jenis', 'pk'], env, 3, [])).toBe(true);
    expect(perluUlangGc(['build', '--konten', p, '--pekerja', '2'], env, 2, [])).toBe(true);
  });
  it('not when a core is left to the helper threads, for one agency, another command, or when opted out', () => {
    expect(perluUlangGc(['build', '--konten', p], env, 4, [])).toBe(false); // 3 agencies, 4 cores
    expect(perluUlangGc(['build', '--konten', p, '--pekerja', '1'], env, 2, [])).toBe(false);
    expect(perluUlangGc(['build', '--konten', p, '--instansi', 'dinas-1'], env, 2, [])).toBe(false);
    expect(perluUlangGc(['build', '--konten', path.join(p, 'instansi', 'dinas-1')], env, 2, [])).toBe(false);
    expect(perluUlangGc(['check', '--konten', p], env, 2, [])).toBe(false);
    expect(perluUlangGc(['build', '--konten', p, '--help'], env, 2, [])).toBe(false);
    expect(perluUlangGc(['build', '--konten', p], { SAKIP_ULANG_GC: '0' }, 2, [])).toBe(false); // the child
    expect(perluUlangGc(['build', '--konten', p], {}, 2, [])).toBe(false); // not asked: the default
    expect(perluUlangGc(['build', '--konten', p], env, 2, [FLAG_GC[0]])).toBe(false);
    expect(perluUlangGc(['build', '--konten', p], env, 1, [])).toBe(false);
  });
});

describe('the CLI re-executed for a Pemda build', () => {
  const log = path.join(tmp(), 'proses.log');
  const pre = path.join(path.dirname(log), 'catat.cjs');
  fs.writeFileSync(pre, `require('fs').appendFileSync(${JSON.stringify(log)}, JSON.stringify({ pid: process.pid, flag: process.execArgv }) + '\\n');`);
  const sakip = (args: string[], env: Record<string, string> = {}) => {
    fs.rmSync(log, { force: true });
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/sakip.js'), ...args], { encoding: 'utf8', cwd: ROOT, env: { ...process.env, NODE_OPTIONS: `--require ${pre}`, SAKIP_ULANG_GC: '1', ...env } });
    const proses = fs.readFileSync(log, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { pid: number; flag: string[] });
    return { ...r, proses: proses.filter((x, i) => proses.findIndex((y) => y.pid === x.pid) === i) }; // once per process (workers too)
  };
  // enough agencies to fill the cores of any machine; pemda.yaml broken: the build stops after reading it
  const rusak = akar(Math.max(2, os.availableParallelism()), 'nama: [\n');

  it('a Pemda build with SAKIP_ULANG_GC=1: one child with the flags, its exit code and its output passed through', () => {
    const r = sakip(['build', '--konten', rusak, '--keluaran', tmp(), '--tanpa-cache']);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toContain('pemda.yaml');
    const anak = r.proses.filter((x) => FLAG_GC.every((f: string) => x.flag.includes(f)));
    expect(anak).toHaveLength(1);
    expect(anak[0].pid).not.toBe(r.pid);
    expect(r.proses[0].pid).toBe(r.pid); // the first process is the CLI itself, without the flags
    expect(r.proses[0].flag).not.toContain(FLAG_GC[0]);
  }, 120_000);

  it('not for --pekerja 1 nor without SAKIP_ULANG_GC=1: the same exit code and output', () => {
    for (const [args, env] of [[['--pekerja', '1'], {}], [[], { SAKIP_ULANG_GC: '' }]] as const) {
      const r = sakip(['build', '--konten', rusak, '--keluaran', tmp(), '--tanpa-cache', ...args], env);
      expect(r.status, r.stderr).toBe(1);
      expect(r.stderr).toContain('pemda.yaml');
      expect(r.proses.some((x) => x.flag.includes(FLAG_GC[0]))).toBe(false);
    }
  }, 120_000);

  it('a signal to the CLI reaches the child, and the CLI ends by that signal', async () => {
    const { akar: p } = buatPemda(Math.max(2, os.availableParallelism()), path.join(tmp(), 'pemda'), { sumber: [path.join(ROOT, 'contoh/dinas-pangan')] });
    fs.rmSync(log, { force: true });
    const cli = spawn(process.execPath, [path.join(ROOT, 'bin/sakip.js'), 'build', '--konten', p, '--keluaran', tmp(), '--tanpa-cache', '--senyap'],
      { cwd: ROOT, stdio: 'ignore', env: { ...process.env, NODE_OPTIONS: `--require ${pre}`, SAKIP_ULANG_GC: '1' } });
    const proses = () => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { pid: number; flag: string[] }) : []);
    let anak: number | undefined;
    while (anak === undefined) { // the child logged itself
      await new Promise((r) => setTimeout(r, 50));
      anak = proses().find((x) => x.flag.includes(FLAG_GC[0]))?.pid;
    }
    const selesai = new Promise<NodeJS.Signals | null>((r) => cli.on('exit', (_k, s) => r(s)));
    cli.kill('SIGTERM');
    expect(await selesai).toBe('SIGTERM');
    const hidup = () => { try { process.kill(anak!, 0); return true; } catch { return false; } };
    for (let i = 0; i < 100 && hidup(); i++) await new Promise((r) => setTimeout(r, 50));
    expect(hidup()).toBe(false);
  }, 120_000);
});
