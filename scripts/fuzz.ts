// `npm run fuzz`: random mutations of test/fixtures/dasar (and, one case in 50, of content/) run in process against
// the invariants of scripts/fuzz/periksa.ts. Collects every violation instead of stopping at the first; prints
// the cases run, the violations per class with the first input that showed it, and the time.
//   npm run fuzz -- [--kasus 10000] [--benih <n>] [--rinci]
//   npm run fuzz -- --ulang '<kasus json>' [--konten]   replays one case: the changed files and its violations
import fc from 'fast-check';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DIKENAL } from './fuzz/dikenal.ts';
import { kasus, terapkan, type Kasus } from './fuzz/mutasi.ts';
import { jalankan, muatDasar, type Dasar } from './fuzz/periksa.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const arg = (nama: string, bawaan: number) => { const i = process.argv.indexOf(nama); return i < 0 ? bawaan : Number(process.argv[i + 1]); };
const jumlah = arg('--kasus', 10_000), benih = arg('--benih', Date.now() % 2 ** 31);
const DASAR: Dasar[] = [
  muatDasar(path.join(ROOT, 'test/fixtures/dasar'), ['pk', 'iku']),
  muatDasar(path.join(ROOT, 'content'), ['pk', 'lkip', 'pengukuran', 'renstra', 'iku', 'pedoman']),
];
const CONTOH = 200; // one case in CONTOH is also rendered to PDF and DOCX

const kerja = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-fuzz-'));
const ulang = process.argv.indexOf('--ulang');
if (ulang > 0) {
  const k = JSON.parse(process.argv[ulang + 1]) as Kasus, d = DASAR[process.argv.includes('--konten') ? 1 : 0];
  for (const [f, b] of terapkan(d.berkas, k)) if (!d.berkas.get(f)?.equals(b)) console.log(`--- ${f}\n${b.toString('utf8').slice(0, 3000)}`);
  for (const p of await jalankan(d, k, kerja)) console.log(`${p.kelas}\n${p.rinci}`);
  process.exit(0);
}
const kelas = new Map<string, { n: number; dikenal?: string; k: Kasus; dasar: string; rinci: string }>();
const t0 = performance.now();
let i = 0;
console.log(`fuzz: ${jumlah} kasus, benih ${benih}`);
const prop = fc.asyncProperty(kasus, fc.nat(49), async (k, pilih) => {
  const d = DASAR[pilih === 0 ? 1 : 0];
  for (const p of await jalankan(d, k, kerja, i % CONTOH === 0)) {
    const ada = kelas.get(p.kelas);
    if (ada) ada.n++;
    else kelas.set(p.kelas, { n: 1, dikenal: DIKENAL.find((x) => x.pola.test(p.kelas))?.ditugaskan, k, dasar: d.nama, rinci: p.rinci });
  }
  if (++i % 1000 === 0) console.log(`  ${i} kasus, ${kelas.size} kelas pelanggaran, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
});
await fc.assert(prop, { numRuns: jumlah, seed: benih });
fs.rmSync(kerja, { recursive: true, force: true });

const baru = [...kelas].filter(([, v]) => !v.dikenal);
for (const [nama, v] of kelas) {
  console.log(`\n${v.dikenal ? `[dikenal: ${v.dikenal}] ` : ''}${nama}  (${v.n} kasus; dasar ${v.dasar})`);
  console.log(`  kasus: ${JSON.stringify(v.k).slice(0, 400)}`);
  console.log(`  ${(process.argv.includes('--rinci') ? v.rinci : v.rinci.split('\n').slice(0, 6).join('\n  ')).slice(0, 2000)}`);
}
console.log(`\n${i} kasus, ${kelas.size} kelas pelanggaran (${baru.length} baru, ${kelas.size - baru.length} dikenal), ${((performance.now() - t0) / 1000).toFixed(1)} s, benih ${benih}.`);
process.exitCode = baru.length ? 1 : 0;
