// Renstra 2025–2029, IKU and guideline end to end: Tabel 4.3 totals recomputed independently from content,
// landscape pages, repeated headers, populated lists, and the cross-document disagreements of the default content.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, check } from '../src/pipeline.ts';
import { docxText, pdfPages, pdfText } from './extract.ts';
import { ROOT, tempCopy } from './helpers.ts';
import { pdfWords } from './layout.ts';

const CONTENT = path.join(ROOT, 'content');
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-renstra-'));
const file = (f: string) => path.join(out, f);
// each PDF of the shared build parsed once per file (the Renstra's was parsed six times)
const sekali = <T>(baca: (b: Uint8Array) => Promise<T>) => {
  const m = new Map<string, Promise<T>>();
  return (f: string) => m.get(f) ?? m.set(f, baca(fs.readFileSync(f))).get(f)!;
};
const teksPdf = sekali(pdfText), halamanPdf = sekali(pdfPages);
const groups = (x: bigint) => x.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
let docxXml = '';
let stylesXml = '';

beforeAll(async () => {
  const r = await build({ konten: CONTENT, keluaran: out, jenis: ['renstra', 'iku', 'pedoman'], format: ['pdf', 'docx'], kertas: 'A4' });
  expect(r.diagnostics.filter((d) => d.severity === 'galat')).toEqual([]);
  const parts = unzipSync(fs.readFileSync(file('renstra/2025/renstra-2025-2029.docx')));
  docxXml = strFromU8(parts['word/document.xml']);
  stylesXml = strFromU8(parts['word/styles.xml']);
});

type Node = { kode?: string; pagu?: Record<string, string>; program?: Node[]; kegiatan?: Node[]; sub_kegiatan?: Node[] };
const kids = (n: Node) => n.program ?? n.kegiatan ?? n.sub_kegiatan ?? [];
const sumYear = (n: Node, y: string): bigint => (kids(n).length ? kids(n).reduce((a, k) => a + sumYear(k, y), 0n) : BigInt(n.pagu?.[y] ?? '0'));

