// `sakip pratinjau` in a real headless browser (Debian's chromium driven by playwright-core): the page lists the
// documents and points its frame at the PDF, a content change redraws it without a reload, a broken edit shows its
// diagnostic and the fix clears it. Skipped, with a message, when chromium is not installed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mulaiPratinjau, type Pratinjau } from '../src/pratinjau/perintah.ts';
import { BASE, tempCopy } from './helpers.ts';

const CHROMIUM = '/usr/bin/chromium';
const ada = fs.existsSync(CHROMIUM);
if (!ada) console.warn(`pratinjau.test.ts dilewati: ${CHROMIUM} tidak ada (apt-get install chromium; .ci/run memasangnya).`);

const konten = tempCopy(BASE);
const keluaran = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-pratinjau-'));
const kd = path.join(konten, 'pk/2025/01-kepala-dinas.md');
const baik = fs.readFileSync(kd, 'utf8');
let p: Pratinjau;
let browser: Browser;
let page: Page;

const versi = () => page.locator('body').getAttribute('data-versi');
const baris = (slug: string) => page.locator(`#dokumen tbody tr[data-dokumen="pk/2025/${slug}"]`);

describe.skipIf(!ada)('sakip pratinjau in chromium', () => {
  beforeAll(async () => {
    p = await mulaiPratinjau({ konten, keluaran, jenis: ['pk'], format: ['pdf'], kertas: 'A4' }, 0, { rinci: false, log: false, senyap: true });
    await p.pantauan.ready;
    browser = await chromium.launch({ executablePath: CHROMIUM });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(20_000);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await p?.close();
  });

  it('listens on 127.0.0.1 only and lists every document with kind, year, pages and build time; the frame shows the PDF', async () => {
    expect(new URL(p.url).hostname).toBe('127.0.0.1');
    await page.goto(p.url);
    await expect.poll(() => page.locator('#dokumen tbody tr').count()).toBe(2);
    const sel = await baris('01-kepala-dinas').locator('td').allTextContents();
    expect(sel.slice(0, 3)).toEqual(['PK', '2025', '01-kepala-dinas']);
    expect(Number(sel[3])).toBeGreaterThan(0); // pages
    expect(sel[4]).toMatch(/^\d\d[.:]\d\d[.:]\d\d$/); // when written
    const src = await page.locator('iframe#pdf').getAttribute('src');
    expect(src).toMatch(/^\/berkas\/pk\/2025\/01-kepala-dinas\.pdf\?v=\d+$/);
    const r = await fetch(new URL(src!, p.url));
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await r.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    // only the listed documents' files are served
    expect((await fetch(new URL('/berkas/..%2F..%2Fetc%2Fpasswd', p.url))).status).toBe(404);
  });

  it('on a 1280 px wide screen every column of the document list is visible without scrolling sideways', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    try {
      const { kanan, batas } = await page.evaluate(() => {
        // the longest kind name and slug the kinds produce (contoh/dinas-pangan), in a copy of a listed row
        const tr = document.querySelector('#dokumen tbody tr')!.cloneNode(true) as HTMLElement;
        tr.children[0].textContent = 'Evaluasi Rencana Aksi';
        tr.children[2].textContent = 'evaluasi-rencana-aksi-01-kepala-dinas-tw4';
        document.querySelector('#dokumen tbody')!.append(tr);
        const aside = document.querySelector('aside')!.getBoundingClientRect();
        const th = [...document.querySelectorAll('#dokumen thead th')].map((e) => e.getBoundingClientRect().right);
        tr.remove();
        return { kanan: Math.max(...th), batas: aside.right };
      });
      expect(kanan).toBeLessThanOrEqual(batas);
    } finally {
      await page.setViewportSize({ width: 1400, height: 900 });
    }
  });

  it('a content change redraws the document without reloading the page', async () => {
    await page.evaluate(() => { (window as unknown as { tanda: number }).tanda = 1; });
    const v0 = await versi();
    const pdf0 = await baris('01-kepala-dinas').getAttribute('data-versi');
    const analis0 = await baris('16-analis-perdagangan').getAttribute('data-versi');
    fs.writeFileSync(kd, baik.replace('target: 98', 'target: 97'));
    await expect.poll(versi, { timeout: 30_000 }).not.toBe(v0);
    expect(await baris('01-kepala-dinas').getAttribute('data-versi')).not.toBe(pdf0);
    expect(await baris('16-analis-perdagangan').getAttribute('data-versi')).toBe(analis0); // not rebuilt
    expect(await page.locator('iframe#pdf').getAttribute('src')).toContain(`?v=${await baris('01-kepala-dinas').getAttribute('data-versi')}`);
    expect(await page.evaluate(() => (window as unknown as { tanda?: number }).tanda)).toBe(1); // same page, no reload
  }, 60_000);

  it('a broken edit shows its diagnostic with file:line and hint; the fix clears it', async () => {
    fs.writeFileSync(kd, baik.replace('tempat: Malili', 'tempat Malili\n  - x'));
    const galat = page.locator('#diagnostik li.galat');
    await expect.poll(() => galat.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const teks = await galat.first().textContent();
    expect(teks).toMatch(/01-kepala-dinas\.md:\d+:\d+/);
    expect(teks).toContain('[YAML_SINTAKS]');
    expect(teks).toMatch(/saran: \S/);
    expect(await page.locator('#basi').isVisible()).toBe(true);
    expect(await page.locator('#dokumen tbody tr').count()).toBe(2); // the last good list stays
    await page.screenshot({ path: path.join(keluaran, 'pratinjau-galat.png') });

    fs.writeFileSync(kd, baik.replace('target: 98', 'target: 96'));
    await expect.poll(() => galat.count(), { timeout: 30_000 }).toBe(0);
    expect(await page.locator('#basi').isVisible()).toBe(false);
    await page.screenshot({ path: path.join(keluaran, 'pratinjau.png') });
  }, 60_000);
});
