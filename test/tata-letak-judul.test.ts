// A heading or title-like line never ends a page with its text on the next one (default content: the Renstra's
// "6. Persentase Cakupan Binaan …" p27 and "3. Meningkatnya Kontribusi Sektor Perdagangan …" p33, the LKIP's
// "Data Tera/Tera Ulang Triwulan IV" p33 over its table on p34), read from the PDF's text boxes; and on a generated
// document whose titles fall at every height of a page.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../src/backends/pdf.ts';
import { build, check, models } from '../src/pipeline.ts';
import { isJudul } from '../src/render/judul.ts';
import { markupToModel } from '../src/render/markup-to-model.ts';
import type { Block, DocModel } from '../src/render/model.ts';
import { ROOT, which } from './helpers.ts';
import { strandedTitles, titleTexts } from './layout-judul.ts';
import { lines, pdfWords, type Margins, type Page } from './layout.ts';

const poppler = which('pdftotext');
const p = (text: string, bold = false): Block => ({ kind: 'p', runs: [{ kind: 'text', text, bold }] });
const table: Block = { kind: 'table', widths: ['*'], rows: [{ cells: [{ blocks: [p('x')] }] }], headerRows: 0, borders: true };

describe('judul: which paragraphs act as titles', () => {
  it('a short bold line, a numbered title line, a short line over a table; not a sentence, a long line, a list of lines', () => {
    expect(isJudul(p('Persentase Koperasi Aktif (%)', true), p('Teks.'))).toBe(true);
    expect(isJudul(p('3.2 Strategi Perangkat Daerah'), p('Teks.'))).toBe(true);
    expect(isJudul(p('Data Tera/Tera Ulang Triwulan IV'), table)).toBe(true);
    expect(isJudul(p('Data Tera/Tera Ulang Triwulan IV'), p('Teks.'))).toBe(false);
    expect(isJudul(p('Tabel berikut menyajikan data tera ulang.'), table)).toBe(false);
    expect(isJudul(p('x'.repeat(200), true), p('Teks.'))).toBe(false);
    expect(isJudul(p('1. Pasar Wotu'), p('2. Pasar Solo'))).toBe(false);
    expect(isJudul(p('Judul', true), undefined)).toBe(false);
    expect(isJudul(p('Judul', true), { kind: 'pagebreak' })).toBe(false);
  });
});

/** A generated document: between its titles one more line of text each time, so titles fall at every height. */
function generated(): DocModel {
  const kalimat = 'Kalimat pengisi yang cukup panjang untuk memenuhi satu baris teks pada halaman ini';
  const teks = (n: number) => Array.from({ length: n }, () => kalimat).join('. ') + '.';
  const tabel = Array.from({ length: 30 }, (_, i) => `<tr><td>${i + 1}</td><td>Pasar ${i + 1}</td></tr>`).join('');
  const KIND = [
    (k: number) => `<p><b>Judul tebal ${k}</b></p><p>${teks(3)}</p>`,
    (k: number) => `<ol><li><p><b>Indikator ${k}</b></p><p>${teks(2)}</p></li></ol>`,
    (k: number) => `<p>Data Tera Ulang ${k}</p><table widths="40,*"><thead><tr><th>No</th><th>Nama</th></tr></thead>${tabel}</table>`,
    (k: number) => `<h3>Subjudul ${k}</h3><p>${teks(12)}</p>`,
  ];
  const body = Array.from({ length: 120 }, (_, k) => `<p>${teks(1 + (k % 7))}</p>${KIND[k % KIND.length](k)}`).join('');
  return markupToModel(`<document title="t"><section><footer><p align="center"><page-number/></p></footer>${body}</section></document>`);
}

describe.skipIf(!poppler)('tata letak: judul tidak sendirian di kaki halaman', () => {
  const docs: { name: string; pages: Page[]; margins: Margins; titles: Set<string> }[] = [];
  beforeAll(async () => {
    const konten = path.join(ROOT, 'content');
    const jenis = ['lkip', 'renstra', 'pedoman'];
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-judul-'));
    const built = await build({ konten, keluaran: out, jenis, format: ['pdf'], kertas: 'A4' });
    const r = models(check(konten).content, { jenis, kertas: 'A4' });
    if (!('models' in r)) throw new Error(r.message);
    const bySlug = new Map(r.jobs.map((j, i) => [j.slug, r.models[i]]));
    for (const o of built.outputs.filter((x) => x.path.endsWith('.pdf'))) {
      const name = path.basename(o.path, '.pdf');
      const model = bySlug.get(name)!;
      docs.push({ name, pages: pdfWords(o.path), margins: margins(model), titles: titleTexts(model) });
    }
    const g = generated();
    const file = path.join(out, 'generated.pdf');
    fs.writeFileSync(file, (await renderPdf(g)).bytes);
    docs.push({ name: 'generated', pages: pdfWords(file), margins: margins(g), titles: titleTexts(g) });
  }, 240_000);
  const margins = (m: DocModel) => [0, 1, 2, 3].map((k) => Math.min(...m.sections.map((s) => s.margins[k]))) as Margins;

  it('reads the titles of the LKIP, Renstra, guideline and the generated document', () => {
    expect(docs.map((d) => d.name).sort()).toEqual(['generated', 'lkip-2024', 'pedoman-2025', 'renstra-2025-2029']);
    for (const d of docs) expect(d.titles.size, d.name).toBeGreaterThan(20);
    // the generated titles reach the foot of a page: some page ends within two lines of one of them
    expect(docs.find((d) => d.name === 'generated')!.pages.length).toBeGreaterThan(8);
  });
  it('a list item moved by its title keeps its number (the probe does not take the item\'s marker)', () => {
    const g = docs.find((d) => d.name === 'generated')!;
    const items = g.pages.flatMap((pg) => lines(pg).filter((l) => /Indikator \d+$/.test(l.text)).map((l) => l.text));
    expect(items).toHaveLength(30);
    expect(items.filter((t) => !/^1\. Indikator \d+$/.test(t))).toEqual([]);
  });
  it('no page ends with a heading or title-like line', () => {
    expect(Object.fromEntries(docs.map((d) => [d.name, strandedTitles(d.pages, d.margins, d.titles)]).filter(([, f]) => f.length))).toEqual({});
  });
});
