// The letterhead's logo (instansi.yaml `logo:`): the example agency's IKU decree prints its fictional logo left of
// the kop lines in both formats, the text clear of it; a changed logo file gives another document id; the three
// diagnostics point at the `logo:` entry. (The corpus, test/fixtures/korpus/kasus-berkas.ts, has more bad files.)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOGO_LEBAR_MAKS, LOGO_TINGGI } from '../src/compute/kop.ts';
import { build, check, models } from '../src/pipeline.ts';
import { lineOf, ROOT, tempCopy, which } from './helpers.ts';

const CONTOH = path.join(ROOT, 'contoh/dinas-pangan');
const LOGO = fs.readFileSync(path.join(CONTOH, 'logo.png')); // 200 × 240 px
const DOK = 'iku/2025/iku-2025-2029';
const tmp: string[] = [];
const temp = (src: string, edits: Parameters<typeof tempCopy>[1] = []) => { const d = tempCopy(src, edits); tmp.push(d); return d; };
afterAll(() => tmp.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('logo di kop surat (contoh/dinas-pangan, keputusan IKU)', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-logo-'));
  tmp.push(out);
  beforeAll(async () => {
    const r = await build({ konten: CONTOH, keluaran: out, jenis: ['iku'], format: ['pdf', 'docx'], kertas: 'A4', tahun: 2025 });
    expect(r.diagnostics.filter((d) => d.severity === 'galat')).toEqual([]);
  });

  it.skipIf(!which('pdfimages'))('PDF: the logo is an image XObject of its pixel size on the first page', () => {
    const list = execFileSync('pdfimages', ['-list', `${out}/${DOK}.pdf`], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean).map((l) => l.trim().split(/\s+/));
    const images = list.filter((c) => c[2] === 'image');
    expect(images.map((c) => [c[0], c[3], c[4]])).toEqual([['1', '200', '240']]);
  });

  it.skipIf(!which('pdftotext') || !which('pdftoppm'))('PDF: the kop lines stand right of the logo and centred on the page', async () => {
    const { logo, baris, garis } = await tataLetak(`${out}/${DOK}.pdf`);
    // printed 2 cm high, 200:240 kept
    expect(logo.bawah - logo.atas + 1).toBeGreaterThan(LOGO_TINGGI - 3);
    expect(logo.bawah - logo.atas + 1).toBeLessThan(LOGO_TINGGI + 2);
    expect((logo.kanan - logo.kiri + 1) / (logo.bawah - logo.atas + 1)).toBeCloseTo(200 / 240, 1);
    // centred as the decree's title below (the text block's centre: the margins differ left and right)
    const tengah = (b: { x0: number; x1: number }) => (b.x0 + b.x1) / 2;
    for (const first of ['PEMERINTAH', 'DINAS', 'Jl.', 'SUKAMAJU,']) {
      const b = baris(first);
      expect(b.x0, first).toBeGreaterThan(logo.kanan + 3);
      expect(tengah(b), first).toBeCloseTo(tengah(baris('KEPUTUSAN')), 0);
    }
    // the logo stands beside the lines, not above or below them
    expect(logo.atas).toBeLessThan(baris('DINAS').y1);
    expect(logo.bawah).toBeGreaterThan(baris('DINAS').y0);
    // a double rule (thick over thin) across the text block between the kop and the decree's title
    const rule = garis.filter((y) => y > baris('SUKAMAJU,').y1 && y < baris('KEPUTUSAN').y0);
    expect(rule.length).toBeGreaterThanOrEqual(3);
    expect(rule.at(-1)! - rule[0]).toBeGreaterThan(rule.length - 1); // two lines with a gap, not one band
  });

  it.skipIf(!which('pdftotext') || !which('pdftoppm'))('PDF: a name longer than the line wraps beside the logo, never over it', async () => {
    const d = temp(CONTOH, [{ file: 'instansi.yaml', find: 'nama: Dinas Ketahanan Pangan dan Peternakan\n', replace: 'nama: Dinas Ketahanan Pangan, Peternakan, Perikanan, Perkebunan dan Hortikultura Daerah\n' }]);
    const keluaran = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-logo-panjang-'));
    tmp.push(keluaran);
    await build({ konten: d, keluaran, jenis: ['iku'], format: ['pdf'], kertas: 'A4', tahun: 2025 });
    const { logo, baris } = await tataLetak(`${keluaran}/${DOK}.pdf`);
    const nama = [baris('DINAS'), baris('PERKEBUNAN')];
    expect(nama[1].y0).toBeGreaterThan(nama[0].y0); // wrapped onto a second line
    for (const b of nama) expect(b.x0).toBeGreaterThan(logo.kanan + 3);
    expect(logo.atas).toBeLessThan(nama[1].y1);
  });

  it('DOCX: the logo is a media file and a drawing of the printed size', () => {
    const files = unzipSync(fs.readFileSync(`${out}/${DOK}.docx`));
    const media = Object.keys(files).filter((f) => f.startsWith('word/media/'));
    expect(media.filter((f) => Buffer.from(files[f]).equals(LOGO))).toHaveLength(1);
    const xml = strFromU8(files['word/document.xml']);
    const emu = (pt: number) => Math.round(pt * 4 / 3) * 9525; // docx sizes images in 96-dpi pixels
    const tinggi = Math.min(LOGO_TINGGI, (LOGO_LEBAR_MAKS * 240) / 200);
    const lebar = (tinggi * 200) / 240;
    expect(xml).toContain(`<wp:extent cx="${emu(Math.round(lebar * 100) / 100)}" cy="${emu(tinggi)}"/>`);
    // the drawing comes before the decree's title: it is the letterhead's, with the double rule under it
    expect(xml.indexOf('<w:drawing>')).toBeLessThan(xml.indexOf('KEPUTUSAN KEPALA DINAS'));
    expect(xml.indexOf('w:val="thickThinSmallGap"')).toBeGreaterThan(xml.indexOf('SUKAMAJU, 99999'));
    expect(xml.indexOf('w:val="thickThinSmallGap"')).toBeLessThan(xml.indexOf('KEPUTUSAN KEPALA DINAS'));
  });
});