/** Table 4.3 rows of the DOCX as cell texts. */
function docxRows(): string[][] {
  return docxXml.split('<w:tr').slice(1).map((tr) => tr.split('</w:tc>').slice(0, -1).map((tc) => [...tc.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')));
}

describe('Renstra 2025–2029', () => {
  const prog = parse(fs.readFileSync(path.join(CONTENT, 'renstra/2025-2029/program.yaml'), 'utf8'), { schema: 'failsafe' });
  const years: string[] = prog.tahun_target;

  it('yearly grand totals equal independent sums of the leaves (2025 = 24.113.393.889)', () => {
    const totals = years.map((y) => prog.urusan.reduce((a: bigint, u: Node) => a + sumYear(u, y), 0n));
    expect(totals[0]).toBe(24113393889n);
    const jumlah = docxRows().find((r) => r[1] === 'JUMLAH')!;
    expect(jumlah.filter((c) => c).slice(1)).toEqual(totals.map(groups));
  });
  it('every parent total of Tabel 4.3 equals the independent sum of its leaves, in every year', () => {
    const rows = new Map(docxRows().filter((r) => /^\d/.test(r[0])).map((r) => [r[0], r]));
    let checked = 0;
    const visit = (n: Node) => {
      if (n.kode && kids(n).length && rows.has(n.kode)) {
        const r = rows.get(n.kode)!;
        years.forEach((y, i) => expect(r[6 + 2 * i], `${n.kode} ${y}`).toBe(groups(sumYear(n, y))));
        checked++;
      }
      kids(n).forEach(visit);
    };
    prog.urusan.forEach(visit);
    expect(checked).toBeGreaterThanOrEqual(40); // 16 programs + 27 kegiatan
  });
  it('Tabel 4.2 (Rencana Program) pages are landscape with the header repeated on every page, in both formats', async () => {
    const { text, pages } = await teksPdf(file('renstra/2025/renstra-2025-2029.pdf'));
    const perPage = text.split(/\n(?=\d+\n|[ivx]+\n)/);
    expect(pages.some((p) => p.width > p.height)).toBe(true);
    expect(pages.filter((p) => p.width > p.height).length).toBeGreaterThanOrEqual(10);
    const headerCount = (text.match(/Tabel 4\.2 Rencana Program/g) ?? []).length; // the caption row repeats with the header
    expect(headerCount).toBeGreaterThanOrEqual(10);
    expect(perPage.length).toBeGreaterThan(1);
    expect(/<w:pgSz[^>]*w:orient="landscape"/.test(docxXml)).toBe(true);
    expect((docxXml.match(/<w:tblHeader\/>/g) ?? []).length).toBeGreaterThanOrEqual(3);
  });
  it('a page that starts inside a group repeats the parent label (PDF)', async () => {
    const { text } = await teksPdf(file('renstra/2025/renstra-2025-2029.pdf'));
    expect(/\(lanjutan\) \d\.\d{2}\.\d{2}/.test(text)).toBe(true);
  });
  it('Tabel 4.1 names the tujuan and sasaran a continued page goes on with (its columns 1-3 are empty there)', async () => {
    const pages = await halamanPdf(file('renstra/2025/renstra-2025-2029.pdf'));
    const tabel = pages.map((t, i) => [i, t] as const).filter(([, t]) => t.includes('Teknik Merumuskan Program, Kegiatan dan Sub Kegiatan'));
    const lanjut = tabel.slice(2); // the list of tables, the table's first page
    expect(lanjut.length).toBeGreaterThan(3);
    for (const [, t] of lanjut) expect(t).toMatch(/\(lanjutan\) Tujuan: .+ \/ Sasaran: /);
    expect(pages[tabel[1][0]]).not.toMatch(/\(lanjutan\) Tujuan/);
  });
  it('staff totals are computed: 42 by education where the seed printed 43, 43 by sex', async () => {
    const t = docxText(fs.readFileSync(file('renstra/2025/renstra-2025-2029.docx')));
    expect(/Jumlah\n5\n24\n4\n7\n1\n1\n42\n/.test(t)).toBe(true);
    expect(/Jumlah\n22\n21\n43\n/.test(t)).toBe(true);
  });
  it('the DOCX opens with populated lists (daftar isi/tabel) carrying page numbers', () => {
    const t = docxText(fs.readFileSync(file('renstra/2025/renstra-2025-2029.docx')));
    expect(/DAFTAR ISI\nKATA PENGANTAR i\nBAB I PENDAHULUAN 1\n/.test(t)).toBe(true);
    expect(/Tabel 4\.2 Rencana Program[^\n]* \d+\n/.test(t)).toBe(true);
  });
  it('DOCX line heights are exact and equal to the PDF\'s, text sizes come from paragraph styles, borders once per table', () => {
    const spacings = (docxXml + stylesXml).match(/<w:spacing [^>]*w:line="\d+"[^>]*\/>/g) ?? [];
    expect(spacings.length).toBeGreaterThan(3);
    // every line height carries its rule (without one LibreOffice reads a fixed line); text lines are exact, so
    // LibreOffice and Word set them as pdfmake does
    expect(spacings.filter((s) => !/w:lineRule="(exact|auto)"/.test(s))).toEqual([]);
    expect(spacings.filter((s) => s.includes('w:lineRule="exact"')).length).toBeGreaterThan(spacings.length / 2);
    // the table text: 8 pt from the style "Teks16"; its line is the PDF's: 8 pt × 1,107 em (Tinos ascent + descent)
    // × 1,1 = 9,74 pt = 195 twips, so each paragraph mark has the size and the line of its text
    const teks16 = stylesXml.match(/<w:style [^>]*w:styleId="Teks16">.*?<\/w:style>/)?.[0] ?? '';
    expect(teks16).toMatch(/<w:spacing [^>]*w:line="195"/);
    expect(teks16).toMatch(/<w:sz w:val="16"\/>/);
    const cellParas = docxXml.match(/<w:tc>.*?<\/w:tc>/g)!.flatMap((tc) => tc.match(/<w:p>.*?<\/w:p>|<w:p\/>/g) ?? []);
    expect(cellParas.length).toBeGreaterThan(1000);
    const styled = cellParas.filter((p) => /<w:pStyle w:val="Teks\d+"\/>/.test(p));
    expect(styled.length / cellParas.length).toBeGreaterThan(0.95);
    expect(styled.filter((p) => p.includes('<w:sz '))).toEqual([]);
    // cell borders only where a cell differs from its table (a borderless signature row, a caption row): few
    const cells = (docxXml.match(/<w:tc>/g) ?? []).length;
    expect((docxXml.match(/<w:tcBorders>/g) ?? []).length).toBeLessThan(cells / 50);
    expect((docxXml.match(/<w:tblBorders>/g) ?? []).length).toBe((docxXml.match(/<w:tbl>/g) ?? []).length);
  });
});

describe('Renstra 2025–2029: tables and lists of the seed (issue 11), in PDF and DOCX', () => {
  const md = fs.readFileSync(path.join(CONTENT, 'renstra/2025-2029/renstra.md'), 'utf8');
  const front = parse(md.split(/^---$/m)[1], { schema: 'failsafe' });
  const renstra = parse(fs.readFileSync(path.join(CONTENT, 'renstra/2025-2029.yaml'), 'utf8'), { schema: 'failsafe' });
  const prog = parse(fs.readFileSync(path.join(CONTENT, 'renstra/2025-2029/program.yaml'), 'utf8'), { schema: 'failsafe' });
  const programs: (Node & { nama: string })[] = prog.urusan.flatMap((u: Node) => kids(u));
  const kegiatan = programs.flatMap(kids);
  const subs = kegiatan.flatMap(kids) as (Node & { id: string; nama: string })[];
  const flat = (t: string) => t.replace(/\s+/g, ' ');
  /** The body (after the lists) from the first caption or heading `from` up to `to`. */
  const part = (t: string, from: string, to: string) => {
    const i = t.indexOf(from, t.indexOf('BAB I PENDAHULUAN', t.indexOf('DAFTAR GAMBAR')));
    return t.slice(i, t.indexOf(to, i));
  };
  let texts: [string, string][] = [];
  beforeAll(async () => {
    const pdf = (await teksPdf(file('renstra/2025/renstra-2025-2029.pdf'))).text;
    // the PDF text puts a list item's number after its first line: numbers and letters of list items are dropped
    texts = [['pdf', flat(pdf).replace(/ (?:\d{1,2}|[a-z])\. (?=\S)/g, ' ')], ['docx', flat(docxText(fs.readFileSync(file('renstra/2025/renstra-2025-2029.docx'))))]];
  });

  it('sarana dan prasarana: every content row numbered 1..n in order, and the unit counts per condition', () => {
    const rows: { nama: string; jumlah: string; keterangan: string; kondisi: string }[] = front.sarana_prasarana;
    expect(rows.length).toBe(432);
    const unit = (k?: string) => rows.filter((r) => !k || r.kondisi === k).reduce((a, r) => a + Number(r.jumlah), 0);
    const label: Record<string, string> = { B: 'Baik', KB: 'Kurang Baik', RB: 'Rusak Berat' };
    for (const [fmt, t] of texts) {
      expect(t, fmt).toContain(`Tabel 2.5 Sarana dan Prasarana Dinas`);
      expect(t, fmt).toContain(`sebagaimana pada Tabel 2.5 di bawah ini`);
      const squash = t.replace(/ /g, '');
      const missing = rows.map((r, i) => `${i + 1} ${r.nama} ${r.jumlah} unit ${r.keterangan} ${label[r.kondisi]}`).filter((row) => !squash.includes(row.replace(/ /g, '')));
      expect(missing, fmt).toEqual([]);
      expect(t, fmt).toContain(`terdiri atas ${rows.length} jenis barang sebanyak ${unit()} unit: ${unit('B')} unit dalam kondisi baik, ${unit('KB')} unit kurang baik dan ${unit('RB')} unit rusak berat`);
    }
    expect([unit(), unit('B'), unit('KB'), unit('RB')]).toEqual([976, 761, 5, 210]);
  });
  it('keterkaitan RPJMD, teknik merumuskan tujuan/sasaran (targets from content) and arah kebijakan tables', () => {
    const ak = renstra.arah_kebijakan;
    for (const [fmt, t] of texts) {
      expect(t, fmt).toMatch(/Tabel 3\.1 Keterkaitan Misi, Tujuan, Sasaran RPJMD dan Tujuan Renstra/);
      for (const m of renstra.misi) for (const s of m.sasaran_rpjmd) expect(t, fmt).toContain(`${s.uraian} (${s.kode})`);
      expect(t, fmt).toMatch(/Tabel 3\.2 Teknik Merumuskan Tujuan dan Sasaran Renstra Perangkat Daerah/);
      const omzet = renstra.tujuan[0].sasaran[0].iku[0].target;
      expect(t, fmt).toContain(Object.values(omzet).map((v) => `${v}%`).join(' '));
      expect(t, fmt).toMatch(/Tabel 3\.5 Teknik Merumuskan Arah Kebijakan Renstra Perangkat Daerah/);
      for (const x of [...ak.nspk, ...ak.renstra]) expect(t, fmt).toContain(x);
    }
  });
  it('4.1.1-4.1.3 list every program with its outcome, every kegiatan and sub kegiatan of the tree (16/27/69)', () => {
    expect([programs.length, kegiatan.length, subs.length]).toEqual([16, 27, 69]);
    for (const [fmt, t] of texts) {
      const uraian = part(t, '4.1.1 Uraian Program', 'Tabel 4.1 Teknik');
      expect(uraian, fmt).toContain(`sebanyak ${programs.length} (enam belas) program`);
      expect(uraian, fmt).toContain(`melalui ${kegiatan.length} (dua puluh tujuh) kegiatan`);
      expect(uraian, fmt).toContain(`ke dalam ${subs.length} (enam puluh sembilan) sub kegiatan`);
      expect(uraian, fmt).toContain('Program Pelayanan Izin Usaha Simpan Pinjam, dengan outcome meningkatnya Kualitas layanan izin usaha simpan pinjam.');
      const squash = (x: string) => x.replace(/ /g, ''); // a line wrapped after "/" joins without its space
      for (const s of subs) expect(squash(uraian), `${fmt} ${s.id}`).toContain(squash(`Sub kegiatan ${s.nama}`));
      expect((uraian.match(/Sub kegiatan /g) ?? []).length, fmt).toBe(subs.length);
    }
  });
  it('teknik merumuskan program: each sub kegiatan once under its sasaran, with code and name', () => {
    for (const [fmt, t] of texts) {
      const tabel = part(t, 'Tabel 4.1 Teknik Merumuskan Program', 'Tabel 4.2 Rencana Program');
      for (const s of subs) expect((tabel.match(new RegExp(`${(s as { kode: string }).kode.replace(/\./g, '\\.')} `, 'g')) ?? []).length, `${fmt} ${s.id}`).toBe(1);
      expect(tabel, fmt).toContain('Persentase Pertumbuhan Omzet UMKM (%)');
    }
  });
  it('priority sub kegiatan table: three programmes with the content outcomes, kegiatan/sub kegiatan pairs and problems', () => {
    const pp: { nama: string; outcome: string[]; sub_kegiatan: string[]; permasalahan: string[] }[] = prog.program_prioritas;
    expect(pp.map((x) => x.sub_kegiatan.length)).toEqual([3, 8, 2]);
    for (const [fmt, t] of texts) {
      const tabel = part(t, 'Tabel 4.3 Daftar Sub Kegiatan', 'Tabel 4.4 Indikator');
      for (const x of pp) {
        expect(tabel, fmt).toContain(x.nama);
        for (const o of [...x.outcome, ...x.permasalahan]) expect(tabel, fmt).toContain(o);
      }
      const pairs = pp.flatMap((x) => x.sub_kegiatan).map((id) => subs.find((s) => s.id === id)!.nama);
      for (const n of pairs) expect(tabel, fmt).toContain(`Sub Kegiatan ${n}`);
      expect((tabel.match(/; Sub Kegiatan /g) ?? []).length, fmt).toBe(pairs.length);
    }
  });
  it('the list of tables and the captions carry the same numbers and titles', () => {
    for (const [fmt, t] of texts) {
      const daftar = t.slice(t.indexOf('DAFTAR TABEL'), t.indexOf('DAFTAR GAMBAR'));
      const entries = daftar.split(/(?=Tabel \d\.\d+ )/).slice(1).map((e) => e.match(/^Tabel (\d\.\d+) (.+?) \d+(?: [ivx]+)? ?$/)!.slice(1, 3));
      expect(entries.map((e) => e[0]), fmt).toEqual(['2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7', '2.8', '2.9', '3.1', '3.2', '3.3', '3.4', '3.5', '4.1', '4.2', '4.3', '4.4', '4.5']);
      const body = t.slice(t.indexOf('BAB I PENDAHULUAN', t.indexOf('DAFTAR GAMBAR')));
      for (const [n, title] of entries) expect(body, `${fmt} Tabel ${n}`).toContain(`Tabel ${n} ${title}`);
    }
  });
  it('the long new tables repeat their caption and header rows on every page (PDF) and mark them as header rows (DOCX)', async () => {
    const pages = await halamanPdf(file('renstra/2025/renstra-2025-2029.pdf'));
    for (const [caption, header] of [['Tabel 2.5 Sarana', 'Jenis Barang/Nama Barang'], ['Tabel 4.1 Teknik', 'Program/Kegiatan/Sub Kegiatan'], ['Tabel 4.3 Daftar Sub', 'Program Prioritas']]) {
      const on = pages.flatMap((t, i) => (t.includes(caption) ? [i] : [])).slice(1); // the first is the daftar tabel
      expect(on.length, caption).toBeGreaterThanOrEqual(2);
      expect(on.filter((i) => !pages[i].includes(header)), caption).toEqual([]);
      expect(on.at(-1)! - on[0] + 1, caption).toBe(on.length); // consecutive pages, every one with the caption
      const tbl = docxXml.split('<w:tbl>').find((x) => x.replace(/<[^>]+>/g, '').startsWith(caption))!;
      expect((tbl.match(/<w:tblHeader\/>/g) ?? []).length, caption).toBeGreaterThanOrEqual(2);
    }
  });
  it('Tabel 2.7 and 2.8 (target and realisasi per year, 13 columns) are landscape at 8 pt, header rows marked, listed at their page (PDF and DOCX)', async () => {
    const [pages, { pages: sizes }] = [await halamanPdf(file('renstra/2025/renstra-2025-2029.pdf')), await teksPdf(file('renstra/2025/renstra-2025-2029.pdf'))];
    const at = pages.findIndex((t, i) => i > 5 && t.includes('Tabel 2.7 Capaian Indikator Kinerja Kunci'));
    expect(at).toBeGreaterThan(5);
    expect(sizes[at].width).toBeGreaterThan(sizes[at].height);
    expect(pages[at]).toContain('Tabel 2.8 Capaian Indikator Kinerja Utama Periode Renstra Sebelumnya');
    expect(sizes[at - 1].width).toBeLessThan(sizes[at - 1].height); // the sections around it stay portrait
    expect(sizes[at + 1].width).toBeLessThan(sizes[at + 1].height);
    // the list of tables gives the page label printed at the foot of that page
    const label = pages[at].trim().split('\n').at(-1);
    const daftar = pages.find((t) => t.includes('DAFTAR TABEL'))!;
    expect(daftar).toMatch(new RegExp(`Tabel 2\\.7 Capaian Indikator Kinerja Kunci[ .]*${label}\\n`));
    // 8 pt in the PDF: the widest number's glyph box is ~1,1 em high (it was 4,6 pt in portrait)
    const words = pdfWords(file('renstra/2025/renstra-2025-2029.pdf'))[at].words.filter((w) => w.text === '1.322.949.930,91');
    expect(words).toHaveLength(1);
    expect(words[0].y1 - words[0].y0).toBeGreaterThan(7 * 1.05);
    // DOCX: the section holding the table is landscape, its cells 8 pt (style Teks16), its two header rows marked
    const start = docxXml.lastIndexOf('Capaian Indikator Kinerja Kunci</w:t>'); // the caption (the first is the list's)
    const sect = docxXml.slice(docxXml.indexOf('<w:sectPr', start)).match(/<w:sectPr.*?<\/w:sectPr>/)![0];
    expect(sect).toMatch(/w:orient="landscape"/);
    const tbl = docxXml.slice(docxXml.lastIndexOf('<w:tbl>', start), docxXml.indexOf('</w:tbl>', start));
    expect([...new Set(tbl.match(/w:pStyle w:val="Teks\d+"/g))]).toEqual(['w:pStyle w:val="Teks16"']);
    expect((tbl.match(/<w:tblHeader\/>/g) ?? []).length).toBe(3); // caption row and the two header rows
  });
  it('permasalahan pokok: every item of the content, in order, after the permasalahan per bidang', () => {
    const pokok: string[] = front.permasalahan_pokok;
    expect(pokok).toHaveLength(15);
    for (const [fmt, t] of texts) {
      const bagian = part(t, 'permasalahan pokok adalah sebagai berikut:', '2.2.2 Isu Strategis');
      expect(pokok.map((x) => bagian.indexOf(x)).every((at, i, a) => at > 0 && (i === 0 || at > a[i - 1])), fmt).toBe(true);
    }
  });
  it('a program sasaran or a priority sub kegiatan that is not in the content is reported with file and line', () => {
    const konten = tempCopy(CONTENT, [
      { file: 'renstra/2025-2029/program.yaml', find: 'sasaran: ss2-2025', replace: 'sasaran: ss9-2025' },
      { file: 'renstra/2025-2029/program.yaml', find: '[s-penyusunan-rencana-industri, s-sarpras-industri]', replace: '[s-tidak-ada, s-sarpras-industri]' },
    ]);
    const ds = check(konten).diagnostics.filter((d) => d.code === 'ID_TIDAK_DIKENAL').map((d) => `${path.basename(d.file)}:${d.line} ${d.message}`);
    expect(ds).toContainEqual(expect.stringMatching(/^program\.yaml:\d+ sasaran "ss9-2025" tidak ada di renstra 2025-2029$/));
    expect(ds).toContainEqual(expect.stringMatching(/^program\.yaml:\d+ sub kegiatan "s-tidak-ada" tidak ada di pohon program renstra 2025-2029$/));
  });
  it('the cover says "Rancangan" only when the content says status: rancangan', async () => {
    const cover = (t: string) => t.slice(0, t.indexOf('KATA PENGANTAR'));
    for (const [fmt, t] of texts) expect(cover(t), fmt).not.toMatch(/Rancangan/i);
    const konten = tempCopy(CONTENT, [{ file: 'renstra/2025-2029/renstra.md', find: /^jenis: renstra$/m, replace: 'jenis: renstra\nstatus: rancangan' }]);
    const keluar = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-rancangan-'));
    await build({ konten, keluaran: keluar, jenis: ['renstra'], format: ['pdf', 'docx'], kertas: 'A4' });
    const pdf = (await pdfText(fs.readFileSync(path.join(keluar, 'renstra/2025/renstra-2025-2029.pdf')))).text;
    const docx = docxText(fs.readFileSync(path.join(keluar, 'renstra/2025/renstra-2025-2029.docx')));
    for (const t of [pdf, docx]) expect(cover(t)).toMatch(/\nRancangan\n/);
  });
});

describe('determinisme', () => {
  it('a second build of the Renstra, IKU and guideline gives identical bytes', async () => {
    const again = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-renstra2-'));
    const r = await build({ konten: CONTENT, keluaran: again, jenis: ['renstra', 'iku', 'pedoman'], format: ['pdf', 'docx'], kertas: 'A4' });
    for (const o of r.outputs) expect(Buffer.compare(fs.readFileSync(o.path), fs.readFileSync(o.path.replace(again, out))), o.path).toBe(0);
  });
});

describe('IKU dan pedoman', () => {
  it('the IKU 2021–2026 prints the decree and the six IKU with their yearly targets', async () => {
    const { text } = await teksPdf(file('iku/2021/iku-2021-2026.pdf'));
    const flat = text.replace(/\s+/g, ' ');
    expect(/KEPUTUSAN KEPALA DINAS PERDAGANGAN/.test(flat)).toBe(true);
    expect(/Persentase ketersediaan barang pokok sepanjang tahun % 90% 95% 95% 97% 98% 100%/.test(flat)).toBe(true);
    expect(fs.existsSync(file('iku/2025/iku-2025-2029.pdf'))).toBe(true);
    // Bab IV presents Tabel 4.1, then Bab V closes (the seed's order; the table came after the Penutup before)
    const [bab4, tabel, bab5] = ['BAB IV PENETAPAN', 'Tabel 4.1 Indikator Kinerja Utama', 'BAB V PENUTUP'].map((x) => flat.lastIndexOf(x));
    expect(bab4 < tabel && tabel < bab5, `${bab4} ${tabel} ${bab5}`).toBe(true);
  });
  it('the IKU 2025–2029 has no decree in content/iku/: a draft, marked on its title page, above its table and in its title', async () => {
    const { text } = await teksPdf(file('iku/2025/iku-2025-2029.pdf'));
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toMatch(/^RANCANGAN INDIKATOR KINERJA UTAMA \(IKU\)/);
    expect(flat).toContain('Rancangan: IKU ini belum ditetapkan dengan keputusan');
    expect(flat).not.toContain('direktori konten'); // the content path is the diagnostic's business, not the printed page's
    expect(flat).toContain('Rancangan (belum ditetapkan dengan keputusan) Tabel 1 '); // no chapters: not numbered by a Bab IV it lacks
    expect(flat).not.toMatch(/KEPUTUSAN KEPALA DINAS|NIP\./);
    const core = strFromU8(unzipSync(fs.readFileSync(file('iku/2025/iku-2025-2029.docx')))['docProps/core.xml']);
    expect(core).toContain('<dc:title>Rancangan Indikator Kinerja Utama 2025–2029</dc:title>');
    const decreed = (await teksPdf(file('iku/2021/iku-2021-2026.pdf'))).text;
    expect(decreed).not.toMatch(/RANCANGAN|Rancangan/);
  });
  it('the guideline tables come from the PK 2025: 3 sasaran strategis, 6 IKU', async () => {
    const { text } = await teksPdf(file('pedoman/2025/pedoman-2025.pdf'));
    const flat = text.replace(/\s+/g, ' ');
    expect(/menetapkan 3 \(tiga\) sasaran strategis dengan 6 \(enam\) indikator kinerja utama/.test(flat)).toBe(true);
    expect(/Nilai SAKIP Perangkat Daerah 78,85/.test(flat)).toBe(true);
  });
});

describe('pemeriksaan lintas dokumen pada konten bawaan', () => {
  const ds = check(CONTENT).diagnostics;
  const msg = (code: string) => ds.filter((d) => d.code === code).map((d) => `${d.file}:${d.line} ${d.message}`);
  it('koperasi aktif 80% in the PK is no IKU of the Renstra 2025–2029 (which measures koperasi sehat)', () => {
    expect(msg('LINTAS_INDIKATOR').some((m) => /01-kepala-dinas\.md:\d+ indikator "Persentase koperasi aktif" \(target 80,00\) tidak ada sebagai IKU di Renstra 2025-2029/.test(m))).toBe(true);
  });
  it('the PK program budget total against the Renstra 2025 column, both values named', () => {
    expect(msg('LINTAS_ANGGARAN').some((m) => /27\.529\.017\.597 \(anggaran 2025\), jumlah pagu indikatif Renstra 2025-2029 24\.113\.393\.889/.test(m))).toBe(true);
  });
  it('a PK target differing from the Renstra target of the year, and the Renstra disagreeing with itself', () => {
    expect(msg('LINTAS_TARGET').some((m) => /Nilai SAKIP Perangkat Daerah" di PK 78,85, di Renstra 2025-2029 71,85/.test(m))).toBe(true);
    expect(msg('RENSTRA_TABEL_BEDA').some((m) => /Pertumbuhan omzet perdagangan" 15 pada tabel tujuan\/sasaran, 10 pada tabel IKU/.test(m))).toBe(true);
  });
});
