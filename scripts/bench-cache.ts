// Cache bench through the real CLI (a process per build, as a user runs it), on a temporary copy of the default
// content: cold (empty cache), unchanged (whole-build entry), one PK target edited (median of 3 edits; the edit
// changes that PK and the documents built from it), `sakip check` likewise, and `pantau` save → file written for
// the same edit. Each
// figure is printed with the machine's load average at that moment (shared machines: read CPU next to wall).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { pantau } from '../src/cli/pantau.ts';
import { DOCUMENTS } from '../src/documents.ts';
import { build as bangun, type BuildMemory, type BuildResult } from '../src/pipeline.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const detik = (s: number) => s.toFixed(2).replace('.', ',');
const beban = () => `beban ${os.loadavg()[0].toFixed(1).replace('.', ',')}`;
const median = <T>(xs: T[], by: (x: T) => number) => [...xs].sort((a, b) => by(a) - by(b))[Math.floor(xs.length / 2)];
const PK = 'pk/2025/01-kepala-dinas.md';
/** The PK's first target set to `nilai` (the PK and the documents built from its targets change), or with
 *  `prosa` a sentence added to its first explanation section (only the PK changes); a different edit each time. */
const sunting = (konten: string, nilai: number, prosa = false) => {
  const f = path.join(konten, PK);
  const lama = fs.readFileSync(f, 'utf8');
  const baru = prosa ? lama.replace(/\n(## .*)\n/, `\n$1\n\nCatatan ${nilai}.\n`) : lama.replace(/(\n\s+target: )\d+\n/, `$1${nilai}\n`);
  if (baru === lama) throw new Error(`suntingan tidak mengubah ${PK}`);
  fs.writeFileSync(f, baru);
};

/** Wall, user and system seconds of one command (bash's `time`), with the load average after it. */
function waktu(args: string[]): { wall: number; cpu: number; beban: string } {
  const cmd = `TIMEFORMAT='%R %U %S'; time node ${path.join(ROOT, 'bin/sakip.js')} ${args.map((a) => `'${a}'`).join(' ')} >/dev/null 2>/dev/null`;
  const r = spawnSync('bash', ['-c', cmd], { encoding: 'utf8', cwd: ROOT });
  const [wall, user, sys] = r.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  return { wall, cpu: user + sys, beban: beban() };
}
const f = (x: { wall: number; cpu: number; beban: string }) => `${detik(x.wall)} s (CPU ${detik(x.cpu)} s; ${x.beban})`;

/** `pantau` in this process: ms from the save of one PK edit to its PDF being in place, and to the build's end. */
export async function ukurPantau(konten: string, keluaran: string, cache: string, prosa = false): Promise<{ file: number; build: number; templat: number; beban: string }[]> {
  const selesai: { r: BuildResult; t: number }[] = [];
  const p = pantau({ konten, keluaran, cache, jenis: Object.keys(DOCUMENTS), format: ['pdf', 'docx'], kertas: 'A4' },
    (r) => selesai.push({ r, t: performance.now() }), (e) => { throw e; });
  await p.ready;
  const pdf = path.join(keluaran, PK.replace(/\.md$/, '.pdf'));
  const hasil = [];
  try {
    for (const nilai of [88, 87, 86]) {
      const n = selesai.length;
      const sebelum = fs.statSync(pdf).mtimeMs;
      await new Promise((r) => setTimeout(r, 300)); // the watcher settles
      const t0 = performance.now();
      sunting(konten, nilai, prosa);
      let tFile = 0;
      while (selesai.length === n || !tFile) {
        if (!tFile && fs.statSync(pdf, { throwIfNoEntry: false })?.mtimeMs !== sebelum) tFile = performance.now();
        if (performance.now() - t0 > 60_000) throw new Error('pantau tidak membangun ulang dalam 60 detik');
        await new Promise((r) => setTimeout(r, 2));
      }
      hasil.push({ file: tFile - t0, build: selesai[n].t - t0, templat: selesai[n].r.templat ?? -1, beban: beban() });
    }
  } finally {
    await p.close();
  }
  return hasil;
}

/** A warm watching build in this process after one PK edit: CPU from the build's start to its first document of
 *  the render loop (load, checks, views and templates; src/cache/view-deps.ts, cek-deps.ts), median of 3 edits. */
export async function ukurSebelumRender(konten: string, keluaran: string, cache: string, prosa = true): Promise<{ cpu: number; wall: number; beban: string }> {
  const o = { konten, keluaran, cache, jenis: Object.keys(DOCUMENTS), format: ['pdf', 'docx'] as ('pdf' | 'docx')[], kertas: 'A4' as const };
  const memory: BuildMemory = new Map();
  await bangun(o, memory);
  const hasil = [];
  for (const nilai of [71, 72, 73]) {
    sunting(konten, nilai, prosa);
    const t0 = performance.now(), c0 = process.cpuUsage();
    let pra: { cpu: number; wall: number } | undefined;
    await bangun(o, memory, { dokumen: () => { if (!pra) { const c = process.cpuUsage(c0); pra = { cpu: (c.user + c.system) / 1e6, wall: (performance.now() - t0) / 1000 }; } } });
    hasil.push({ ...pra!, beban: beban() });
  }
  return median(hasil, (x) => x.cpu);
}

export async function ukurCache(): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-bench-cache-'));
  try {
    const konten = path.join(tmp, 'konten');
    fs.cpSync(path.join(ROOT, 'content'), konten, { recursive: true });
    const build = ['build', '--konten', konten, '--keluaran', path.join(tmp, 'keluaran'), '--cache', path.join(tmp, 'cache'), '--senyap'];
    const start = waktu(['--versi']);
    const dingin = waktu(build);
    const tetap = waktu(build);
    const satu = [97, 96, 95].map((nilai) => { sunting(konten, nilai); return waktu(build); });
    const paragraf = [1, 2, 3].map((nilai) => { sunting(konten, nilai, true); return waktu(build); });
    const tanpa = waktu([...build, '--tanpa-cache']);
    // `sakip check` (src/cli/periksa.ts) with its own cache: cold, unchanged, after one PK paragraph; and without
    const periksa = ['check', '--konten', konten, '--cache', path.join(tmp, 'cache-check')];
    const cekDingin = waktu(periksa);
    const cekTetap = waktu(periksa);
    const cekParagraf = [4, 5, 6].map((nilai) => { sunting(konten, nilai, true); return waktu(periksa); });
    const cekTanpa = waktu(['check', '--konten', konten, '--tanpa-cache']);
    console.log(`\nCache build lewat CLI (${fs.existsSync(path.join(ROOT, 'dist/.stamp')) ? 'dist/ bila segar, selain itu tsx' : 'tsx'}; ${os.cpus().length} inti):`);
    console.log(`mulai proses (sakip --versi)        : ${f(start)}`);
    console.log(`build penuh, cache kosong           : ${f(dingin)}`);
    console.log(`build ulang tanpa perubahan         : ${f(tetap)}`);
    console.log(`build ulang setelah 1 target PK     : ${f(median(satu, (x) => x.wall))}  (median 3 suntingan; PK itu dan dokumen yang memakainya dirender)`);
    console.log(`build ulang setelah 1 paragraf PK   : ${f(median(paragraf, (x) => x.wall))}  (median 3 suntingan; hanya PK itu dirender)`);
    console.log(`build yang sama, --tanpa-cache      : ${f(tanpa)}`);
    console.log(`check, cache kosong / --tanpa-cache : ${f(cekDingin)} / ${f(cekTanpa)}`);
    console.log(`check ulang tanpa perubahan         : ${f(cekTetap)}`);
    console.log(`check ulang setelah 1 paragraf PK   : ${f(median(cekParagraf, (x) => x.wall))}  (median 3 suntingan)`);
    for (const prosa of [false, true]) {
      const pt = await ukurPantau(konten, path.join(tmp, 'keluaran-pantau'), path.join(tmp, 'cache'), prosa);
      const m = median(pt, (x) => x.file);
      console.log(`pantau: simpan 1 ${prosa ? 'paragraf' : 'target'} PK → PDF-nya: ${m.file.toFixed(0)} ms, build selesai ${m.build.toFixed(0)} ms (median 3; templat ${m.templat} dokumen; ${m.beban}; ` +
        `semua: ${pt.map((x) => `${x.file.toFixed(0)}/${x.build.toFixed(0)}`).join(', ')} ms)`);
    }
    // in this process, after pantau: its cache entries are this code's (the CLI may run dist/)
    const pra = await ukurSebelumRender(konten, path.join(tmp, 'keluaran-fase'), path.join(tmp, 'cache'));
    console.log(`build hangat (pantau) setelah 1 paragraf PK, sebelum render (baca, periksa, view, templat): CPU ${(pra.cpu * 1000).toFixed(0)} ms, ${(pra.wall * 1000).toFixed(0)} ms (median 3; ${pra.beban})`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

// `node --import tsx scripts/bench-cache.ts`: this part alone
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await ukurCache();
