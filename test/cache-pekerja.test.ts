// The worker pool (src/pekerja.ts) renders the same bytes as the main thread, in the order asked.
import path from 'node:path';
import { expect, it } from 'vitest';
import { renderDokumen } from '../src/cache/render.ts';
import { check, models } from '../src/pipeline.ts';
import { KolamPekerja } from '../src/pekerja.ts';
import { ROOT } from './helpers.ts';

it('2 workers: PDF and DOCX byte-identical to a single-threaded render, every document', async () => {
  const { content } = check(path.join(ROOT, 'contoh/dinas-pangan'));
  const r = models(content, { jenis: ['pk', 'lkip', 'iku'], kertas: 'A4' });
  if ('code' in r) throw new Error(r.message);
  const kolam = new KolamPekerja(2);
  try {
    const pekerja = await Promise.all(r.models.map((m) => kolam.render(m, ['pdf', 'docx'])));
    for (const [i, m] of r.models.entries()) {
      const { bytes } = await renderDokumen(m, ['pdf', 'docx']);
      expect(Buffer.from(pekerja[i].pdf!).equals(Buffer.from(bytes.pdf!)), r.jobs[i].slug).toBe(true);
      expect(Buffer.from(pekerja[i].docx!).equals(Buffer.from(bytes.docx!)), r.jobs[i].slug).toBe(true);
    }
  } finally {
    await kolam.tutup();
  }
}, 300_000);
