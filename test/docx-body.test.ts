// docx-body.ts skips docx's search for its own tables of contents in our documents: same bytes as docx's method on
// the example agency's documents; a docx TableOfContents still works unmarked, and fails loudly when marked.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { Document, Paragraph, TableOfContents, TextRun } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { renderDocx } from '../src/backends/docx.ts';
import { pasang, tanpaDaftarIsiDocx } from '../src/backends/docx-body.ts';
import { packDocx } from '../src/backends/docx-normalize.ts';
import { DOCUMENTS } from '../src/documents.ts';
import { check, models } from '../src/pipeline.ts';
import { ROOT } from './helpers.ts';

const withToc = () => new Document({ sections: [{ children: [new TableOfContents('Daftar Isi', { hyperlink: true }), new Paragraph({ heading: 'Heading1', children: [new TextRun('BAB I')] })] }] });

describe('docx Body without the table-of-contents walk', () => {
  it('gives byte-identical DOCX with and without it', async () => {
    const { content } = check(path.join(ROOT, 'contoh/dinas-pangan'));
    const r = models(content, { jenis: Object.keys(DOCUMENTS), kertas: 'A4' });
    if ('code' in r) throw new Error(r.message);
    expect(r.models.length).toBeGreaterThan(5);
    try {
      for (const m of r.models) {
        pasang(true);
        const ours = Buffer.from(await renderDocx(m));
        pasang(false);
        const theirs = Buffer.from(await renderDocx(m));
        expect(ours.equals(theirs), m.title).toBe(true);
      }
    } finally { pasang(true); }
  }, 180_000);

  it("leaves docx's own TableOfContents alone when unmarked, and refuses it when marked", async () => {
    // heading bookmark names come from docx's process-wide counter: compared without their numbers
    const xml = async () => strFromU8(unzipSync(await packDocx(withToc()))['word/document.xml']).replace(/_Toc\d+/g, '_Toc');
    const ours = await xml();
    pasang(false);
    const theirs = await xml();
    pasang(true);
    expect(ours).toContain('w:anchor="_Toc"');
    expect(ours).toBe(theirs);
    const d = withToc();
    tanpaDaftarIsiDocx(d);
    await expect(packDocx(d)).rejects.toThrow(/TableOfContents/);
  });
});
