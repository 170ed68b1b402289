// Layout rules over every document of the default content, read from our PDF's text boxes (pdftotext -bbox): a
// signature block never alone on a page, nothing past the text block, no word or number broken across lines, lists
// pointing to the page where an item starts, no empty page, no heading or intro last on a page. The same rules on
// LibreOffice's rendering of our DOCX are in libreoffice.test.ts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../src/pipeline.ts';
import { docxText } from './extract.ts';
import { ROOT, which } from './helpers.ts';
import { emptyRowSpace, pdfRules, repeatedHeaders, type Rule } from './layout-tabel.ts';
import { textBelowTables } from './layout-rentang.ts';
import { blankPages, brokenTokens, documentMargins, JENIS, lonelySignatures, lonelyTembusan, misalignedNips, orphanIntros, overlappingWords, outsideTextBlock, pdfWords, wrongListPages, type Margins, type Page } from './layout.ts';

const CONTENT = path.join(ROOT, 'content');

const poppler = which('pdftotext');
const qpdf = which('qpdf'); // reads the tables' ruling lines
if (!poppler) console.warn('\n*** LEWATI: pdftotext (poppler-utils) tidak terpasang; uji tata letak dilewati. Pasang: apt-get install poppler-utils ***\n');

// the default content (40 documents, 27 with a bilateral PK signature page) and the example agency (its own)
describe.skipIf(!poppler).each([
  { dir: 'content', jumlah: 40, pk: 27, pangan: false },
  { dir: 'contoh/dinas-pangan', jumlah: 0, pk: 0, pangan: true },
])('tata letak setiap dokumen $dir (PDF kita)', ({ dir, jumlah, pk, pangan }) => {
  const CONTENT = path.join(ROOT, dir);
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-tata-'));
  const docs: { name: string; pages: Page[]; margins: Margins; text: string; rules: Rule[][] }[] = [];
  beforeAll(async () => {
    const built = await build({ konten: CONTENT, keluaran: out, jenis: JENIS, format: ['pdf', 'docx'], kertas: 'A4' });
    const margins = documentMargins(CONTENT);
    for (const o of built.outputs.filter((x) => x.path.endsWith('.pdf'))) {
      const name = path.basename(o.path, '.pdf');
      docs.push({ name, pages: pdfWords(o.path), margins: margins.get(name)!, text: docxText(fs.readFileSync(o.path.replace(/\.pdf$/, '.docx'))), rules: qpdf ? pdfRules(o.path) : [] });
    }
  }, 240_000);
  const each = (rule: (d: (typeof docs)[number]) => string[]) => Object.fromEntries(docs.map((d) => [d.name, rule(d)]).filter(([, f]) => f.length));

  it('builds every document of every kind, each with margins from its model', () => {
    if (pangan) expect(docs.length).toBeGreaterThanOrEqual(9); else expect(docs).toHaveLength(jumlah);
    for (const d of docs) expect(d.margins, d.name).toBeDefined();
  });
  it('a signature block is never alone on a page: body text precedes it (PK Lampiran 1 of 01, 08, 12, 25, 27 carry the last rows)', () => {
    if (!pangan) expect(docs.filter((d) => /Pihak Pertama/.test(d.text))).toHaveLength(pk);
    expect(each((d) => lonelySignatures(d.pages, d.margins))).toEqual({});
  });
  it('no two words print over each other (chart labels of close series: LKIP 2024 Grafik 3.5, example LKIP 2025 Grafik 3.3)', () => {
    expect(each((d) => overlappingWords(d.pages))).toEqual({});
  });
  it('side by side signatures line up: no name wraps under its signature (PK 03 and 18: the NIP a line lower)', () => {
    expect(each((d) => misalignedNips(d.pages))).toEqual({});
  });
  it('a decree\'s tembusan is on its signature\'s page (example IKU 2025–2029: it stood alone on page 2)', () => {
    expect(docs.filter((d) => /Tembusan/.test(d.text)).length).toBeGreaterThanOrEqual(1);
    expect(each((d) => lonelyTembusan(d.pages))).toEqual({});
  });
  it('nothing extends past the text block (LKIP efficiency tables: "Selisih (poin)" inside the right margin)', () => {
    expect(each((d) => outsideTextBlock(d.pages, d.margins))).toEqual({});
  });
  it('no word or number is broken across lines (column widths come from the content)', () => {
    expect(each((d) => brokenTokens(d.pages, d.text))).toEqual({});
  });
  it('lists of contents, tables and figures point to the page where the item starts (LKIP Tabel 3.13 -> 30)', () => {
    expect(each((d) => wrongListPages(d.pages))).toEqual({});
  });
  it('no page holds only its number, no heading or intro ends a page', () => {
    expect(each((d) => [...blankPages(d.pages), ...orphanIntros(d.pages)])).toEqual({});
  });
  it('a repeated table header is printed once at the top of a page (PK 25 and 27 p3: "NO SUB KEGIATAN ANGGARAN" twice)', () => {
    expect(each((d) => repeatedHeaders(d.pages))).toEqual({});
  });
  it.skipIf(!qpdf)('no table row is more than 1.5 lines taller than its text (row spans: Renstra Tabel 2.3 and 3.2, example PK 01 p2)', () => {
    expect(docs.filter((d) => d.rules.some((r) => r.length)).length).toBeGreaterThan(pangan ? 5 : 30);
    expect(each((d) => emptyRowSpace(d.pages, d.rules))).toEqual({});
  });
  it.skipIf(!qpdf)('no text of a table lies under its last rule (example LKIP 2025 Tabel 4.1 p27: a spanning cell at a page break)', () => {
    expect(each((d) => textBelowTables(d.pages, d.rules))).toEqual({});
  });
});
