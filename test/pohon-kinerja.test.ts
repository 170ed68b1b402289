// Pohon Kinerja: the tree of the default content and the example agency built in process in both formats; the layout
// data (every box inside the drawing, no two boxes overlapping, every text line inside its box, text ≥ 6 pt) and the
// PDF's word boxes (inside the margins, none overlapping); the table lists every PK sasaran once; the three checks of
// `mendukung`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { build, check } from '../src/pipeline.ts';
import { textWidth } from '../src/backends/text-width.ts';
import { gambarPng } from '../src/backends/gambar-png.ts';
import { computePohonKinerja } from '../src/jenis/pohon-kinerja/hitung.ts';
import { pohonKinerjaJenis } from '../src/jenis/pohon-kinerja/index.ts';
import { LEBAR, TINGGI } from '../src/jenis/pohon-kinerja/letak.ts';
import { docxText } from './extract.ts';
import { lineOf, ROOT, tempCopy, which } from './helpers.ts';
import { pdfWords } from './layout.ts';

const CONTENT = path.join(ROOT, 'content');
const CONTOH = path.join(ROOT, 'contoh/dinas-pangan');
// the unmodified agencies are checked once per file (check is pure; the tests only read its result)
const diperiksa = new Map<string, ReturnType<typeof check>>();
const periksa = (konten: string) => (konten === CONTENT || konten === CONTOH
  ? diperiksa.get(konten) ?? diperiksa.set(konten, check(konten)).get(konten)! : check(konten));