describe('logo: masukan', () => {
  const idIku = (dir: string) => {
    const { content } = check(dir);
    const r = models(content, { jenis: ['iku'], kertas: 'A4', tahun: 2025 });
    if (!('models' in r)) throw new Error(r.message);
    return r.models[0].idDokumen;
  };

  it('another logo file gives another document id; the same file the same id', () => {
    const a = temp(CONTOH);
    const b = temp(CONTOH);
    fs.writeFileSync(path.join(b, 'logo.png'), createCanvas(120, 120).toBuffer('image/png'));
    expect(idIku(a)).toBe(idIku(CONTOH));
    expect(idIku(b)).not.toBe(idIku(a));
  });

  it('a JPEG keeps its aspect ratio (pixel size read from its frame header)', () => {
    const d = temp(CONTOH, [{ file: 'instansi.yaml', find: 'logo: logo.png', replace: 'logo: lebar.jpg' }]);
    fs.writeFileSync(path.join(d, 'lebar.jpg'), createCanvas(400, 100).toBuffer('image/jpeg'));
    const { content, diagnostics } = check(d);
    expect(diagnostics.filter((x) => x.severity === 'galat')).toEqual([]);
    expect(content.logo).toMatchObject({ format: 'jpeg', lebarPx: 400, tinggiPx: 100 });
  });

  const KASUS = [
    { code: 'LOGO_TIDAK_ADA', nilai: 'gambar/tidak-ada.png', tulis: undefined, pesan: /tidak ada di direktori konten/ },
    { code: 'LOGO_FORMAT', nilai: 'logo.gif', tulis: Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'), pesan: /bukan gambar PNG atau JPEG/ },
    { code: 'LOGO_TERLALU_BESAR', nilai: 'besar.png', tulis: Buffer.concat([LOGO, Buffer.alloc(2 * 1024 * 1024)]), pesan: /MB; batas 2 MB/ },
  ] as const;
  for (const k of KASUS) {
    it(`${k.code}: at the logo entry of instansi.yaml, in Bahasa Indonesia, with a hint; nothing built`, async () => {
      const d = temp(CONTOH, [{ file: 'instansi.yaml', find: 'logo: logo.png', replace: `logo: ${k.nilai}` }]);
      if (k.tulis) fs.writeFileSync(path.join(d, k.nilai), k.tulis);
      const keluaran = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-logo-keluaran-'));
      tmp.push(keluaran);
      const r = await build({ konten: d, keluaran, jenis: ['iku'], format: ['pdf'], kertas: 'A4' });
      const x = r.diagnostics.find((e) => e.code === k.code)!;
      expect(x).toMatchObject({ severity: 'galat', file: path.join(d, 'instansi.yaml'), line: lineOf(path.join(d, 'instansi.yaml'), `logo: ${k.nilai}`), column: 7 });
      expect(x.message).toMatch(k.pesan);
      expect(x.hint).toMatch(/logo/i);
      expect(r.outputs).toEqual([]);
      expect(fs.readdirSync(keluaran)).toEqual([]);
      expect(r.diagnostics.filter((e) => e.code === 'BERKAS_TIDAK_DIKENAL' && e.file.endsWith(k.nilai))).toEqual([]);
    });
  }
});

/** The first page's logo box (the coloured pixels of its top at 72 dpi, 1 px = 1 pt; text is black) and its lines
 *  (pdftotext -bbox words on the line of a given first word). */
async function tataLetak(pdf: string) {
  const png = pdf.replace(/\.pdf$/, '-hal1');
  execFileSync('pdftoppm', ['-r', '72', '-png', '-f', '1', '-l', '1', '-singlefile', pdf, png]);
  const img = await loadImage(fs.readFileSync(`${png}.png`));
  const g = createCanvas(img.width, img.height).getContext('2d');
  g.drawImage(img, 0, 0);
  const { data } = g.getImageData(0, 0, img.width, 150);
  const logo = { kiri: img.width, kanan: 0, atas: 150, bawah: 0 };
  for (let y = 0; y < 150; y++) for (let x = 0; x < img.width; x++) {
    const [r, gr, b] = data.subarray((y * img.width + x) * 4, (y * img.width + x) * 4 + 3);
    if (Math.max(r, gr, b) - Math.min(r, gr, b) > 60) Object.assign(logo, { kiri: Math.min(logo.kiri, x), kanan: Math.max(logo.kanan, x), atas: Math.min(logo.atas, y), bawah: Math.max(logo.bawah, y) });
  }
  // rows (pt) dark across 90% of the text block's width: rules
  const dark = g.getImageData(0, 0, img.width, 250).data;
  const garis: number[] = [];
  for (let y = 0; y < 250; y++) {
    let n = 0;
    for (let x = 0; x < img.width; x++) if (dark[(y * img.width + x) * 4] < 100) n++;
    if (n > 0.9 * (img.width - 128)) garis.push(y);
  }
  const bbox = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' });
  const words = [...bbox.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
    .map((m) => ({ x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), w: m[5] }));
  const baris = (first: string) => {
    const w0 = words.find((w) => w.w === first)!;
    const ws = words.filter((w) => Math.abs(w.y0 - w0.y0) < 1);
    return { x0: Math.min(...ws.map((w) => w.x0)), x1: Math.max(...ws.map((w) => w.x1)), y0: w0.y0, y1: w0.y1 };
  };
  return { logo, baris, garis };
}
