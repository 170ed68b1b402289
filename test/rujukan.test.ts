// Cross-references (issue 11 item 3): "Tabel X.Y", "Gambar X.Y" and "Lampiran N" cited in content prose must exist
// in the same document, whose captions are numbered when the templates run; otherwise RUJUKAN_SILANG at the
// prose's own line, from `sakip check` (checkAll) and from build.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, checkAll } from '../src/pipeline.ts';
import type { DocModel } from '../src/render/model.ts';
import { labelDokumen } from '../src/validate/checks/rujukan.ts';
import { ROOT, lineOf, tempCopy } from './helpers.ts';

const CONTENT = path.join(ROOT, 'content');
const LKIP = 'lkip/2024/lkip.md';
const PK = 'pk/2025/02-sekretaris.md';
const rujukan = <T extends { code: string }>(ds: T[]): T[] => ds.filter((d) => d.code === 'RUJUKAN_SILANG');
/** line and column of `needle` in a file */
const at = (file: string, needle: string) => {
  const line = lineOf(file, needle);
  return [line, fs.readFileSync(file, 'utf8').split('\n')[line - 1].indexOf(needle) + 1];
};

describe('labelDokumen', () => {
  it('reads caption and annex numbers from the model, anywhere; Grafik shares the Gambar numbering; roman chapters', () => {
    const p = (text: string) => ({ kind: 'p' as const, runs: [{ kind: 'text' as const, text }] });
    const model: DocModel = { title: '', fontSize: 12, sections: [{ page: 'A4', orientation: 'portrait', margins: [0, 0, 0, 0], header: [], footer: [], pageNumbers: 'decimal', blocks: [
      p('Tabel 3.6 Komponen Realisasi'), p('Grafik 3.2 Tren'), p('LAMPIRAN 1'), p('Lihat Tabel 9.9 di bawah'),
      { kind: 'table', widths: ['*'], headerRows: 0, borders: true, rows: [{ cells: [{ blocks: [p('Tabel IV.2 Dalam sel')] }] }] },
    ] }] };
    expect([...labelDokumen(model)].sort()).toEqual(['gambar 3.2', 'lampiran 1', 'tabel 3.6', 'tabel 4.2']);
  });
});

describe('sakip check', () => {
  it('every cross-reference of the default content exists in its document', () => {
    expect(rujukan(checkAll(CONTENT))).toEqual([]);
  });
  it('a reference to a missing table, figure or annex is reported at its line; existing ones and other documents\' annexes are not', () => {
    const dir = tempCopy(CONTENT, [
      { file: LKIP, find: 'Pertumbuhan nilai produksi IKM akan diukur', replace: 'Sebagaimana Tabel 3.6, Grafik 3.2 dan Tabel 3.99, pertumbuhan nilai produksi IKM akan diukur' },
      { file: LKIP, find: 'Pertumbuhan sub sektor perdagangan dipengaruhi', replace: 'Lihat Gambar 3.40 dan Lampiran 3; Lampiran II Peraturan Menteri Dalam Negeri. Pertumbuhan sub sektor perdagangan dipengaruhi' },
    ]);
    const file = path.join(dir, LKIP);
    const ds = rujukan(checkAll(dir)).sort((a, b) => a.line - b.line || a.column - b.column);
    expect(ds.map((d) => [d.file, d.line, d.column])).toEqual([
      [file, ...at(file, 'Tabel 3.99')], [file, ...at(file, 'Gambar 3.40')], [file, ...at(file, 'Lampiran 3')],
    ].map(([f, l, c]) => [f, l, c]));
    expect(ds[0].message).toBe('"Tabel 3.99" dirujuk di bagian "## iku-pertumbuhan-produksi-ikm/penjelasan", tetapi tidak ada di dokumen lkip-2024 (yang ada: Tabel 3.1, Tabel 3.2, Tabel 3.3, Tabel 3.4, Tabel 3.5, Tabel 3.6, Tabel 3.7, Tabel 3.8, Tabel 3.9, Tabel 3.10, Tabel 3.11, Tabel 3.12, Tabel 3.13, Tabel 3.14, Tabel 3.15)');
    expect(ds.every((d) => d.severity === 'peringatan')).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);
  it('build reports it too, for the documents it renders (a PK citing its Lampiran 2 and a Lampiran 3)', async () => {
    const dir = tempCopy(CONTENT, [{ file: PK, find: 'Yang dimaksud dalam sasaran kinerja ini', replace: 'Rinciannya pada Lampiran 2 dan Lampiran 3. Yang dimaksud dalam sasaran kinerja ini' }]);
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-rujukan-'));
    const r = await build({ konten: dir, keluaran: out, jenis: ['pk'], hanya: ['02-sekretaris'], format: ['docx'], kertas: 'A4' });
    const file = path.join(dir, PK);
    expect(rujukan(r.diagnostics).map((d) => [d.line, d.column, d.message])).toEqual([
      [...at(file, 'Lampiran 3'), '"Lampiran 3" dirujuk di bagian "## ss1", tetapi tidak ada di dokumen 02-sekretaris'],
    ]);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});
