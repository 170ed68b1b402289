// Every generated DOCX must open and convert in LibreOffice (headless) without error.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../src/pipeline.ts';
import { docxText, normalise, pdfJumlahHalaman, pdfPages } from './extract.ts';
import { ROOT, which } from './helpers.ts';
import { blankPages, brokenTokens, documentMargins, JENIS, lonelySignatures, lonelyTembusan, misalignedNips, outsideTextBlock, pdfWords, wrongListPages, type Page } from './layout.ts';

const soffice = which('soffice');
if (!soffice) console.warn('\n*** LEWATI: soffice (LibreOffice) tidak terpasang; uji konversi DOCX dilewati. Pasang: apt-get install libreoffice-writer-nogui ***\n');

describe.skipIf(!soffice)('LibreOffice membuka setiap DOCX', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-lo-'));
  const pdfDir = path.join(out, 'pdf');
  // the example agency's documents (own test below) go through the same LibreOffice run, as contoh-<name>.docx copies
  // (names shared with the default content's documents would overwrite each other in one output directory)
  const dir = path.join(out, 'contoh');
  const CONTOH = 'contoh-';
  let docx: string[] = [], contoh: string[] = [];
  beforeAll(async () => {
    const built = await build({ konten: path.join(ROOT, 'content'), keluaran: out, jenis: JENIS, format: ['pdf', 'docx'], kertas: 'A4' });
    docx = built.outputs.map((o) => o.path).filter((p) => p.endsWith('.docx'));
    const builtContoh = await build({ konten: path.join(ROOT, 'contoh/dinas-pangan'), keluaran: dir, jenis: JENIS, format: ['pdf', 'docx'], kertas: 'A4' });
    contoh = builtContoh.outputs.map((o) => o.path).filter((p) => p.endsWith('.docx'));
    const salinan = path.join(out, 'salinan-contoh');
    fs.mkdirSync(salinan);
    const masuk = contoh.map((f) => { const c = path.join(salinan, CONTOH + path.basename(f)); fs.copyFileSync(f, c); return c; });
    const r = spawnSync('soffice', [`-env:UserInstallation=file://${out}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', pdfDir, ...docx, ...masuk], { encoding: 'utf8', timeout: 280_000 });
    if (r.status !== 0) throw new Error(`soffice gagal: ${r.stderr}`);
  }, 400_000);
  // each PDF's page texts parsed once (the text, chapter and page-count tests read the same files)
  const terbaca = new Map<string, Promise<string[]>>();
  const halaman = (file: string) => terbaca.get(file) ?? terbaca.set(file, pdfPages(fs.readFileSync(file))).get(file)!;
  it('converts every DOCX of every kind (40: 27 PK, LKIP, pengukuran, Renstra, 2 IKU, pedoman, 2 Rencana Aksi, 2 evaluations, 2 Renja forms, pohon kinerja) to PDF with its text intact', async () => {
    expect(docx).toHaveLength(40);
    for (const f of docx) {
      const pdf = path.join(pdfDir, path.basename(f).replace(/\.docx$/, '.pdf'));
      expect(fs.existsSync(pdf), pdf).toBe(true);
      const pages = await halaman(pdf);
      const text = normalise(pages.join('\n'));
      expect(pages.length).toBeGreaterThanOrEqual(2);
      if (f.includes('/pk/')) expect(/PERJANJIAN KINERJA[\s\S]*TABEL KINERJA TAHUN 2025/.test(text)).toBe(true);
      else expect(text.length).toBeGreaterThan(500);
    }
  });
  const chapters = async (file: string) =>
    (await halaman(file)).flatMap((t, i) => (/^BAB [IV]+\b/m.test(t) ? [i + 1] : []));
  // Allowed page differences per document: none. Every document agrees exactly since nested lists keep the PDF's
  // space under them in the DOCX (docx-spacing.ts listSpacing; the Renstra was 70 pages in LibreOffice), a heading
  // and caption keep with the first rows of a long table in the PDF as in the DOCX (pdf-keep-table.ts; the guideline
  // was 22 in our PDF) and a DOCX table has the PDF's 2 pt above and 8 pt below it (docx-table.ts gap; the IKU
  // 2021–2026 verification mark took an 11th page).
  const SELISIH: Record<string, number> = {};
  it.each(['renstra/2025/renstra-2025-2029', 'lkip/2024/lkip-2024'])('LibreOffice starts every chapter of %s on the page our PDF does (DOCX widths, spacing and cell margins follow the PDF)', async (doc) => {
    const ours = await chapters(path.join(out, `${doc}.pdf`));
    const lo = await chapters(path.join(pdfDir, `${path.basename(doc)}.pdf`));
    expect(ours.length).toBeGreaterThanOrEqual(4);
    expect(lo).toHaveLength(ours.length);
    lo.forEach((p, i) => expect(Math.abs(p - ours[i]), `${doc}: BAB ke-${i + 1} di halaman ${p}, PDF kami ${ours[i]}`).toBeLessThanOrEqual(SELISIH[doc] ?? 0));
  });
  it('LibreOffice gives every document (all 40) as many pages as our PDF', async () => {
    const pks = docx.filter((f) => f.includes(`${path.sep}pk${path.sep}`)).map((f) => path.relative(out, f).replace(/\.docx$/, ''));
    expect(pks).toHaveLength(27);
    for (const doc of docx.map((f) => path.relative(out, f).replace(/\.docx$/, ''))) {
      const [lo, ours] = [(await halaman(path.join(pdfDir, `${path.basename(doc)}.pdf`))).length, await pdfJumlahHalaman(fs.readFileSync(path.join(out, `${doc}.pdf`)))];
      expect(Math.abs(lo - ours), `${doc}: LibreOffice ${lo} halaman, PDF kami ${ours}`).toBeLessThanOrEqual(SELISIH[doc] ?? 0);
    }
  });
  // the example agency too (its own documents, converted in one more run): Evaluasi Renja 2025 was 4 pages in
  // LibreOffice against our 3 (a 8 pt footer under a 12 mm margin shrank LibreOffice's text block; docx.ts footerDistance)
  it('LibreOffice gives every document of the example agency as many pages as our PDF, and no tembusan or signature alone', async () => {
    const files = contoh;
    expect(files.length).toBeGreaterThanOrEqual(9);
    const margins = documentMargins(path.join(ROOT, 'contoh/dinas-pangan'));
    const wrong: string[] = [];
    for (const f of files) {
      const name = path.basename(f, '.docx');
      const [theirs, ours] = [await pdfJumlahHalaman(fs.readFileSync(path.join(pdfDir, `${CONTOH}${name}.pdf`))), await pdfJumlahHalaman(fs.readFileSync(f.replace(/\.docx$/, '.pdf')))];
      if (theirs !== ours) wrong.push(`${path.relative(dir, f)}: LibreOffice ${theirs} halaman, PDF kami ${ours}`);
      if (which('pdftotext')) {
        const pages = pdfWords(path.join(pdfDir, `${CONTOH}${name}.pdf`));
        wrong.push(...lonelySignatures(pages, margins.get(name)!), ...lonelyTembusan(pages));
      }
    }
    expect(wrong).toEqual([]);
  }, 120_000);
  // the layout rules of tata-letak.test.ts, on LibreOffice's pagination of our DOCX
  // read once for the four rules below (the margins check and lay out every model; pdftotext per LibreOffice PDF)
  let dibaca: { name: string; pages: Page[]; margins: [number, number, number, number]; text: string }[] | undefined;
  const rendered = () => (dibaca ??= (() => {
    const margins = documentMargins(path.join(ROOT, 'content'));
    return docx.map((f) => {
      const name = path.basename(f, '.docx');
      return { name, pages: pdfWords(path.join(pdfDir, `${name}.pdf`)), margins: margins.get(name)!, text: docxText(fs.readFileSync(f)) };
    });
  })());
  const each = (rule: (d: { pages: Page[]; margins: [number, number, number, number]; text: string }) => string[]) =>
    Object.fromEntries(rendered().map((d) => [d.name, rule(d)]).filter(([, f]) => f.length));
  it.skipIf(!which('pdftotext'))('in LibreOffice too, a signature block is never alone on a page, a tembusan on its signature\'s page, side by side NIPs line up', () => {
    expect(each((d) => [...lonelySignatures(d.pages, d.margins), ...lonelyTembusan(d.pages), ...misalignedNips(d.pages)])).toEqual({});
  });
  it.skipIf(!which('pdftotext'))('in LibreOffice too, nothing extends past the text block and no word or number breaks across lines', () => {
    expect(each((d) => [...outsideTextBlock(d.pages, d.margins), ...brokenTokens(d.pages, d.text)])).toEqual({});
  });
  // a list item's number is drawn at its paragraph mark's size: a list in a 10 pt Renstra cell numbered at 12 pt
  // (measured: "1." 15,6 pt high beside 13,0 pt text, 17 items) until the mark carried the item's size
  it.skipIf(!which('pdftotext'))('in LibreOffice, list numbers are as high as their item text (lists in small table cells too)', () => {
    const label = /^(\d{1,2}|[a-z])\.$/;
    const h = (w: { y0: number; y1: number }) => w.y1 - w.y0;
    const checked: string[] = [];
    const wrong = each((d) => d.pages.flatMap((p, i) => p.words.filter((w) => label.test(w.text)).flatMap((w) => {
      const next = p.words.filter((v) => Math.abs(v.y1 - w.y1) < 3 && v.x0 - w.x1 >= 0 && v.x0 - w.x1 <= 12).sort((a, b) => a.x0 - b.x0)[0];
      if (!next) return [];
      if (h(next) < 14) checked.push(`${w.text} ${next.text}`);
      return Math.abs(h(w) - h(next)) > 0.5 ? [`hal. ${i + 1}: "${w.text}" ${h(w).toFixed(1)} pt, "${next.text}" ${h(next).toFixed(1)} pt`] : [];
    })));
    expect(wrong).toEqual({});
    expect(checked.length).toBeGreaterThan(50); // items in 10 pt cells (and smaller text) were among those checked (72)
  });
  it.skipIf(!which('pdftotext'))('in LibreOffice too, the lists (PAGEREF fields) point to the page where each item starts, and no page is empty', () => {
    expect(each((d) => [...wrongListPages(d.pages), ...blankPages(d.pages)])).toEqual({});
  });
});
