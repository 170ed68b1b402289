// docx's two serialisation steps replaced by src/backends/docx-patch.ts must write the same bytes as docx's own:
// real documents of the example agency (tables, lists, headers, pictures, QR code) rendered both ways.
import { describe, expect, it } from 'vitest';
import { pasang } from '../src/backends/docx-patch.ts';
import { docxSamaDenganAsli } from './helpers-docx.ts';

describe('docx serialisation patch', () => {
  it('gives byte-identical DOCX with and without it', async () => {
    await docxSamaDenganAsli(pasang, ['pk', 'lkip', 'pohon-kinerja'], 2);
  }, 120_000);
});
