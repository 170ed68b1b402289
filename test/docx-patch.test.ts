// docx's two serialisation steps replaced by src/backends/docx-patch.ts must write the same bytes as docx's own:
// real documents of the example agency (tables, lists, headers, pictures, QR code) rendered both ways.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { renderDocx } from '../src/backends/docx.ts';
import { pasang } from '../src/backends/docx-patch.ts';
import { check, models } from '../src/pipeline.ts';
import { ROOT } from './helpers.ts';

describe('docx serialisation patch', () => {
  it('gives byte-identical DOCX with and without it', async () => {
    const { content } = check(path.join(ROOT, 'contoh/dinas-pangan'));
    const r = models(content, { jenis: ['pk', 'lkip', 'pohon-kinerja'], kertas: 'A4' });
    if ('code' in r) throw new Error(r.message);
    expect(r.models.length).toBeGreaterThan(2);
    try {
      for (const m of r.models) {
        pasang(true);
        const ours = Buffer.from(await renderDocx(m));
        pasang(false);
        const theirs = Buffer.from(await renderDocx(m));
        expect(ours.equals(theirs), m.title).toBe(true);
      }
    } finally { pasang(true); }
  }, 120_000);
});