const view = (konten: string) => computePohonKinerja(periksa(konten).content, 2025);
const kelompok = <T>(xs: T[], k: (x: T) => string | number) => xs.reduce((m, x) => m.set(k(x), [...(m.get(k(x)) ?? []), x]), new Map<string | number, T[]>());
const potong = (a: { x: number; y: number; w: number; h: number }, b: typeof a) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe.each([['content', CONTENT, 27], ['contoh/dinas-pangan', CONTOH, 4]] as const)('Pohon Kinerja 2025 of %s', (_n, konten, jumlahPk) => {
  const v = view(konten);
  const pks = periksa(konten).content.pk.filter((p) => p.front.tahun === 2025);

  it('lays out every box inside the drawing, none overlapping, every text line inside its box and ≥ 6 pt', () => {
    expect(pks.length).toBe(jumlahPk);
    expect(v.halaman.length).toBeGreaterThan(0);
    for (const [n, h] of v.halaman.entries()) {
      expect(h.gambar.width).toBe(LEBAR);
      for (const k of h.kotak) {
        expect(k.x >= 0 && k.y >= 0 && k.x + k.w <= LEBAR && k.y + k.h <= TINGGI - 14, `halaman ${n + 1} ${k.key}`).toBe(true);
      }
      expect(h.kotak.flatMap((a, i) => h.kotak.slice(i + 1).filter((b) => potong(a, b)).map((b) => `halaman ${n + 1}: ${a.key} / ${b.key}`))).toEqual([]);
      for (const o of h.gambar.ops) {
        if (o.op !== 'text') continue;
        expect(o.size).toBeGreaterThanOrEqual(6);
        if (o.y > TINGGI - 14) continue; // legend
        const k = h.kotak.find((b) => o.x >= b.x && o.x <= b.x + b.w && o.y > b.y && o.y <= b.y + b.h);
        expect(k, `halaman ${n + 1}: "${o.text}" outside every box`).toBeDefined();
        expect(o.x + textWidth(o.text, o.size, o.bold) <= k!.x + k!.w + 0.01, `halaman ${n + 1}: "${o.text}" wider than ${k!.key}`).toBe(true);
      }
    }
  });

  it('has an overview page first and every official with a PK in a box', () => {
    expect(v.halaman[0].judul).toMatch(/^Ikhtisar: /);
    const dalam = new Set(v.halaman.flatMap((h) => h.kotak.map((k) => k.key)));
    for (const p of pks) expect(dalam.has(p.front.pihak_pertama), p.front.pihak_pertama).toBe(true);
  });

  it('lists every sasaran of every PK once in the table, with each indicator', () => {
    const baris = v.tabel.filter((b) => b.baruSasaran).map((b) => b.sasaran + '|' + b.no);
    expect(new Set(baris).size).toBe(baris.length);
    expect(baris.length).toBe(pks.reduce((a, p) => a + p.front.sasaran.length, 0));
    expect(v.tabel.length).toBe(pks.reduce((a, p) => a + p.front.sasaran.reduce((b, s) => b + s.indikator.length, 0), 0));
    expect(v.tabel.filter((b) => b.pejabat).length).toBe(jumlahPk);
  });

  it.skipIf(!which('pdftotext'))('builds PDF and DOCX; PDF words inside the margins, none overlapping on the diagram pages', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-pohon-'));
    const r = await build({ konten, keluaran: out, jenis: ['pohon-kinerja'], tahun: 2025, format: ['pdf', 'docx'], kertas: 'A4' });
    expect(r.diagnostics.filter((d) => d.severity === 'galat')).toEqual([]);
    const f = path.join(out, 'pohon-kinerja/2025/pohon-kinerja-2025');
    const pages = pdfWords(`${f}.pdf`);
    const m = 15 * 72 / 25.4;
    // offending words collected and asserted once (an expect per word pair was most of this test's time)
    const luar = pages.flatMap((p, n) => p.words.filter((w) => !(w.x0 >= m - 1 && w.x1 <= p.width - m + 1 && w.y0 >= m - 1 && w.y1 <= p.height - m / 3)).map((w) => `halaman ${n + 1}: ${w.text}`));
    expect(luar).toEqual([]);
    // diagram pages: no two words overlap (beyond rounding)
    const tumpang: string[] = [];
    pages.slice(0, v.halaman.length).forEach((p, n) => {
      const ws = p.words;
      for (let i = 0; i < ws.length; i++) for (let j = i + 1; j < ws.length; j++) {
        const a = ws[i], b = ws[j];
        const dx = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0), dy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
        if (dx > 0.5 && dy > 1.5) tumpang.push(`halaman ${n + 1}: "${a.text}" / "${b.text}"`);
      }
    });
    expect(tumpang).toEqual([]);
    const teks = pages.map((p) => p.words.map((w) => w.text).join(' ')).join(' ');
    expect(teks).toContain('DAFTAR SASARAN POHON KINERJA TAHUN 2025');
    for (const b of v.tabel) if (b.baruSasaran) expect(teks).toContain(b.no);
    // DOCX: one picture per diagram page, the same words in the table
    const docx = fs.readFileSync(`${f}.docx`);
    expect(docx.length).toBeLessThan(1_000_000); // indexed-colour pictures (was 4.5 MB as RGB at 3 px/pt)
    const xml = unzipSync(docx)['word/document.xml'];
    expect((strFromU8(xml).match(/<pic:pic /g) ?? []).length).toBe(v.halaman.length + 1); // + the QR code
    // the PDF: one page per diagram before the table (a title wrapping to a second line would push a drawing on)
    expect(pages.findIndex((p) => p.words.some((w) => w.text === 'DAFTAR'))).toBe(v.halaman.length);
    expect(docxText(docx)).toContain('DAFTAR SASARAN POHON KINERJA TAHUN 2025');
  }, 240_000);
});

