// PDF profile: the default content's document models built once, then every PDF rendered in this process
// (PROFIL_KALI rounds, default 2; the first warms the JIT and the font caches). Prints per-round time, the slowest
// documents, peak RSS and the load.
//   node --import tsx scripts/profil-pdf.ts
//   PROFIL_KONTEN=contoh/dinas-pangan  PROFIL_KELUARAN=dir (the PDFs of the last round, for hashing)
//   PROFIL_CPU=file.cpuprofile (a V8 CPU profile of the last round only: open in Chrome DevTools or summarise)
//   PROFIL_ALOKASI=file.heapprofile (sampled allocations of the last round, by allocating function: what feeds the GC)
import './v8-cli.ts'; // first: the CLI's V8 flags before anything else loads
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Session } from 'node:inspector/promises';
import { check, models } from '../src/pipeline.ts';
import { DOCUMENTS } from '../src/documents.ts';
import { renderPdf } from '../src/backends/pdf.ts';

const konten = process.env.PROFIL_KONTEN ?? 'content';
const kali = Number(process.env.PROFIL_KALI ?? 2);
const keluaran = process.env.PROFIL_KELUARAN;
const { content } = check(konten);
const r = models(content, { jenis: Object.keys(DOCUMENTS), kertas: 'A4' });
if ('code' in r) throw new Error(r.message);
const mb = (b: number) => (b / 2 ** 20).toFixed(0);
const profil = process.env.PROFIL_CPU;
const alokasi = process.env.PROFIL_ALOKASI;
const sesi = profil || alokasi ? new Session() : undefined;
sesi?.connect();
for (let k = 0; k < kali; k++) {
  if (profil && k === kali - 1) { await sesi!.post('Profiler.enable'); await sesi!.post('Profiler.start'); }
  if (alokasi && k === kali - 1) await sesi!.post('HeapProfiler.startSampling', { samplingInterval: 64 * 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  const t0 = performance.now(), c0 = process.cpuUsage();
  const per: [string, number, number][] = [];
  for (const [i, m] of r.models.entries()) {
    const t = performance.now();
    const { bytes } = await renderPdf(m);
    const job = r.jobs[i];
    per.push([`${job.jenis}/${job.tahun}/${job.slug}`, performance.now() - t, bytes.length]);
    if (keluaran && k === kali - 1) {
      const p = path.join(keluaran, job.jenis, String(job.tahun), `${job.slug}.pdf`);
      fs.mkdirSync(path.dirname(p), { recursive: true });
      fs.writeFileSync(p, bytes);
    }
  }
  const ms = performance.now() - t0, c = process.cpuUsage(c0);
  const top = [...per].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([n, t]) => `${n} ${t.toFixed(0)} ms`).join(', ');
  if (profil && k === kali - 1) fs.writeFileSync(profil, JSON.stringify((await sesi!.post('Profiler.stop')).profile));
  if (alokasi && k === kali - 1) fs.writeFileSync(alokasi, JSON.stringify((await sesi!.post('HeapProfiler.stopSampling')).profile));
  console.log(`putaran ${k + 1}: ${r.models.length} PDF ${(ms / 1000).toFixed(2)} s (CPU ${((c.user + c.system) / 1e6).toFixed(2)} s); terlama: ${top}`);
}
const cpu = process.cpuUsage();
console.log(`CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s, RSS puncak ${mb(process.resourceUsage().maxRSS * 1024)} MB, heap ${mb(process.memoryUsage().heapUsed)} MB, beban ${os.loadavg().map((x) => x.toFixed(1)).join(' / ')}`);
