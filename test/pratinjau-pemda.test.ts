// `sakip pratinjau` on a Pemda root (in process): the index lists the agencies, each agency's page lists its own
// documents and serves its own PDFs under /instansi/<id>/, a finding shows on the page its file belongs to (an
// agency's error there only, a PEMDA_* finding in an agency's PK on that agency, a Pemda file's on the index), and
// in headless chromium the index links to an agency page that shows its documents. A synthetic three-agency Pemda
// cloned from contoh/dinas-pangan (scripts/pemda-sintetis.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buatPemda } from '../scripts/pemda-sintetis.ts';
import { mulaiPratinjauPemda, type PratinjauPemda } from '../src/pratinjau/pemda.ts';
import type { StatusPemda } from '../src/pratinjau/keadaan-pemda.ts';
import type { Status } from '../src/pratinjau/keadaan.ts';
import { ROOT } from './helpers.ts';

const CHROMIUM = '/usr/bin/chromium';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-pratinjau-pemda-'));
const { akar, ids } = buatPemda(3, path.join(tmp, 'pemda'), { sumber: [path.join(ROOT, 'contoh/dinas-pangan')], asli: true });
const [A, B, C] = ids;
const keluaran = path.join(tmp, 'keluaran');
const pkB = path.join(akar, `instansi/${B}/pk/2025/02-sekretaris.md`);
const kdB = path.join(akar, `instansi/${B}/pk/2025/01-kepala-dinas.md`);
const rpjmd = path.join(akar, 'bersama/rpjmd/2025-2029.yaml');
type StatusInstansi = Status & { pemda: { nama: string; id: string; instansi: { id: string; nama: string }[]; galat: number; peringatan: number } };
let p: PratinjauPemda;