describe('Pohon Kinerja: drawing', () => {
  it('a superior box taller than the page keeps, on its branch page, only the rows supported there', () => {
    const file = 'pk/2025/28-bendahara-pengeluaran.md'; // synthetic: the Bendahara under the Kasubag Umum (21 sasaran)
    const dir = tempCopy(CONTENT, [
      { file, find: 'pihak_kedua: kasubag-keuangan', replace: 'pihak_kedua: kasubag-umum' },
      { file, find: /mendukung: ss2$/gm, replace: 'mendukung: ss7' }, { file, find: /mendukung: ss1$/m, replace: 'mendukung: ss8' },
    ]);
    const h = view(dir).halaman.find((x) => x.judul === 'Cabang Kepala Sub Bagian Umum dan Kepegawaian')!;
    const atas = h.kotak.find((k) => k.key === 'kasubag-umum')!;
    expect(h.gambar.ops.filter((o) => o.op === 'text' && o.bold && /^S\d+\. /.test(o.text) && o.x < atas.x + atas.w).map((o) => o.op === 'text' && o.text.slice(0, 3))).toEqual(['S7.', 'S8.']);
    for (const k of h.kotak) expect(k.y + k.h).toBeLessThanOrEqual(TINGGI - 14);
  });

  it('lines in the gutter: one colour per upper sasaran, ending in a square of that colour; no two colours share a start', () => {
    for (const h of view(CONTENT).halaman) {
      const garis = h.gambar.ops.flatMap((o) => (o.op === 'line' && o.y2 < TINGGI - 14 && o.stroke !== '#7F7F7F' ? [o] : []));
      const ujung = h.gambar.ops.flatMap((o) => (o.op === 'rect' && o.w === 3.5 ? [o] : []));
      expect(ujung.length, h.judul).toBeGreaterThan(0);
      for (const u of ujung) {
        const masuk = garis.filter((g) => g.y1 === g.y2 && g.x2 === u.x && Math.abs(g.y2 - (u.y + 1.75)) < 0.01);
        expect(masuk.length, h.judul).toBeGreaterThan(0);
        for (const g of masuk) expect(g.stroke).toBe(u.fill);
      }
      // squares of one upper box (same x) differ in colour (at most 8 sasaran on the default content's pages)
      const perX = kelompok(ujung, (u) => u.x);
      for (const us of perX.values()) if (us.length <= 8) expect(new Set(us.map((u) => u.fill)).size, h.judul).toBe(us.length);
      const awal = kelompok(garis.filter((g) => g.y1 === g.y2 && g.x1 > g.x2), (g) => `${g.x1},${g.y1}`);
      for (const gs of awal.values()) expect(new Set(gs.map((g) => g.stroke)).size, h.judul).toBe(1);
    }
    // a lower row naming one upper sasaran says so in that sasaran's colour
    const teks = view(CONTENT).halaman.flatMap((h) => h.gambar.ops.flatMap((o) => (o.op === 'text' && /^Mendukung S\d+$/.test(o.text) ? [o] : [])));
    expect(new Set(teks.map((t) => t.fill)).size).toBeGreaterThan(3);
    for (const t of teks.filter((x) => x.text === 'Mendukung S1')) expect(t.fill).toBe('#2F5597');
    for (const t of teks.filter((x) => x.text === 'Mendukung S2')) expect(t.fill).toBe('#C55A11');
  });

  it('renders a page to the same PNG bytes twice: indexed colour at 2 px/pt, the drawing\'s colours exact', () => {
    const g = view(CONTOH).halaman[0].gambar;
    const png = Buffer.from(gambarPng(g));
    expect(png.equals(Buffer.from(gambarPng(g)))).toBe(true);
    expect([png.readUInt32BE(16), png.readUInt32BE(20), png[24], png[25]]).toEqual([LEBAR * 2, TINGGI * 2, 8, 3]);
    const plte = png.indexOf('PLTE');
    const palet = new Set(Array.from({ length: png.readUInt32BE(plte - 4) / 3 }, (_, i) => png.subarray(plte + 4 + 3 * i, plte + 7 + 3 * i).toString('hex').toUpperCase()));
    // thin lines and the legend's swatches keep their colour, however few pixels they cover
    for (const o of g.ops) for (const c of o.op === 'line' ? [o.stroke] : o.op === 'rect' ? [o.fill] : []) if (c) expect(palet.has(c.slice(1)), c).toBe(true);
    expect(png.length).toBeLessThan(80_000);
  });
});

