// DOCX profile: the default content's document models and their PDF layouts built once, then every DOCX rendered in
// this process (PROFIL_KALI rounds, default 2; the first warms the JIT and the font caches). Prints per-round time,
// the slowest documents with their size, peak RSS and the load.
//   node --import tsx scripts/profil-docx.ts
//   PROFIL_KONTEN=contoh/dinas-pangan  PROFIL_KELUARAN=dir (the DOCX files of the last round, for hashing)
//   PROFIL_JENIS=pohon-kinerja (only the documents of these kinds, comma-separated)
//   PROFIL_ASLI=1: every round with docx's own code (no docx-xml.ts, docx-body.ts, docx-siap.ts, docx-sel.ts, docx-tetap.ts,
//   docx-media.ts, docx-tabel-siap.ts, docx-table.ts's one-paragraph cells), for A/B between processes
//   PROFIL_AB=1: rounds alternate docx's own code and those patches, CPU summed per mode after round 1
//   PROFIL_CPU=file.cpuprofile (a V8 CPU profile of the last round only, for Chrome DevTools; its 15 functions of
//   most self time are printed)
import './v8-cli.ts'; // first: the CLI's V8 flags before anything else loads
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Session } from 'node:inspector/promises';
import { check, models } from '../src/pipeline.ts';
import { DOCUMENTS } from '../src/documents.ts';
import { renderDocx } from '../src/backends/docx.ts';
import { renderPdf } from '../src/backends/pdf.ts';
import { pasangPenulis } from '../src/backends/docx-xml.ts';
import { pasang as pasangBody } from '../src/backends/docx-body.ts';
import { pasang as pasangSiap } from '../src/backends/docx-siap.ts';
import { pasang as pasangSel } from '../src/backends/docx-sel.ts';
import { pasang as pasangMedia } from '../src/backends/docx-media.ts';
import { pasang as pasangTetap } from '../src/backends/docx-tetap.ts';
import { pasang as pasangTabel } from '../src/backends/docx-tabel-siap.ts';
import { pasang as pasangSelTunggal } from '../src/backends/docx-table.ts';

const konten = process.env.PROFIL_KONTEN ?? 'content';
const kali = Number(process.env.PROFIL_KALI ?? 2);
const keluaran = process.env.PROFIL_KELUARAN;
const { content } = check(konten);
const jenis = process.env.PROFIL_JENIS?.split(',') ?? Object.keys(DOCUMENTS);
const r = models(content, { jenis, kertas: 'A4' });
if ('code' in r) throw new Error(r.message);
const mb = (b: number) => (b / 2 ** 20).toFixed(0);

interface Profile { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]; samples: number[]; timeDeltas: number[] }
/** Self time per function (name, file, line), the largest first. */
function ringkas(p: Profile, n = 15): string[] {
  const self = new Map<number, number>();
  p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
  const per = new Map<string, number>();
  for (const { id, callFrame: f } of p.nodes) {
    const k = `${f.functionName || '(anonim)'} ${f.url.split('/').slice(-2).join('/')}:${f.lineNumber + 1}`;
    per.set(k, (per.get(k) ?? 0) + (self.get(id) ?? 0));
  }
  return [...per].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, us]) => `${(us / 1000).toFixed(0).padStart(6)} ms  ${k}`);
}
const profil = process.env.PROFIL_CPU;
const sesi = profil ? new Session() : undefined;
sesi?.connect();
const lay: Awaited<ReturnType<typeof renderPdf>>['layout'][] = [];
for (const m of r.models) lay.push((await renderPdf(m)).layout);
const ab = Boolean(process.env.PROFIL_AB), cpuAb = { mati: [] as number[], nyala: [] as number[] };
for (let k = 0; k < kali; k++) {
  const nyala = !process.env.PROFIL_ASLI && (!ab || k % 2 === 0);
  pasangPenulis(nyala);
  pasangBody(nyala);
  for (const pasang of [pasangSiap, pasangSel, pasangMedia, pasangTetap, pasangTabel, pasangSelTunggal]) pasang(nyala);
  if (sesi && k === kali - 1) { await sesi.post('Profiler.enable'); await sesi.post('Profiler.start'); }
  const t0 = performance.now(), c0 = process.cpuUsage();
  const per: [string, number, number][] = [];
  for (const [i, m] of r.models.entries()) {
    const t = performance.now();
    const bytes = await renderDocx(m, lay[i]);
    const job = r.jobs[i];
    per.push([`${job.jenis}/${job.tahun}/${job.slug}`, performance.now() - t, bytes.length]);
    if (keluaran && k === kali - 1) {
      const p = path.join(keluaran, job.jenis, String(job.tahun), `${job.slug}.docx`);
      fs.mkdirSync(path.dirname(p), { recursive: true });
      fs.writeFileSync(p, bytes);
    }
  }
  const ms = performance.now() - t0, c = process.cpuUsage(c0);
  const top = [...per].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([n, t, b]) => `${n} ${t.toFixed(0)} ms ${(b / 1024).toFixed(0)} kB`).join(', ');
  if (sesi && k === kali - 1) {
    const { profile } = await sesi.post('Profiler.stop');
    fs.writeFileSync(profil!, JSON.stringify(profile));
    console.log(ringkas(profile as Profile).join('\n'));
  }
  if (ab && k > 0) cpuAb[nyala ? 'nyala' : 'mati'].push((c.user + c.system) / 1e6);
  console.log(`putaran ${k + 1}${ab ? (nyala ? ' (baru)' : ' (asli)') : ''}: ${r.models.length} DOCX ${(ms / 1000).toFixed(2)} s (CPU ${((c.user + c.system) / 1e6).toFixed(2)} s); terlama: ${top}`);
}
if (ab) for (const [m, xs] of Object.entries(cpuAb)) console.log(`${m}: CPU ${xs.map((x) => x.toFixed(2)).join(' ')} s`);
const cpu = process.cpuUsage();
console.log(`CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s, RSS puncak ${mb(process.resourceUsage().maxRSS * 1024)} MB, heap ${mb(process.memoryUsage().heapUsed)} MB, beban ${os.loadavg().map((x) => x.toFixed(1)).join(' / ')}`);
