// Cache bench through the real CLI (a process per build, as a user runs it), on a temporary copy of the default
// content: cold (empty cache), unchanged (whole-build entry), one PK target edited (one document rendered), and
// where the time of the edited rebuild goes (process start, check, templates; in-process figures for the last two).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { check, models } from '../src/pipeline.ts';
import { DOCUMENTS } from '../src/documents.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const detik = (s: number) => s.toFixed(2).replace('.', ',');

/** Wall, user and system seconds of one command (bash's `time`). */
function waktu(args: string[]): { wall: number; cpu: number } {
  const cmd = `TIMEFORMAT='%R %U %S'; time node ${path.join(ROOT, 'bin/sakip.js')} ${args.map((a) => `'${a}'`).join(' ')} >/dev/null 2>/dev/null`;
  const r = spawnSync('bash', ['-c', cmd], { encoding: 'utf8', cwd: ROOT });
  const [wall, user, sys] = r.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  return { wall, cpu: user + sys };
}

export function ukurCache(): void {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-bench-cache-'));
  try {
    const konten = path.join(tmp, 'konten');
    fs.cpSync(path.join(ROOT, 'content'), konten, { recursive: true });
    const build = ['build', '--konten', konten, '--keluaran', path.join(tmp, 'keluaran'), '--cache', path.join(tmp, 'cache'), '--senyap'];
    const start = waktu(['--versi']);
    const dingin = waktu(build);
    const tetap = waktu(build);
    const pk = path.join(konten, 'pk/2025/01-kepala-dinas.md');
    fs.writeFileSync(pk, fs.readFileSync(pk, 'utf8').replace(/target: 98\b/, 'target: 97'));
    const satu = waktu(build);
    const tanpa = waktu([...build, '--tanpa-cache']);
    const t0 = performance.now();
    const { content } = check(konten);
    const t1 = performance.now();
    models(content, { jenis: Object.keys(DOCUMENTS), kertas: 'A4' });
    const t2 = performance.now();
    const f = (x: { wall: number; cpu: number }) => `${detik(x.wall)} s (CPU ${detik(x.cpu)} s)`;
    console.log(`\nCache build lewat CLI (${fs.existsSync(path.join(ROOT, 'dist/.stamp')) ? 'dist/ bila segar, selain itu tsx' : 'tsx'}):`);
    console.log(`mulai proses (sakip --versi)        : ${f(start)}`);
    console.log(`build penuh, cache kosong           : ${f(dingin)}`);
    console.log(`build ulang tanpa perubahan         : ${f(tetap)}`);
    console.log(`build ulang setelah 1 target PK     : ${f(satu)}  (1 dokumen dirender)`);
    console.log(`build yang sama, --tanpa-cache      : ${f(tanpa)}`);
    console.log(`  di dalamnya: check ${detik((t1 - t0) / 1000)} s, templat semua dokumen ${detik((t2 - t1) / 1000)} s (dalam proses, sekali)`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
