// The pdfmake patches and the width solver behind the layout rules, on small documents (each could fail alone).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { minimumWidths, solveWidths } from '../src/backends/column-widths.ts';
import { renderPdf } from '../src/backends/pdf.ts';
import { textWidth } from '../src/backends/text-width.ts';
import { markupToModel } from '../src/render/markup-to-model.ts';
import type { Table } from '../src/render/model.ts';
import { pdfPages } from './extract.ts';
import { which } from './helpers.ts';
import { pdfWords } from './layout.ts';
import { emptyRowSpace, pdfRules, repeatedHeaders } from './layout-tabel.ts';

const doc = (body: string) => markupToModel(`<document title="t"><section><footer><p><page-number/></p></footer>${body}</section></document>`);
const rows = (n: number) => Array.from({ length: n }, (_, i) => `<tr><td>Baris ${i + 1}</td><td>Rp${i + 1}.000</td></tr>`).join('');
const ttd = '<table widths="*,*" borders="none" keep="together" signature><tr><td></td><td>Malili, 2 Januari 2025</td></tr><tr><td><spacer height="56"/></td><td></td></tr><tr><td></td><td>NIP. 1</td></tr></table>';

describe('pdf-keep-rows + pdf-signature: a signature carries the last rows of the table before it', () => {
  // 30-37 rows fill the first page and leave no room for the signature: without the patch it stands alone on page 2
  it.each([32, 36, 44])('%i rows: the page of the signature also holds the last rows and the repeated header', async (n) => {
    const { bytes } = await renderPdf(doc(`<table widths="*,120"><thead><tr><th>NAMA</th><th>ANGGARAN</th></tr></thead>${rows(n)}</table><spacer height="6"/>${ttd}`));
    const pages = await pdfPages(bytes);
    const last = pages.at(-1)!;
    expect(last).toContain('Malili, 2 Januari 2025');
    expect(last).toContain(`Baris ${n}`);
    if (pages.length > 1) expect(last).toContain(`Baris ${n - 2}`);
  });
});

/** Words and ruling lines of a rendered PDF (pdftotext and qpdf read a file). */
function readPdf(bytes: Uint8Array) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-tabel-')), 'd.pdf');
  fs.writeFileSync(file, bytes);
  return { pages: pdfWords(file), rules: pdfRules(file) };
}
const tools = which('pdftotext') && which('qpdf');
const filler = (n: number) => Array.from({ length: n }, (_, i) => `<p>Paragraf pengisi ${i + 1}.</p>`).join('');

