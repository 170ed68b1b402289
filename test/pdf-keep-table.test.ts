// pdf-keep-table: a heading and caption before a long table stay with its first rows (as w:keepNext in the DOCX).
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../src/backends/pdf.ts';
import { tableStart } from '../src/backends/pdf-keep-table.ts';
import { markupToModel } from '../src/render/markup-to-model.ts';
import type { Table } from '../src/render/model.ts';
import { pdfPages } from './extract.ts';

const doc = (body: string) => markupToModel(`<document title="t"><section><footer><p><page-number/></p></footer>${body}</section></document>`);
const rows = (n: number) => Array.from({ length: n }, (_, i) => `<tr><td>Baris ${i + 1}</td><td>Rp${i + 1}.000</td></tr>`).join('');
const long = `<h2>D. Sasaran Sub Kegiatan</h2><p align="center" keep-next caption="tabel" bab="2">Sasaran Sub Kegiatan</p><table widths="*,120"><thead><tr><th>NAMA</th><th>ANGGARAN</th></tr></thead>${rows(80)}</table>`;

describe('pdf-keep-table', () => {
  // the spacer moves the heading down the first page in 12 pt steps, through the heights where the heading and
  // caption fit but the header row and first row do not (without the patch they end page 1 alone)
  it.each(Array.from({ length: 9 }, (_, i) => 610 + 12 * i))('spacer %i pt: the heading, the caption and the first row share a page', async (h) => {
    const pages = await pdfPages((await renderPdf(doc(`<p>awal</p><spacer height="${h}"/>${long}`))).bytes);
    const at = pages.findIndex((t) => t.includes('D. Sasaran Sub Kegiatan'));
    expect(pages[at]).toContain('Tabel 2.1 Sasaran Sub Kegiatan');
    expect(pages[at]).toMatch(/NAMA ANGGARAN\nBaris 1 Rp1\.000/);
    expect(pages[0]).toContain('awal'); // nothing else moved
    expect(pages.join('\n').match(/Baris \d+ /g)).toHaveLength(80); // every row once
  });
  it('at a page top it does not break again (no empty page)', async () => {
    const pages = await pdfPages((await renderPdf(doc(long))).bytes);
    expect(pages[0]).toContain('D. Sasaran Sub Kegiatan');
    expect(pages[0]).toContain('Baris 1 ');
  });
  it('the probe holds the header rows and the first row, with the rows its row spans reach', () => {
    const cell = (text: string, rowSpan?: number) => ({ rowSpan, blocks: [{ kind: 'p' as const, runs: [{ kind: 'text' as const, text }] }] });
    const t: Table = { kind: 'table', widths: ['*', '*'], headerRows: 1, borders: true, continuation: true, rows: [
      { cells: [cell('A'), cell('B')], header: true }, { cells: [cell('1', 3), cell('x')] }, { cells: [cell('y')] }, { cells: [cell('z')] }, { cells: [cell('2'), cell('w')] },
    ] };
    const s = tableStart(t);
    expect(s.rows).toHaveLength(4);
    expect(s.continuation).toBeUndefined();
  });
});
