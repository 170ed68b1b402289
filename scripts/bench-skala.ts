// Scale bench: a synthetic Pemda of n agencies (scripts/pemda-sintetis.ts) built with one Pemda build (every agency
// into <keluaran>/<id>/, src/pemda/), in a fresh process per measurement: cold (empty cache) and warm (the cache of the cold run, nothing changed), wall time and
// peak memory (the child's max RSS: worker threads included). BENCH_PEKERJA=n sets the pool (1 = one thread). Run by scripts/bench.ts when BENCH_SKALA lists sizes (e.g. 10,20,40).
// The child builds from dist/ while it is newer than every source (as bin/sakip.js runs it for a user: agency workers
// without tsx, whose module loading cost ~4 s CPU per worker thread and its loader thread), else from src/ through tsx.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { buatPemda } from './pemda-sintetis.ts';
// @ts-expect-error: plain JavaScript beside bin/sakip.js, no declarations
// the V8 flags bin/sakip.js sets at run time, on the child's command line: its CPU and memory are a user's `sakip build`'s
import { V8_CLI } from '../bin/v8-cli.js';

const SINI = fileURLToPath(import.meta.url);
const detik = (ms: number) => (ms / 1000).toFixed(1).replace('.', ',');
const ROOT = path.resolve(path.dirname(SINI), '..');

/** dist/ written after every source was last changed (bin/sakip.js's test). */
function distSegar(): boolean {
  const cap = fs.statSync(path.join(ROOT, 'dist', '.stamp'), { throwIfNoEntry: false })?.mtimeMs;
  const src = path.join(ROOT, 'src');
  return cap !== undefined && fs.readdirSync(src, { recursive: true }).every((f) => fs.statSync(path.join(src, String(f))).mtimeMs < cap);
}
/** The module `m` (path under src/ without extension) from dist/ or src/. */
const modul = (dist: boolean, m: string) => (dist ? `../dist/${m}.js` : `../src/${m}.ts`);

/** Child: builds the Pemda root (every agency into <keluaran>/<id>/) with one cache; prints one JSON line. */
async function anak(keluaran: string, akar: string, dist: boolean): Promise<void> {
  const { buildPemda } = await import(modul(dist, 'pemda/bangun')) as typeof import('../src/pemda/bangun.ts');
  const { daftarInstansi } = await import(modul(dist, 'pemda/akar')) as typeof import('../src/pemda/akar.ts');
  const { DOCUMENTS } = await import(modul(dist, 'documents')) as typeof import('../src/documents.ts');
  // here: the main thread (loading, cross-agency checks, scheduling)
  const { cpuUtas } = await import(modul(dist, 'pemda/cpu-utas')) as typeof import('../src/pemda/cpu-utas.ts');
  const t0 = performance.now();
  const pekerja = process.env.BENCH_PEKERJA ? Number(process.env.BENCH_PEKERJA) : undefined; // default: one per core
  const r = await buildPemda({ konten: akar, keluaran, jenis: Object.keys(DOCUMENTS), format: ['pdf', 'docx'], kertas: 'A4', cache: path.join(keluaran, '.sakip-cache') }, daftarInstansi(akar), undefined, pekerja);
  if (r.diagnostics.some((d) => d.severity === 'galat')) throw new Error(`galat konten di ${akar}: ${r.diagnostics.find((d) => d.severity === 'galat')!.message}`);
  const cpu = process.cpuUsage();
  console.log(JSON.stringify({ ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000, utamaMs: cpuUtas(), pekerjaMs: r.cpuPekerjaMs, berkas: r.outputs.length, dirender: r.dirender ?? 0, rssMb: process.resourceUsage().maxRSS / 1024 }));
}

interface Ukur { ms: number; cpuMs: number; utamaMs?: number; pekerjaMs?: number; berkas: number; dirender: number; rssMb: number }
/** The process's CPU by thread: main, agency workers, and the rest (V8's GC and compiler helper threads, libuv). */
const utama = (u: Ukur) => (u.utamaMs === undefined ? '' : u.pekerjaMs === undefined ? ` (utas utama ${detik(u.utamaMs)} s)`
  : ` (utas utama ${detik(u.utamaMs)} s, pekerja ${detik(u.pekerjaMs)} s, utas pembantu V8 dan lain-lain ${detik(u.cpuMs - u.utamaMs - u.pekerjaMs)} s)`);
function jalankan(keluaran: string, akar: string, dist: boolean): Ukur {
  const r = spawnSync(process.execPath, [...V8_CLI, '--import', 'tsx', SINI, '--anak', keluaran, akar, dist ? 'dist' : 'src'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`bench skala gagal: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

export function ukurSkala(ukuran: number[]): void {
  const pekerja = process.env.BENCH_PEKERJA ?? `${os.availableParallelism()} (satu per inti)`;
  const dist = distSegar();
  console.log(`\nSkala (Pemda sintetis, satu build Pemda dalam satu proses baru, ${pekerja} pekerja, ${dist ? 'dari dist/' : 'dari src/ lewat tsx (dist/ tidak segar)'}; dingin = cache kosong, hangat = tanpa perubahan):`);
  for (const n of ukuran) {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-skala-'));
    try {
      const { akar } = buatPemda(n, path.join(tmp, 'pemda'));
      const dingin = jalankan(path.join(tmp, 'keluaran'), akar, dist);
      const hangat = jalankan(path.join(tmp, 'keluaran'), akar, dist);
      console.log(`${String(n).padStart(3)} instansi, ${dingin.berkas} berkas: dingin ${detik(dingin.ms)} s, CPU ${detik(dingin.cpuMs)} s${utama(dingin)} (${dingin.rssMb.toFixed(0)} MB puncak), `
        + `hangat ${detik(hangat.ms)} s, CPU ${detik(hangat.cpuMs)} s${utama(hangat)} (${hangat.rssMb.toFixed(0)} MB puncak, ${hangat.dirender} dokumen dirender)`);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }
}

if (process.argv[2] === '--anak') await anak(process.argv[3], process.argv[4], process.argv[5] === 'dist');
