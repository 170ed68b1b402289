// PK fidelity to seed 000 (issue 11): the budget lead-in names exactly the levels listed, the Kepala Dinas cover
// page (seed L1-7) and the second Lampiran 1 signed by the first party alone (PK 13, 14, 16, 19, 21, 23, 29),
// asserted on the text of both formats.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { judulAnggaran } from '../src/compute/pk.ts';
import { build } from '../src/pipeline.ts';
import { docxText, pdfPages } from './extract.ts';
import { ROOT } from './helpers.ts';

const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-pk-fidelitas-'));
const PK = ['01-kepala-dinas', '04-kabid-perdagangan', '23-kepala-uptd-pasar', '02-sekretaris'];
const pages: Record<string, string[]> = {};
const docx: Record<string, string> = {};
const flat = (s: string) => s.replace(/\s+/g, ' ');
const count = (t: string, s: string) => t.split(s).length - 1;

beforeAll(async () => {
  const r = await build({ konten: path.join(ROOT, 'content'), keluaran: out, jenis: ['pk'], hanya: PK, format: ['pdf', 'docx'], kertas: 'A4' });
  expect(r.diagnostics.filter((d) => d.severity === 'galat')).toEqual([]);
  for (const p of PK) {
    pages[p] = (await pdfPages(fs.readFileSync(path.join(out, 'pk/2025', `${p}.pdf`)))).map(flat);
    docx[p] = flat(docxText(fs.readFileSync(path.join(out, 'pk/2025', `${p}.docx`))));
  }
}, 120_000);

describe('judul daftar anggaran', () => {
  it('names exactly the levels listed', () => {
    expect(judulAnggaran([{ tingkat: 'program' }], 'Sasaran Kinerja')).toBe('Program pendukung sasaran kinerja:');
    expect(judulAnggaran([{ tingkat: 'sub_kegiatan' }], 'Sasaran Kegiatan')).toBe('Sub kegiatan pendukung sasaran kegiatan:');
    expect(judulAnggaran([{ tingkat: 'program' }, { tingkat: 'kegiatan' }], 'Sasaran Kinerja')).toBe('Program dan kegiatan pendukung sasaran kinerja:');
    expect(judulAnggaran([{ tingkat: 'program' }, { tingkat: 'kegiatan' }, { tingkat: 'sub_kegiatan' }], 'Sasaran Kinerja')).toBe('Program, kegiatan dan sub kegiatan pendukung sasaran kinerja:');
    expect(judulAnggaran([], 'Sasaran Kinerja')).toBeUndefined();
  });
  it('PK 01 lists only programs and says so; PK 04 lists three levels (both formats)', () => {
    for (const t of [pages['01-kepala-dinas'].join(' '), docx['01-kepala-dinas']]) {
      expect(t).toContain('Program pendukung sasaran kinerja:');
      expect(t).not.toContain('Program, kegiatan dan sub kegiatan');
    }
    for (const t of [pages['04-kabid-perdagangan'].join(' '), docx['04-kabid-perdagangan']]) expect(t).toContain('Program, kegiatan dan sub kegiatan pendukung sasaran kinerja:');
  });
});

describe('sampul PK Kepala Dinas (seed 000 L1-7)', () => {
  it('the first PDF page is the cover alone; the DOCX opens with it', () => {
    const p1 = pages['01-kepala-dinas'][0];
    expect(p1).toBe('PERJANJIAN KINERJA TAHUN 2025 DINAS PERDAGANGAN, KOPERASI, USAHA KECIL MENENGAH DAN PERINDUSTRIAN KABUPATEN LUWU TIMUR');
    expect(pages['01-kepala-dinas'][1]).toMatch(/^PERJANJIAN KINERJA TAHUN 2025/);
    expect(docx['01-kepala-dinas']).toMatch(/^PERJANJIAN KINERJA TAHUN 2025 DINAS PERDAGANGAN, KOPERASI, USAHA KECIL MENENGAH DAN PERINDUSTRIAN KABUPATEN LUWU TIMUR PERJANJIAN KINERJA TAHUN 2025/);
  });
  it('a PK without "sampul: true" has no cover page', () => {
    expect(pages['02-sekretaris'][0]).toContain('yang bertanda tangan di bawah ini');
    expect(count(docx['02-sekretaris'], 'PERJANJIAN KINERJA TAHUN 2025')).toBe(1);
  });
});

describe('Lampiran 1 sepihak (seed 000 L3654-3668)', () => {
  it('PK 23 prints Lampiran 1 twice: bilateral with the budget, then the table signed by the first party alone', () => {
    for (const t of [pages['23-kepala-uptd-pasar'].join(' '), docx['23-kepala-uptd-pasar']]) {
      expect(count(t, 'TABEL KINERJA TAHUN 2025')).toBe(2);
      expect(count(t, 'Jumlah realisasi PAD yang dicapai dari retribusi pasar')).toBe(4); // twice in L1, twice in L2
      expect(count(t, 'Pihak Kedua')).toBe(2); // agreement page and bilateral Lampiran 1 only
      expect(count(t, 'Rp314.587.400')).toBe(2); // the budget row and its JUMLAH, in the bilateral copy only
    }
    const sepihak = pages['23-kepala-uptd-pasar'].find((p, i) => i > 1 && p.includes('TABEL KINERJA') && !p.includes('Pihak Kedua'));
    expect(sepihak).toBeDefined();
    expect(sepihak).toMatch(/Malili, 2 Januari 2025 Pihak Pertama, KEPALA UPTD PASAR, ABDUL RAJAB DAUD/);
  });
  it('a PK without "lampiran_1_sepihak: true" has one Lampiran 1', () => {
    for (const t of [pages['04-kabid-perdagangan'].join(' '), docx['04-kabid-perdagangan']]) expect(count(t, 'TABEL KINERJA TAHUN 2025')).toBe(1);
  });
});
