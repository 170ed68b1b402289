// The rows a row-spanning cell ties together stay on one page (span-groups.ts, pdf-keep-rows.ts): pdfmake broke a
// page inside them and drew the spanning cell's text below the table's last rule, its continuation row empty
// (example agency: LKIP 2025 Tabel 4.1 p27 "…daerah" at y 746,8; IKU 2025–2029 p4).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../src/backends/pdf.ts';
import { keptSpanGroups, spanGroups } from '../src/backends/span-groups.ts';
import { build } from '../src/pipeline.ts';
import { markupToModel } from '../src/render/markup-to-model.ts';
import type { Table } from '../src/render/model.ts';
import { ROOT, which } from './helpers.ts';
import { pdfWords, type Page } from './layout.ts';
import { pdfRules, type Rule } from './layout-tabel.ts';
import { textBelowTables } from './layout-rentang.ts';

const tools = which('pdftotext') && which('qpdf');
const doc = (body: string) => markupToModel(`<document title="t"><section><footer><p><page-number/></p></footer>${body}</section></document>`);
const filler = (n: number) => Array.from({ length: n }, (_, i) => `<p>Paragraf pengisi ${i + 1}.</p>`).join('');
const head = '<thead><tr><th>NO</th><th>SASARAN</th><th>INDIKATOR</th><th>TARGET</th></tr></thead>';
// a sasaran whose text (about 7 lines in its column) is taller than its first indicator rows
const group = (no: number, n: number) => Array.from({ length: n }, (_, i) => `<tr>${i === 0
  ? `<td rowspan="${n}">${no}</td><td rowspan="${n}">Meningkatnya akuntabilitas kinerja dan keuangan perangkat daerah kelompok ${no} akhir${no}</td>` : ''}`
  + `<td>Indikator ${no}.${i + 1}</td><td>${70 + i}</td></tr>`).join('');

function readPdf(bytes: Uint8Array): { pages: Page[]; rules: Rule[][] } {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-rentang-')), 'd.pdf');
  fs.writeFileSync(file, bytes);
  return { pages: pdfWords(file), rules: pdfRules(file) };
}
/** Pages holding the indicators of each group ("Indikator g.i"). */
const groupPages = (pages: Page[]) => {
  const at = new Map<string, Set<number>>();
  pages.forEach((p, i) => p.words.forEach((w, j) => {
    const m = w.text === 'Indikator' ? /^(\d+)\.\d+$/.exec(p.words[j + 1]?.text ?? '') : null;
    if (m) at.set(m[1], (at.get(m[1]) ?? new Set()).add(i));
  }));
  return [...at.values()].map((s) => s.size);
};

describe('span-groups: which rows a row span ties together', () => {
  const t = (rows: number[][], headerRows = 1): Table => ({
    kind: 'table', widths: [30, 200, 100], headerRows, borders: true,
    rows: rows.map((spans) => ({ cells: spans.map((s) => ({ blocks: [{ kind: 'p', runs: [{ kind: 'text', text: 'x' }] }], rowSpan: s > 1 ? s : undefined })) })),
  });
  it('merges spans reaching into each other, skips header rows and rows without a span', () => {
    expect(spanGroups(t([[2, 1, 1], [1], [3, 1, 1], [2, 1], [1], [1, 1, 1]]))).toEqual([[2, 4]]); // the header's span ignored
  });
  it('groups of data rows', () => {
    expect(spanGroups(t([[1, 1, 1], [3, 1, 1], [1, 1], [2, 1], [1, 1], [1, 1, 1]]))).toEqual([[1, 4]]);
    expect(spanGroups(t([[1, 1, 1], [2, 1, 1], [1, 1], [2, 2, 1], [1], [1, 1, 1]]))).toEqual([[1, 2], [3, 4]]);
  });
  it('a group estimated taller than the limit is not kept (a block taller than a page would lose its overflow)', () => {
    const long = t([[1, 1, 1], [60, 1, 1], ...Array.from({ length: 59 }, () => [1, 1])]);
    expect(spanGroups(long)).toEqual([[1, 60]]);
    expect(keptSpanGroups(long, [30, 200, 100], 10, 450)).toEqual([]);
    expect(keptSpanGroups(t([[1, 1, 1], [3, 1, 1], [1, 1], [1, 1]]), [30, 200, 100], 10, 450)).toEqual([[1, 3]]);
  });
});

