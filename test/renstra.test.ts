// Renstra 2025–2029, IKU and guideline end to end: Tabel 4.3 totals recomputed independently from content,
// landscape pages, repeated headers, populated lists, and the cross-document disagreements of the default content.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, check } from '../src/pipeline.ts';
import { docxText, pdfText } from './extract.ts';
import { ROOT } from './helpers.ts';

const CONTENT = path.join(ROOT, 'content');
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-renstra-'));
const file = (f: string) => path.join(out, f);
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
  it('Tabel 4.3 pages are landscape with the header repeated on every page, in both formats', async () => {
    const buf = fs.readFileSync(file('renstra/2025/renstra-2025-2029.pdf'));
    const { text, pages } = await pdfText(buf);
    const perPage = text.split(/\n(?=\d+\n|[ivx]+\n)/);
    expect(pages.some((p) => p.width > p.height)).toBe(true);
    expect(pages.filter((p) => p.width > p.height).length).toBeGreaterThanOrEqual(10);
    const headerCount = (text.match(/Tabel 4\.1 Rencana Program/g) ?? []).length; // the caption row repeats with the header
    expect(headerCount).toBeGreaterThanOrEqual(10);
    expect(perPage.length).toBeGreaterThan(1);
    expect(/<w:pgSz[^>]*w:orient="landscape"/.test(docxXml)).toBe(true);
    expect((docxXml.match(/<w:tblHeader\/>/g) ?? []).length).toBeGreaterThanOrEqual(3);
  });
  it('a page that starts inside a group repeats the parent label (PDF)', async () => {
    const { text } = await pdfText(fs.readFileSync(file('renstra/2025/renstra-2025-2029.pdf')));
    expect(/\(lanjutan\) \d\.\d{2}\.\d{2}/.test(text)).toBe(true);
  });
  it('staff totals are computed: 42 by education where the seed printed 43, 43 by sex', async () => {
    const t = docxText(fs.readFileSync(file('renstra/2025/renstra-2025-2029.docx')));
    expect(/Jumlah\n5\n24\n4\n7\n1\n1\n42\n/.test(t)).toBe(true);
    expect(/Jumlah\n22\n21\n43\n/.test(t)).toBe(true);
  });
  it('the DOCX opens with populated lists (daftar isi/tabel) carrying page numbers', () => {
    const t = docxText(fs.readFileSync(file('renstra/2025/renstra-2025-2029.docx')));
    expect(/DAFTAR ISI\nKATA PENGANTAR i\nBAB I PENDAHULUAN 1\n/.test(t)).toBe(true);
    expect(/Tabel 4\.1 Rencana Program[^\n]* \d+\n/.test(t)).toBe(true);
  });
  it('DOCX line spacing is proportional (explicit lineRule), text sizes come from paragraph styles, borders once per table', () => {
    const spacings = (docxXml + stylesXml).match(/<w:spacing [^>]*w:line="\d+"[^>]*\/>/g) ?? [];
    expect(spacings.length).toBeGreaterThan(3);
    // without lineRule LibreOffice reads 264 as a fixed line and double-spaces small print
    expect(spacings.filter((s) => !s.includes('w:lineRule="auto"'))).toEqual([]);
    // the table text: 8 pt from the style "Teks16", so each paragraph mark has the size of its text
    const teks16 = stylesXml.match(/<w:style [^>]*w:styleId="Teks16">.*?<\/w:style>/)?.[0] ?? '';
    expect(teks16).toMatch(/<w:spacing [^>]*w:line="264"/);
    expect(teks16).toMatch(/<w:sz w:val="16"\/>/);
    const cellParas = docxXml.match(/<w:tc>.*?<\/w:tc>/g)!.flatMap((tc) => tc.match(/<w:p>.*?<\/w:p>|<w:p\/>/g) ?? []);
    expect(cellParas.length).toBeGreaterThan(1000);
    const styled = cellParas.filter((p) => /<w:pStyle w:val="Teks\d+"\/>/.test(p));
    expect(styled.length / cellParas.length).toBeGreaterThan(0.95);
    expect(styled.filter((p) => p.includes('<w:sz '))).toEqual([]);
    expect((docxXml.match(/<w:tcBorders>/g) ?? []).length).toBe(0);
    expect((docxXml.match(/<w:tblBorders>/g) ?? []).length).toBe((docxXml.match(/<w:tbl>/g) ?? []).length);
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
    const { text } = await pdfText(fs.readFileSync(file('iku/2021/iku-2021-2026.pdf')));
    const flat = text.replace(/\s+/g, ' ');
    expect(/KEPUTUSAN KEPALA DINAS PERDAGANGAN/.test(flat)).toBe(true);
    expect(/Persentase ketersediaan barang pokok sepanjang tahun % 90% 95% 95% 97% 98% 100%/.test(flat)).toBe(true);
    expect(fs.existsSync(file('iku/2025/iku-2025-2029.pdf'))).toBe(true);
  });
  it('the guideline tables come from the PK 2025: 3 sasaran strategis, 6 IKU', async () => {
    const { text } = await pdfText(fs.readFileSync(file('pedoman/2025/pedoman-2025.pdf')));
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
