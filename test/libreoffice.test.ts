// Every generated DOCX must open and convert in LibreOffice (headless) without error.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../src/pipeline.ts';
import { pdfText } from './extract.ts';
import { ROOT, which } from './helpers.ts';

const soffice = which('soffice');
if (!soffice) console.warn('\n*** LEWATI: soffice (LibreOffice) tidak terpasang; uji konversi DOCX dilewati. Pasang: apt-get install libreoffice-writer-nogui ***\n');

describe.skipIf(!soffice)('LibreOffice membuka setiap DOCX', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-lo-'));
  const pdfDir = path.join(out, 'pdf');
  let docx: string[] = [];
  beforeAll(async () => {
    await build({ konten: path.join(ROOT, 'content'), keluaran: out, jenis: ['pk'], format: ['docx'], kertas: 'A4' });
    docx = fs.readdirSync(path.join(out, 'pk/2025')).filter((f) => f.endsWith('.docx')).map((f) => path.join(out, 'pk/2025', f));
    const r = spawnSync('soffice', [`-env:UserInstallation=file://${out}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', pdfDir, ...docx], { encoding: 'utf8', timeout: 280_000 });
    if (r.status !== 0) throw new Error(`soffice gagal: ${r.stderr}`);
  });
  it('converts all 27 PK DOCX files to PDF with their text intact', async () => {
    expect(docx).toHaveLength(27);
    for (const f of docx) {
      const pdf = path.join(pdfDir, path.basename(f).replace(/\.docx$/, '.pdf'));
      expect(fs.existsSync(pdf), pdf).toBe(true);
      const { text, pages } = await pdfText(fs.readFileSync(pdf));
      expect(pages.length).toBeGreaterThanOrEqual(2);
      expect(text).toContain('PERJANJIAN KINERJA');
      expect(text).toContain('TABEL KINERJA TAHUN 2025');
    }
  });
});