describe.skipIf(!tools)('PDF: a spanning cell\'s text stays inside its table at a page break', () => {
  // filler lengths that put a page break inside the first, second or third group
  it.each([30, 33, 36, 39, 42])('after %i filler lines: every group on one page, no text under the last rule', async (n) => {
    const { bytes } = await renderPdf(doc(`${filler(n)}<table widths="30,*,*,60">${head}${group(1, 4)}${group(2, 4)}${group(3, 3)}</table>`));
    const { pages, rules } = readPdf(bytes);
    expect(pages.length).toBe(2);
    expect(textBelowTables(pages, rules)).toEqual([]);
    expect(groupPages(pages)).toEqual([1, 1, 1]);
  });
  it('a group taller than a page still breaks, and loses no row', async () => {
    const { bytes } = await renderPdf(doc(`${filler(10)}<table widths="30,*,*,60">${head}${group(1, 70)}</table>`));
    const { pages } = readPdf(bytes);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.flatMap((p) => p.words).filter((w) => w.text === 'Indikator')).toHaveLength(70);
  });
});

/** Page (0-based) of the last "a b" (sasaran 3's rows "Opini BPK …", "Nilai SAKIP …" end both tables), -1 if none. */
const lastPage = (pages: Page[], a: string, b: string) =>
  pages.findLastIndex((p) => p.words.some((w, j) => w.text === a && p.words[j + 1]?.text === b));
const sasaran3 = (pages: Page[]) => [lastPage(pages, 'Opini', 'BPK'), lastPage(pages, 'Nilai', 'SAKIP')];

describe.skipIf(!tools)('example agency: LKIP 2025 Tabel 4.1 and IKU 2025–2029 (PDF)', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-rentang-contoh-'));
  const docs: { name: string; file: string; pages: Page[]; rules: Rule[][] }[] = [];
  beforeAll(async () => {
    const built = await build({ konten: path.join(ROOT, 'contoh/dinas-pangan'), keluaran: out, jenis: ['lkip', 'iku'], format: ['pdf', 'docx'], kertas: 'A4' });
    for (const o of built.outputs.filter((x) => x.path.endsWith('.pdf'))) docs.push({ name: path.basename(o.path), file: o.path, pages: pdfWords(o.path), rules: pdfRules(o.path) });
  }, 120_000);
  // LibreOffice continued the span on the next page (its text flowing on), one row before the PDF's break
  it.skipIf(!which('soffice'))('LibreOffice breaks the DOCX at the same rows: sasaran 3 whole on the PDF\'s page', () => {
    const lo = path.join(out, 'lo');
    const r = spawnSync('soffice', [`-env:UserInstallation=file://${out}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', lo,
      ...docs.map((d) => d.file.replace(/\.pdf$/, '.docx'))], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    for (const d of docs) {
      const pages = pdfWords(path.join(lo, d.name));
      expect(sasaran3(pages), d.name).toEqual(sasaran3(d.pages));
      expect(new Set(sasaran3(pages)).size, d.name).toBe(1);
    }
  }, 150_000);
  it('no text under a table\'s last rule', () => {
    expect(docs.map((d) => d.name).sort()).toEqual(['iku-2025-2029.pdf', 'lkip-2025.pdf']);
    for (const d of docs) expect(textBelowTables(d.pages, d.rules), d.name).toEqual([]);
  });
  it('sasaran 3 of the last table ("Opini BPK", "Nilai SAKIP") on one page', () => {
    for (const d of docs) {
      const [opini, sakip] = sasaran3(d.pages);
      expect(opini, d.name).toBeGreaterThan(0);
      expect(sakip, d.name).toBe(opini);
    }
  });
});
