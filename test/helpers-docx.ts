// A DOCX patch against the library code it replaces: every model of the example agency (contoh/dinas-pangan) of the
// given kinds rendered with the patch on and off; the bytes must be equal. `pasang(false)` puts the original back.
import path from 'node:path';
import { expect } from 'vitest';
import { renderDocx } from '../src/backends/docx.ts';
import { DOCUMENTS } from '../src/documents.ts';
import { check, models } from '../src/pipeline.ts';
import { ROOT } from './helpers.ts';

export async function docxSamaDenganAsli(pasang: (aktif: boolean) => void, jenis = Object.keys(DOCUMENTS), minimal = 5): Promise<void> {
  const { content } = check(path.join(ROOT, 'contoh/dinas-pangan'));
  const r = models(content, { jenis, kertas: 'A4' });
  if ('code' in r) throw new Error(r.message);
  expect(r.models.length).toBeGreaterThan(minimal);
  try {
    for (const m of r.models) {
      pasang(true);
      const ours = Buffer.from(await renderDocx(m));
      pasang(false);
      const theirs = Buffer.from(await renderDocx(m));
      expect(ours.equals(theirs), m.title).toBe(true);
    }
  } finally { pasang(true); }
}
