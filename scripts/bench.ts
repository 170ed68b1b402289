// Benchmark: build the default content several times; per format time per document, total and peak memory,
// next to LibreOffice's DOCX -> PDF conversion time of the same files, measured in the same run, and the peak
// memory of one full build through the CLI (a process of its own, as a user runs it; GNU time's maximum RSS).
import './v8-cli.ts'; // first: the CLI's V8 flags before anything else loads
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { build, check, type Format } from '../src/pipeline.ts';
import { DOCUMENTS } from '../src/documents.ts';
import { ukurCache } from './bench-cache.ts';
import { ukurSkala } from './bench-skala.ts';
import { ukurKolamPdf } from './bench-kolam.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** Node flags of `npm run build` (package.json), so the CLI's peak is the one users get. */
const NODE_BUILD = (JSON.parse(fs.readFileSync('package.json', 'utf8')).scripts.build as string).match(/^node((?: --[\w-]+(?:=\S+)?)*) /)![1].trim().split(' ').filter(Boolean);
const konten = 'content';
const jenis = Object.keys(DOCUMENTS);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-bench-'));
const secs = (ms: number) => (ms / 1000).toFixed(2);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timeBuild(format: Format[], after?: () => void): Promise<{ ms: number; docs: number; times: number[] }> {
  const times: number[] = [];
  let docs = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const r = await build({ konten, keluaran: path.join(tmp, `o${i}`), jenis, format, kertas: 'A4' });
    times.push(performance.now() - t0);
    docs = r.outputs.length / format.length;
    after?.();
  }
  return { ms: median(times), docs, times };
}

const bebanAwal = os.loadavg().map((x) => x.toFixed(1)).join(' / ');
const c0 = performance.now();
for (let i = 0; i < RUNS; i++) check(konten);
const checkMs = (performance.now() - c0) / RUNS;

await build({ konten, keluaran: path.join(tmp, 'warm'), jenis, format: ['pdf', 'docx'], kertas: 'A4' }); // warm-up
// LibreOffice converts the warm-up's DOCX right after each timed PDF build: on a shared machine the ratio is taken
// pair by pair (both halves under the same load) and its median printed
const soffice = spawnSync('sh', ['-c', 'command -v soffice']).status === 0;
const docxFiles = fs.readdirSync(path.join(tmp, 'warm'), { recursive: true }).map(String).filter((f) => f.endsWith('.docx')).map((f) => path.join(tmp, 'warm', f));
const convert = (files: string[]) => {
  const t0 = performance.now();
  spawnSync('soffice', [`-env:UserInstallation=file://${tmp}/lo`, '--headless', '--convert-to', 'pdf', '--outdir', path.join(tmp, 'lo-out'), ...files], { stdio: 'ignore' });
  return performance.now() - t0;
};
if (soffice) convert(docxFiles.slice(0, 1)); // LibreOffice's first start writes its profile: not timed
const loTimes: number[] = [];
const pdf = await timeBuild(['pdf'], () => { if (soffice) loTimes.push(convert(docxFiles)); });
// the same PDFs on every core (worker threads), after a warm-up round; LibreOffice converts again after each round
const loKolam: number[] = [];
const kolam = await ukurKolamPdf(konten, RUNS, () => { if (soffice) loKolam.push(convert(docxFiles)); });
const docx = await timeBuild(['docx']);
const both = await timeBuild(['pdf', 'docx']);

console.log(`Benchmark (${RUNS} kali, median; ${os.cpus().length} inti, Node ${process.version})`);
console.log(`sakip check               : ${secs(checkMs)} s`);
console.log(`PDF  ${pdf.docs} dokumen        : ${secs(pdf.ms)} s total, ${(pdf.ms / pdf.docs).toFixed(0)} ms per dokumen`);
console.log(`DOCX ${docx.docs} dokumen        : ${secs(docx.ms)} s total, ${(docx.ms / docx.docs).toFixed(0)} ms per dokumen`);
console.log(`PDF + DOCX                : ${secs(both.ms)} s total`);
console.log(`Memori puncak (RSS)       : ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB proses tolok ukur ini (${3 * RUNS + 1} build berturut-turut)`);
console.log(`Memori puncak build CLI   : ${puncakCli()}`);

/** Peak RSS of one full build (PDF + DOCX, no cache) through bin/sakip.js as `npm run build` runs it. */
function puncakCli(): string {
  if (!fs.existsSync('/usr/bin/time')) return 'tidak diukur (/usr/bin/time tidak ada)';
  const args = ['-f', '%M', process.execPath, ...NODE_BUILD, 'bin/sakip.js', 'build', '--keluaran', path.join(tmp, 'cli'), '--tanpa-cache', '--senyap'];
  const r = spawnSync('/usr/bin/time', args, { encoding: 'utf8' });
  const kb = Number(r.stderr.trim().split('\n').pop());
  return r.status === 0 && kb > 0 ? `${(kb / 1024).toFixed(0)} MB (build penuh PDF + DOCX, --tanpa-cache)` : `gagal (${r.stderr.trim().split('\n')[0]})`;
}

if (!soffice) console.log('LibreOffice                : tidak terpasang, perbandingan dilewati');
else {
  const lo = median(loTimes);
  const rasio = pdf.times.map((t, i) => loTimes[i] / t);
  const rasioKolam = kolam.times.map((t, i) => loKolam[i] / t);
  console.log(`LibreOffice DOCX -> PDF    : ${secs(lo)} s untuk ${docxFiles.length} berkas (${(lo / docxFiles.length).toFixed(0)} ms per berkas; median ${RUNS} kali)`);
  console.log(`Rasio LibreOffice / PDF kami: ${median(rasio).toFixed(1)}x (median pasangan berurutan: ${rasio.map((x) => x.toFixed(1)).join(', ')})`);
  console.log(`PDF kami di ${kolam.pekerja} pekerja      : ${secs(kolam.ms)} s, CPU ${secs(kolam.cpu)} s semua utas (${(pdf.ms / kolam.ms).toFixed(2)}x satu utas; byte ${kolam.identik ? 'identik' : 'BERBEDA'}); rasio LibreOffice / PDF kami ${median(rasioKolam).toFixed(1)}x (pasangan: ${rasioKolam.map((x) => x.toFixed(1)).join(', ')}; LibreOffice ${secs(median(loKolam))} s)`);
}
fs.rmSync(tmp, { recursive: true, force: true });
console.log(`Beban mesin (load average 1/5/15 menit): awal ${bebanAwal}, akhir ${os.loadavg().map((x) => x.toFixed(1)).join(' / ')}`);
if (process.env.BENCH_CACHE !== '0') await ukurCache(); // BENCH_CACHE=0 skips it
// BENCH_SKALA=10,20,40: synthetic Pemda sizes (minutes each; off by default)
const skala = (process.env.BENCH_SKALA ?? '').split(',').map(Number).filter((n) => n > 0);
if (skala.length) ukurSkala(skala);