const ambil = async <T>(rel: string): Promise<T> => (await fetch(new URL(rel, p.url))).json() as Promise<T>;
const indeks = () => ambil<StatusPemda>('/status.json');
const instansi = (id: string) => ambil<StatusInstansi>(`/instansi/${id}/status.json`);
const kode = (s: { diagnostik: { code: string; severity: string }[] }, severity = 'galat') => s.diagnostik.filter((d) => d.severity === severity).map((d) => d.code);
async function tunggu<T>(f: () => Promise<T>, ok: (x: T) => boolean, ms = 40_000): Promise<T> {
  for (let t = 0; ; t += 100) {
    const x = await f();
    if (ok(x)) return x;
    if (t > ms) throw new Error(`waktu habis: ${JSON.stringify(x).slice(0, 400)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('sakip pratinjau on a Pemda root', () => {
  beforeAll(async () => {
    p = await mulaiPratinjauPemda({ konten: akar, keluaran, jenis: ['pk'], hanya: ['01-kepala-dinas', '02-sekretaris'], format: ['pdf'], kertas: 'A4' }, ids, 0,
      { rinci: false, log: false, senyap: true });
    await p.pantauan.ready;
  }, 120_000);
  afterAll(async () => { await p?.close(); });

  it('the index lists every agency with its name, documents, counts and state', async () => {
    const s = await tunggu(indeks, (x) => x.instansi.every((i) => i.keadaan === 'dibangun'));
    expect(s.nama).toBe('Kabupaten Contoh');
    expect(s.instansi.map((i) => [i.id, i.dokumen, i.galat])).toEqual([[A, 2, 0], [B, 2, 0], [C, 2, 0]]);
    expect(s.instansi[1].nama).toBe('Dinas Ketahanan Pangan dan Peternakan (Sintetis 02)');
    expect(s.diagnostik).toEqual([]);
    const html = await (await fetch(p.url)).text();
    expect(html).toContain('id="instansi"');
    expect(html).not.toMatch(/(src|href)="https?:/); // nothing from outside
  });

  it('an agency page lists its own documents and serves its own PDFs; other URLs are refused', async () => {
    const sb = await instansi(B);
    expect(sb.dokumen.map((d) => d.slug)).toEqual(['01-kepala-dinas', '02-sekretaris']);
    expect(sb.pemda.id).toBe(B);
    expect(sb.pemda.instansi.map((i) => i.id)).toEqual(ids);
    for (const id of [A, B]) {
      const r = await fetch(new URL(`/instansi/${id}/berkas/pk/2025/01-kepala-dinas.pdf`, p.url));
      expect(r.headers.get('content-type')).toBe('application/pdf');
      const bytes = Buffer.from(await r.arrayBuffer());
      expect(bytes.equals(fs.readFileSync(path.join(keluaran, id, 'pk/2025/01-kepala-dinas.pdf')))).toBe(true);
    }
    const pdf = (id: string) => fs.readFileSync(path.join(keluaran, id, 'pk/2025/01-kepala-dinas.pdf'));
    expect(pdf(A).equals(pdf(B))).toBe(false); // two agencies, two documents
    expect((await fetch(new URL(`/instansi/${B}/`, p.url))).headers.get('content-type')).toBe('text/html; charset=utf-8');
    const r = await fetch(new URL(`/instansi/${B}`, p.url), { redirect: 'manual' });
    expect([r.status, r.headers.get('location')]).toEqual([302, `/instansi/${B}/`]);
    for (const u of ['/berkas/pk/2025/01-kepala-dinas.pdf', `/instansi/${B}/berkas/pk/2025/03-kabid-peternakan.pdf`, `/instansi/${B}/berkas/..%2F${A}%2Fpk%2F2025%2F01-kepala-dinas.pdf`,
      '/instansi/tidak-ada/status.json', `/instansi/${B}/berkas/%E0`]) {
      expect((await fetch(new URL(u, p.url))).status, u).toBe(404);
    }
  });

  it('an error in one agency shows on its page and in its row, not in the others', async () => {
    const asli = fs.readFileSync(pkB, 'utf8');
    fs.writeFileSync(pkB, asli.replace(/^tempat: (.*)$/m, 'tempat $1\n  - x'));
    const sb = await tunggu(() => instansi(B), (x) => kode(x).length > 0);
    expect(kode(sb)).toEqual(['YAML_SINTAKS']);
    expect(sb.diagnostik[0].file).toBe(pkB.split(path.sep).join('/'));
    expect(sb.dokumen).toHaveLength(2); // the last good list stays
    const s = await indeks();
    expect(s.instansi.map((i) => [i.id, i.keadaan, i.galat])).toEqual([[A, 'dibangun', 0], [B, 'galat', 1], [C, 'dibangun', 0]]);
    expect(kode(await instansi(A))).toEqual([]);
    expect(kode(await instansi(C))).toEqual([]);
    expect(s.diagnostik).toEqual([]);
    fs.writeFileSync(pkB, asli);
    await tunggu(indeks, (x) => x.instansi[1].keadaan === 'dibangun');
  }, 60_000);

  it('a cross-agency finding in an agency\'s file shows on that agency; a Pemda file\'s on the index, counted on every agency', async () => {
    // the kepala daerah's target (bersama/rpjmd/) against A's Kepala Dinas PK (a warning); B's Kepala Dinas PK
    // signed with someone else than the kepala daerah (an error); a stray file in bersama/ (a warning)
    fs.writeFileSync(rpjmd, fs.readFileSync(rpjmd, 'utf8').replace('target: {"2025": "2-4"}', 'target: {"2025": "3-5"}'));
    fs.writeFileSync(kdB, fs.readFileSync(kdB, 'utf8').replace('pihak_kedua: bupati', 'pihak_kedua: sekretaris'));
    fs.writeFileSync(path.join(akar, 'bersama/catatan.yaml'), 'catatan: tidak dibaca\n');
    const s = await tunggu(indeks, (x) => x.instansi[1].galat > 0 && x.diagnostik.length > 0 && x.instansi.every((i) => !i.membangun));
    expect(s.instansi.map((i) => [i.id, i.keadaan, i.galat])).toEqual([[A, 'dibangun', 0], [B, 'galat', 1], [C, 'dibangun', 0]]);
    const [sa, sb, sc] = await Promise.all(ids.map(instansi));
    expect(kode(sa, 'peringatan')).toContain('PEMDA_TARGET_BEDA');
    expect(sa.diagnostik.find((d) => d.code === 'PEMDA_TARGET_BEDA')!.file).toMatch(new RegExp(`instansi/${A}/pk/2025/01-kepala-dinas\\.md$`));
    expect(kode(sb)).toEqual(['PEMDA_KEPALA_DAERAH']);
    expect(sb.diagnostik[0].file).toBe(kdB.split(path.sep).join('/'));
    for (const x of [sb, sc]) expect(kode(x, 'peringatan')).not.toContain('PEMDA_TARGET_BEDA');
    expect(kode(sa)).toEqual([]);
    expect(kode(sc)).toEqual([]);
    expect(s.diagnostik.map((d) => [d.code, path.basename(d.file)])).toEqual([['BERKAS_TIDAK_DIKENAL', 'catatan.yaml']]);
    for (const x of [sa, sb, sc]) {
      expect(x.pemda).toMatchObject({ galat: 0, peringatan: 1 });
      expect(kode(x, 'peringatan')).not.toContain('BERKAS_TIDAK_DIKENAL');
    }
  }, 90_000);

  describe.skipIf(!fs.existsSync(CHROMIUM))('in chromium', () => {
    let browser: Browser;
    beforeAll(async () => { browser = await chromium.launch({ executablePath: CHROMIUM }); }, 60_000);
    afterAll(async () => { await browser?.close(); });

    it('the index shows the agencies and the Pemda findings; a row leads to the agency page with its documents', async () => {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      page.setDefaultTimeout(20_000);
      await page.goto(p.url);
      await expect.poll(() => page.locator('#instansi tbody tr').count()).toBe(3);
      expect(await page.locator(`#instansi tr[data-instansi="${A}"] .keadaan`).textContent()).toBe('dibangun');
      expect(await page.locator(`#instansi tr[data-instansi="${B}"] .keadaan`).textContent()).toBe('ada galat');
      expect(await page.locator('#diagnostik li.diagnostik').textContent()).toContain('[BERKAS_TIDAK_DIKENAL]');
      expect(await page.locator('#nama-pemda').textContent()).toBe('Kabupaten Contoh');
      await page.screenshot({ path: path.join(tmp, 'pratinjau-pemda.png') });
      // a save in C redraws the index without a reload: C's build time moves, the others' stay
      await page.evaluate(() => { (window as unknown as { tanda: number }).tanda = 1; });
      const waktu = (id: string) => page.locator(`#instansi tr[data-instansi="${id}"] .waktu`).textContent();
      const [wA, wC] = [await waktu(A), await waktu(C)];
      const pkC = path.join(akar, `instansi/${C}/pk/2025/02-sekretaris.md`);
      await new Promise((r) => setTimeout(r, 1000)); // the clock shows seconds
      fs.writeFileSync(pkC, fs.readFileSync(pkC, 'utf8').replace(/^tempat: /m, 'tempat: Kota '));
      await expect.poll(() => waktu(C), { timeout: 30_000 }).not.toBe(wC);
      expect(await waktu(A)).toBe(wA);
      expect(await page.evaluate(() => (window as unknown as { tanda?: number }).tanda)).toBe(1);

      await page.locator(`#instansi tr[data-instansi="${B}"] a`).click();
      await page.waitForURL(new URL(`/instansi/${B}/`, p.url).href);
      await expect.poll(() => page.locator('#dokumen tbody tr').count()).toBe(2);
      expect((await page.locator('#dokumen tbody tr').first().locator('td').allTextContents()).slice(0, 3)).toEqual(['PK', '2025', '01-kepala-dinas']);
      expect(await page.locator('#pilih-instansi').inputValue()).toBe(B);
      expect(await page.locator('#ke-pemda').textContent()).toBe('Kabupaten Contoh');
      expect(await page.locator('#catatan-pemda').textContent()).toContain('1 peringatan');
      expect(await page.locator('#diagnostik li.galat').textContent()).toContain('[PEMDA_KEPALA_DAERAH]');
      expect(await page.locator('#basi').isVisible()).toBe(true);
      expect(await page.locator('iframe#pdf').getAttribute('src')).toMatch(new RegExp(`^/instansi/${B}/berkas/pk/2025/01-kepala-dinas\\.pdf\\?v=\\d+$`));
      await page.screenshot({ path: path.join(tmp, 'pratinjau-instansi.png') });

      // a shared link to another agency's document; the choice of agency keeps the document
      await page.goto(new URL(`/instansi/${A}/#pk/2025/02-sekretaris`, p.url).href);
      await expect.poll(() => page.locator('#dokumen tr.terpilih').getAttribute('data-dokumen')).toBe('pk/2025/02-sekretaris');
      expect(await page.locator('#diagnostik li.peringatan', { hasText: '[PEMDA_TARGET_BEDA]' }).count()).toBe(1);
      expect(await page.locator('#diagnostik li.galat').count()).toBe(0);
      await page.screenshot({ path: path.join(tmp, 'pratinjau-instansi-galat.png') });
      await page.locator('#pilih-instansi').selectOption(C);
      await page.waitForURL(new URL(`/instansi/${C}/#pk/2025/02-sekretaris`, p.url).href);
      await expect.poll(() => page.locator('iframe#pdf').getAttribute('src')).toMatch(new RegExp(`^/instansi/${C}/berkas/pk/2025/02-sekretaris\\.pdf`));
      expect(await page.locator('#diagnostik li.diagnostik', { hasText: 'PEMDA_' }).count()).toBe(0);
      console.log(`tangkapan layar: ${tmp}/pratinjau-*.png`);
      await page.close();
    }, 90_000);
  });
});