describe('Pohon Kinerja: checks of mendukung', () => {
  const pohon = (dir: string) => periksa(dir).diagnostics.filter((d) => d.code.startsWith('POHON_'));

  it('reports the default content\'s findings: 7 sasaran supporting nothing, 2 upper sasaran nobody supports', () => {
    const d = pohon(CONTENT);
    const di = (code: string) => d.filter((x) => x.code === code).map((x) => `${path.basename(x.file)}:${x.line}`);
    const f = (n: string) => path.join(CONTENT, 'pk/2025', n);
    const ss = (n: string, id: string) => `${n}:${lineOf(f(n), `  - id: ${id}`)}`;
    expect(di('POHON_TIDAK_MENDUKUNG').sort()).toEqual([
      ss('04-kabid-perdagangan.md', 'ss4'), ss('17-pengawas-koperasi-ridwan.md', 'ss5'), ss('18-penyuluh-perindustrian.md', 'ss5'),
      ss('19-kasubag-tu-uptd-pasar.md', 'ss1'), ss('21-penilai-kemetrologian.md', 'ss4'), ss('24-penelaah-teknis-perindustrian.md', 'ss5'),
      ss('26-pengawas-industri.md', 'ss5'),
    ].sort());
    expect(di('POHON_TIDAK_DIDUKUNG').sort()).toEqual([ss('02-sekretaris.md', 'ss1'), ss('23-kepala-uptd-pasar.md', 'ss2')].sort());
    expect(di('POHON_RUJUKAN_TIDAK_DIKENAL')).toEqual([]);
    expect(d.every((x) => x.severity === 'peringatan' && x.column > 1)).toBe(true);
  });

  it('an unknown id is an error at the value, naming the nearest and the valid ids', () => {
    const file = 'pk/2025/10-kasubag-perencanaan.md';
    const dir = tempCopy(CONTENT, [{ file, find: /(  - id: ss1\n    mendukung:) ss2/, replace: '$1 ss22' }]);
    const d = pohon(dir).filter((x) => x.code === 'POHON_RUJUKAN_TIDAK_DIKENAL');
    expect(d.map((x) => [x.file, x.line, x.column, x.severity])).toEqual([[path.join(dir, file), lineOf(path.join(dir, file), 'mendukung: ss22'), 16, 'galat']]);
    expect(d[0].message).toBe('"ss22" bukan sasaran PK Sekretaris Dinas Perdagangan, Koperasi, Usaha Kecil Menengah dan Perindustrian 2025; maksudnya "ss2"? (id yang sah: ss1, ss2, ss3, ss4, ss5, ss6, ss7, ss8, ss9, ss10)');
  });

  it('a list names each id; the agency head names Renstra tujuan', () => {
    const dir = tempCopy(CONTENT, [
      { file: 'pk/2025/27-penelaah-teknis-koperasi.md', find: 'mendukung: [ss1, ss2]', replace: 'mendukung: [ss1, ss9]' },
      { file: 'pk/2025/01-kepala-dinas.md', find: 'mendukung: t3', replace: 'mendukung: ss3' },
    ]);
    const d = pohon(dir).filter((x) => x.code === 'POHON_RUJUKAN_TIDAK_DIKENAL').map((x) => x.message);
    expect(d).toEqual([
      '"ss3" bukan tujuan Renstra yang mencakup 2025; maksudnya "t3"? (id yang sah: t1, t2, t3, t1-2025)',
      '"ss9" bukan sasaran PK Kepala Bidang Koperasi 2025; maksudnya "ss1"? (id yang sah: ss1, ss2, ss3, ss4)',
    ]);
  });

  it('removing a mendukung warns the sasaran and, when it was the only support, the upper sasaran', () => {
    const dir = tempCopy(CONTENT, [{ file: 'pk/2025/15-pengawas-koperasi-wahyuni.md', find: /\n    mendukung: ss4/, replace: '' }]);
    const d = pohon(dir);
    expect(d.filter((x) => x.code === 'POHON_TIDAK_MENDUKUNG').length).toBe(8);
    expect(d.filter((x) => x.code === 'POHON_TIDAK_DIDUKUNG').map((x) => x.message)).toContain('sasaran "ss4" (Kepala Bidang Koperasi) tidak didukung sasaran PK bawahan mana pun tahun 2025');
  });

  it('a csf is accepted (no unknown-key warning) and printed in the table row of its sasaran', () => {
    const dir = tempCopy(CONTOH, [{ file: 'pk/2025/04-medik-veteriner.md', find: /(  - id: ss2\n)/, replace: '$1    csf: Sampel diambil tepat waktu dan dikirim ke laboratorium rujukan\n' }]);
    expect(check(dir).diagnostics.filter((d) => d.code === 'KUNCI_TIDAK_DIKENAL')).toEqual([]);
    const rows = view(dir).tabel.filter((b) => b.baruSasaran && b.csf);
    expect(rows.map((b) => [b.sasaran, b.csf])).toEqual([['Terlaksananya surveilans rabies', 'Sampel diambil tepat waktu dan dikirim ke laboratorium rujukan']]);
  });

  it('content without any mendukung has no tree: no document and no warning', () => {
    const dir = tempCopy(CONTOH);
    for (const f of fs.readdirSync(path.join(dir, 'pk/2025'))) {
      const p = path.join(dir, 'pk/2025', f);
      fs.writeFileSync(p, fs.readFileSync(p, 'utf8').replace(/\n    mendukung: .*/g, ''));
    }
    expect(pohon(dir)).toEqual([]);
    expect(pohonKinerjaJenis.dokumen(check(dir).content, {})).toEqual([]);
    expect(pohonKinerjaJenis.dokumen(periksa(CONTOH).content, {}).map((d) => d.slug)).toEqual(['pohon-kinerja-2025']);
  });
});
