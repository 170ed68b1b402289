// docx-body.ts skips docx's search for its own tables of contents in our documents: same bytes as docx's method on
// the example agency's documents; a docx TableOfContents still works unmarked, and fails loudly when marked.
import { describe, expect, it } from 'vitest';
import { Document, Paragraph, TableOfContents, TextRun } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { pasang, tanpaDaftarIsiDocx } from '../src/backends/docx-body.ts';
import { packDocx } from '../src/backends/docx-normalize.ts';
import { docxSamaDenganAsli } from './helpers-docx.ts';

const withToc = () => new Document({ sections: [{ children: [new TableOfContents('Daftar Isi', { hyperlink: true }), new Paragraph({ heading: 'Heading1', children: [new TextRun('BAB I')] })] }] });

describe('docx Body without the table-of-contents walk', () => {
  it('gives byte-identical DOCX with and without it', async () => {
    await docxSamaDenganAsli(pasang);
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
