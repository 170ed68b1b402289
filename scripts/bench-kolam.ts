// Bench part: the default content's PDFs rendered by a worker pool of one thread per core (src/pekerja.ts), the
// models built once in this thread; one warm-up round (each worker's JIT and fonts), then `kali` timed rounds
// (median, wall ms and the process CPU of all threads: the figure to compare on a busy machine); `setelah` runs after
// each timed round, untimed (bench.ts: LibreOffice's conversion, so each ratio pairs two measures of the same moment).
// The bytes are compared with a main-thread render.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { check, models } from '../src/pipeline.ts';
import { DOCUMENTS } from '../src/documents.ts';
import { renderDokumen } from '../src/cache/render.ts';
import { KolamPekerja } from '../src/pekerja.ts';

export async function ukurKolamPdf(konten: string, kali: number, setelah?: () => void): Promise<{ ms: number; times: number[]; cpu: number; pekerja: number; identik: boolean }> {
  const { content } = check(konten);
  const r = models(content, { jenis: Object.keys(DOCUMENTS), kertas: 'A4' });
  if ('code' in r) throw new Error(r.message);
  // longest first: the pool hands out documents in this order, so the last to start are the short ones
  const urut = r.models.map((m, i) => ({ m, i, bobot: JSON.stringify(m).length })).sort((a, b) => b.bobot - a.bobot || a.i - b.i);
  const pekerja = os.availableParallelism();
  const kolam = new KolamPekerja(pekerja);
  try {
    const putaran = () => Promise.all(urut.map(({ m }) => kolam.render(m, ['pdf'])));
    const awal = await putaran();
    const ms: number[] = [], cpu: number[] = [];
    for (let k = 0; k < kali; k++) {
      const t0 = performance.now(), c0 = process.cpuUsage();
      await putaran();
      ms.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
      setelah?.();
    }
    let identik = true;
    for (const [j, { m }] of urut.entries()) identik &&= Buffer.from((await renderDokumen(m, ['pdf'])).bytes.pdf!).equals(Buffer.from(awal[j].pdf!));
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    return { ms: median(ms), times: ms, cpu: median(cpu), pekerja, identik };
  } finally {
    await kolam.tutup();
  }
}
