// Worker pool bench: the default content's models rendered (PDF + DOCX) in the main thread, by 1 worker and by 2
// workers, each from a cold isolate as a CLI run would be; checks the bytes are identical and prints the ratios.
//   node --import tsx scripts/bench-pekerja.ts
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { check, models } from '../src/pipeline.ts';
import { DOCUMENTS } from '../src/documents.ts';
import { renderDokumen } from '../src/cache/render.ts';
import { KolamPekerja } from '../src/pekerja.ts';

const { content } = check('content');
const r = models(content, { jenis: Object.keys(DOCUMENTS), kertas: 'A4' });
if ('code' in r) throw new Error(r.message);
const format = ['pdf', 'docx'] as const;
const gabung = (xs: { pdf?: Uint8Array; docx?: Uint8Array }[]) => xs.map((x) => Buffer.concat([x.pdf!, x.docx!]));

let t = performance.now();
const satu: { pdf?: Uint8Array; docx?: Uint8Array }[] = [];
for (const m of r.models) satu.push((await renderDokumen(m, [...format])).bytes);
const utama = gabung(satu);
const msUtama = performance.now() - t;
const hasil: string[] = [];
for (const n of [1, 2]) {
  t = performance.now();
  const kolam = new KolamPekerja(n);
  const b = gabung(await Promise.all(r.models.map((m) => kolam.render(m, [...format]))));
  const ms = performance.now() - t;
  await kolam.tutup();
  const sama = b.every((x, i) => x.equals(utama[i]));
  hasil.push(`${n} pekerja: ${(ms / 1000).toFixed(1)} s (${(msUtama / ms).toFixed(2)}× utas utama), byte ${sama ? 'identik' : 'BERBEDA'}`);
}
console.log(`Render ${r.models.length} dokumen PDF + DOCX (${os.availableParallelism()} inti, beban ${os.loadavg()[0].toFixed(1)}):`);
console.log(`utas utama (dingin): ${(msUtama / 1000).toFixed(1)} s`);
for (const h of hasil) console.log(h);