describe.skipIf(!tools)('pdf-row-span + pdf-keep-rows: rows as tall as their text, one header per page', () => {
  const head = '<thead><tr><th>NO</th><th>SASARAN</th><th>INDIKATOR</th></tr><tr><th>(1)</th><th>(2)</th><th>(3)</th></tr></thead>';
  const group = (no: number, n: number) => Array.from({ length: n }, (_, i) =>
    `<tr>${i === 0 ? `<td rowspan="${n}">${no}</td><td rowspan="${n}">Sasaran ${no} yang cukup panjang untuk dua baris teks</td>` : ''}<td>Indikator ${no}.${i + 1}</td></tr>`).join('');
  // the first group's span starts in pdfmake's header block (header rows + keepWithHeaderRows): its last row grew
  // by the header and the spanning cell (example PK 01 p2: 67.6 pt for 25.6 pt of text); not on a document's first
  // page, where pdfmake's page check happened to pass
  it('the last row of the first row-span group under the header is no taller than its text', async () => {
    const { bytes } = await renderPdf(doc(`<p>awal</p><page-break/><table widths="30,*,*">${head}${group(1, 4)}${group(2, 3)}</table>`));
    const { pages, rules } = readPdf(bytes);
    expect(rules[1].length).toBeGreaterThan(20);
    expect(emptyRowSpace(pages, rules)).toEqual([]);
  });
  // the first group starts at the foot of page 1 under its header and goes on on page 2, where its last row grew by
  // the header and the spanning cell (Renstra Tabel 2.3, golongan IV, before its rows were kept on one page): a group
  // too tall to be kept together (span-groups.ts) still breaks so
  it('a row-span group broken across pages: its last row on the new page is no taller than its text', async () => {
    const short = (no: number, n: number) => group(no, n).replace(/ yang cukup panjang untuk dua baris teks/g, '');
    const { bytes } = await renderPdf(doc(`${filler(36)}<table widths="30,*,*"><thead><tr><th>NO</th><th>SASARAN</th><th>INDIKATOR</th></tr></thead>${short(1, 20)}</table>`));
    const { pages, rules } = readPdf(bytes);
    expect(pages.map((p) => p.words.filter((w) => w.text === 'Indikator').length)).toEqual([1, 19]);
    expect(emptyRowSpace(pages, rules)).toEqual([]);
  });
  // a short signed table (every data row kept with the signature) moved to a new page: pdfmake registered its header
  // as repeatable while the kept rows were still open, and the new page printed it twice (PK 25, 27 p3)
  it.each([30, 34, 38])('a signed two-row table after %i filler lines: its header once on the new page', async (n) => {
    const { bytes } = await renderPdf(doc(`${filler(n)}<table widths="30,*,120"><thead><tr><th>NO</th><th>SUB KEGIATAN</th><th>ANGGARAN</th></tr></thead><tr><td>1</td><td>Satu</td><td>Rp1</td></tr><tr><td>2</td><td>Dua</td><td>Rp2</td></tr></table><spacer height="6"/>${ttd}`));
    const { pages } = readPdf(bytes);
    expect(pages.length).toBe(2);
    expect(repeatedHeaders(pages)).toEqual([]);
    expect((await pdfPages(bytes))[1].match(/SUB KEGIATAN/g)).toHaveLength(1);
  });
});

describe('pdf-first-page: a list points to the page where a long table starts', () => {
  it('the caption of a three-page table (a repeated header row) is reported on its first page', async () => {
    const m = doc(`<toc list="tabel"/><page-break/><p>awal</p><p align="center" keep-next caption="tabel" bab="1">Panjang</p><table widths="*,120"><thead><tr><th>NAMA</th><th>ANGGARAN</th></tr></thead>${rows(130)}</table>`);
    const { bytes, layout } = await renderPdf(m);
    expect((await pdfPages(bytes)).length).toBeGreaterThanOrEqual(4);
    expect([...layout.byId.values()]).toEqual(['2']);
  });
});

describe('column-widths: no column narrower than its widest word or number', () => {
  const table = (widths: (number | '*')[], cells: string[], size = 10): Table => ({
    kind: 'table', widths, headerRows: 0, borders: true, size,
    rows: [{ cells: cells.map((t) => ({ blocks: [{ kind: 'p', runs: [{ kind: 'text', text: t }] }] })) }],
  });
  it('the LKIP efficiency table: fixed columns give back what the star column needs', () => {
    const t = table(['*', 80, 100, 100, 62, 62], ['Meningkatnya', '108,74%', 'Rp12.002.187.654.321,60', 'Rp689.883.627', '85,89%', '22,85']);
    const w = solveWidths(t, 439, 12)!.widths;
    expect(w[0]).toBeGreaterThanOrEqual(textWidth('Meningkatnya', 10));
    expect(w[2]).toBeGreaterThanOrEqual(textWidth('Rp12.002.187.654.321,60', 10));
    expect(w.reduce((a, x) => a + x, 0) + 6 * 8.5).toBeLessThanOrEqual(439.01);
  });
  it('widths that already fit stay as given (pdfmake lays the stars out as before)', () => {
    expect(solveWidths(table(['*', '*'], ['a', 'b']), 439, 12)).toBeUndefined();
  });
  it('a table whose widest tokens cannot fit side by side gets a smaller font instead of broken numbers', () => {
    const t = table(Array(12).fill('*'), Array(12).fill('1.313.160.356,70'), 8);
    const r = solveWidths(t, 439, 12)!;
    expect(r.size).toBeLessThan(8);
    const min = minimumWidths({ ...t, size: r.size }, 12);
    r.widths.forEach((x, i) => expect(x).toBeGreaterThanOrEqual(min[i] - 0.01));
  });
});
