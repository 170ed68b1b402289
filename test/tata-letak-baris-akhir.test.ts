// A ruled data table that breaks across pages keeps its last rows together (span-groups.ts keptLastRows; PDF
// pdf-keep-rows.ts, DOCX keep-with-next): no page holds one lone row, or a lone JUMLAH, under a repeated header
// (page review: Pedoman Tabel 2.2 row 23 and Tabel 2.4 row 71 alone, Renstra Tabel 4.2 JUMLAH alone, LKIP tera tables).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../src/backends/pdf.ts';
import { keptLastRows } from '../src/backends/span-groups.ts';
import { markupToModel } from '../src/render/markup-to-model.ts';
import type { Table } from '../src/render/model.ts';
import { which } from './helpers.ts';
import { pdfWords } from './layout.ts';

const t = (spans: number[], o: Partial<Table> = {}, text = 'x'): Table => ({
  kind: 'table', widths: [30, 200, 100], headerRows: 1, borders: true,
  rows: [{ cells: [{ blocks: [] }, { blocks: [] }, { blocks: [] }] }, ...spans.map((s) => ({ cells: [{ blocks: [{ kind: 'p' as const, runs: [{ kind: 'text' as const, text }] }], rowSpan: s > 1 ? s : undefined }, { blocks: [] }, { blocks: [] }] }))],
  ...o,
});

describe('keptLastRows', () => {
  const k = (x: Table) => keptLastRows(x, [30, 200, 100], 10, 450);
  it('the last 3 rows of a long table, at most half of a short one, none under 2', () => {
    expect(k(t(Array(10).fill(1)))).toBe(3);
    expect(k(t(Array(5).fill(1)))).toBe(2);
    expect(k(t(Array(3).fill(1)))).toBe(0);
  });
  it('never cuts a row span: LKIP Tabel 3.2 (1 row, a four-row sasaran, 1 row) keeps none', () => {
    expect(k(t([1, 4, 1, 1, 1, 1]))).toBe(0);
    expect(k(t([1, 1, 1, 1, 1, 1, 2, 1]))).toBe(3); // the span inside the last 3 rows
    expect(k(t([1, 1, 1, 1, 2, 1, 1, 1]))).toBe(4); // a span across the 3-row cut: grown over it
    expect(k(t([1, 1, 2, 1, 1]))).toBe(0); // half is 2, and the cut above the last 2 would split the span
  });
  it('none for a table kept whole, without rules, or whose last rows are too tall to move together', () => {
    expect(k(t(Array(10).fill(1), { keepTogether: true }))).toBe(0);
    expect(k(t(Array(10).fill(1), { borders: false }))).toBe(0);
    expect(k(t(Array(10).fill(1), {}, 'panjang '.repeat(60)))).toBe(0);
  });
});

describe.skipIf(!which('pdftotext'))('the page a table ends on', () => {
  const doc = (filler: number, rows: number) => markupToModel(`<document title="t"><section><footer><p><page-number/></p></footer>${
    Array.from({ length: filler }, (_, i) => `<p>Paragraf pengisi ${i + 1}.</p>`).join('')}<table borders="true"><thead><tr><th>NO</th><th>URAIAN</th><th>NILAI</th></tr></thead>${
    Array.from({ length: rows }, (_, i) => `<tr><td>${i + 1}</td><td>Baris${i + 1} uraian kegiatan perangkat daerah</td><td>${i + 10}</td></tr>`).join('')}</table></section></document>`);
  it('holds at least the last two rows wherever the break falls (filler of 20 to 44 paragraphs, 30 rows)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-baris-akhir-'));
    const lone: number[] = [];
    let broken = 0;
    for (let filler = 20; filler <= 44; filler += 2) {
      const file = path.join(dir, `${filler}.pdf`);
      fs.writeFileSync(file, (await renderPdf(doc(filler, 30))).bytes);
      const page = (row: number) => pdfWords(file).findIndex((p) => p.words.some((w) => w.text === `Baris${row}`));
      if (page(1) !== page(30)) broken++;
      if (page(30) !== page(29)) lone.push(filler);
    }
    expect(broken).toBeGreaterThan(5); // the table does break in these documents
    expect(lone).toEqual([]);
  });
});
