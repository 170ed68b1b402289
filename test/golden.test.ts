// Text golden files (extracted text, not bytes) of four PKs in both formats. UPDATE_GOLDEN=1 rewrites them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../src/pipeline.ts';
import { docxText, pdfText } from './extract.ts';
import { ROOT } from './helpers.ts';

const GOLDEN = path.join(ROOT, 'test/golden');
const SLUGS = ['01-kepala-dinas', '02-sekretaris', '06-kabid-koperasi', '15-pengawas-koperasi-wahyuni'];
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-golden-'));

beforeAll(async () => {
  await build({ konten: path.join(ROOT, 'content'), keluaran: out, jenis: ['pk'], hanya: SLUGS, format: ['pdf', 'docx'], kertas: 'A4' });
});

describe('golden text', () => {
  for (const slug of SLUGS) {
    for (const ext of ['pdf', 'docx'] as const) {
      it(`${slug}.${ext}`, async () => {
        const buf = fs.readFileSync(path.join(out, 'pk/2025', `${slug}.${ext}`));
        const text = `${ext === 'pdf' ? (await pdfText(buf)).text : docxText(buf)}\n`;
        const golden = path.join(GOLDEN, `${slug}.${ext}.txt`);
        if (process.env.UPDATE_GOLDEN) fs.writeFileSync(golden, text);
        expect(fs.existsSync(golden), `golden file ${golden} missing: run UPDATE_GOLDEN=1 npm test`).toBe(true);
        expect(text).toBe(fs.readFileSync(golden, 'utf8'));
      });
    }
  }
});
