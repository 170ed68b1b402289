// Text golden files (extracted text, not bytes) of four PKs in both formats. UPDATE_GOLDEN=1 rewrites them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../src/pipeline.ts';
import { docxText, pdfPages, pdfText } from './extract.ts';
import { ROOT } from './helpers.ts';

const GOLDEN = path.join(ROOT, 'test/golden');
const DOCS = [...['01-kepala-dinas', '02-sekretaris', '06-kabid-koperasi', '15-pengawas-koperasi-wahyuni'].map((s) => `pk/2025/${s}`), 'lkip/2024/lkip-2024', 'renstra/2025/renstra-2025-2029', 'iku/2021/iku-2021-2026', 'pedoman/2025/pedoman-2025'];
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-golden-'));

beforeAll(async () => {
  await build({ konten: path.join(ROOT, 'content'), keluaran: out, jenis: ['pk', 'lkip', 'renstra', 'iku', 'pedoman'], hanya: DOCS.map((d) => path.basename(d)), format: ['pdf', 'docx'], kertas: 'A4' });
});

describe('golden text', () => {
  for (const doc of DOCS) {
    for (const ext of ['pdf', 'docx'] as const) {
      it(`${doc}.${ext}`, async () => {
        const buf = fs.readFileSync(path.join(out, `${doc}.${ext}`));
        const text = `${ext === 'pdf' ? (await pdfText(buf)).text : docxText(buf)}\n`;
        const golden = path.join(GOLDEN, `${path.basename(doc)}.${ext}.txt`);
        if (process.env.UPDATE_GOLDEN) fs.writeFileSync(golden, text);
        expect(fs.existsSync(golden), `golden file ${golden} missing: run UPDATE_GOLDEN=1 npm test`).toBe(true);
        const want = fs.readFileSync(golden, 'utf8');
        // compare line by line so a failure shows the first differing line, not the whole document
        const a = text.split('\n'), b = want.split('\n');
        const i = a.findIndex((l, k) => l !== b[k]);
        expect(i === -1 && a.length === b.length ? 'sama' : `baris ${i + 1}: ${JSON.stringify(a[i])} != ${JSON.stringify(b[i])}`).toBe('sama');
      });
    }
  }
});

describe('page breaks', () => {
  // each PDF's page texts parsed once for both rules
  const terbaca = new Map<string, Promise<string[]>>();
  const halaman = (doc: string) => terbaca.get(doc) ?? terbaca.set(doc, pdfPages(fs.readFileSync(path.join(out, `${doc}.pdf`)))).get(doc)!;
  it('no PDF page carries only its page number (a break right after a full page gives no blank page)', async () => {
    for (const doc of DOCS) {
      const pages = await halaman(doc);
      const blank = pages.flatMap((t, i) => (t.split('\n').filter((l) => l.trim()).length <= 1 ? [i + 1] : []));
      expect(blank, doc).toEqual([]);
    }
  });
  it('a heading or intro kept with what follows never ends a page without it (Lampiran 2 "Indikator Kinerja", "… sebagai berikut:")', async () => {
    for (const doc of DOCS) {
      const pages = await halaman(doc);
      const orphans = pages.flatMap((t, i) => {
        const lines = t.split('\n').map((l) => l.trim()).filter((l) => l && !/^[0-9ivxlc]+$/.test(l));
        const last = lines.at(-1) ?? '';
        return i < pages.length - 1 && (/(sebagai berikut|antara lain):$/.test(last) || /^(Indikator Kinerja|Target Kinerja|Uraian Sasaran|Penjelasan Kinerja \d+)$/.test(last))
          ? [`hlm ${i + 1}: ${last}`] : [];
      });
      expect(orphans, doc).toEqual([]);
    }
  });
});
