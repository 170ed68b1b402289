// Prose bound to figures (issue 11 item 5): LKIP prose cites computed figures by placeholder ({capaian},
// {realisasi:p-ekspor}, {serapan:ss1}); an unknown placeholder is a SKEMA error and a stated percentage or count that
// matches no figure next to it is PROSA_ANGKA, both at the prose's own line; the default LKIP prose carries no stale
// seed number ("-8,16%", "77 UMKM", "38,20", "9,72%").
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isiProsa } from '../src/compute/angka-prosa.ts';
import { build, check } from '../src/pipeline.ts';
import { docxText, pdfText } from './extract.ts';
import { ROOT, lineOf, tempCopy } from './helpers.ts';

const CONTENT = path.join(ROOT, 'content');
const LKIP = 'lkip/2024/lkip.md';
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-prosa-'));
const text: string[] = [];
const flat = (s: string) => s.replace(/\s+/g, ' ');

beforeAll(async () => {
  const r = await build({ konten: CONTENT, keluaran: out, jenis: ['lkip'], format: ['pdf', 'docx'], kertas: 'A4' });
  expect(r.diagnostics.filter((d) => d.severity === 'galat')).toEqual([]);
  text.push(flat((await pdfText(fs.readFileSync(path.join(out, 'lkip/2024/lkip-2024.pdf')))).text));
  text.push(flat(docxText(fs.readFileSync(path.join(out, 'lkip/2024/lkip-2024.docx')))));
}, 180_000);

describe('isiProsa', () => {
  const peta = new Map<string, Record<string, string>>([['iku-a', { capaian: '108,74%', realisasi: '105,48%' }], ['ss1', { serapan: '85,89%' }]]);
  it('fills own-subject and named placeholders and leaves {tahun} to the markdown helper', () => {
    expect(isiProsa('capaian {capaian}, serapan {serapan:ss1} pada {tahun}', 'iku-a', peta)).toEqual({ teks: 'capaian 108,74%, serapan 85,89% pada {tahun}', salah: [] });
  });
  it('reports unknown names, unknown ids, missing figures and placeholders without a subject, with their offsets', () => {
    const r = isiProsa('{capain} {realisasi:tidak-ada} {serapan} {capaian}', 'iku-a', peta);
    expect(r.salah.map((s) => [s.token, s.offset])).toEqual([['{capain}', 0], ['{realisasi:tidak-ada}', 9], ['{serapan}', 31]]);
    expect(r.salah[0].pesan).toContain('tidak dikenal');
    expect(r.salah[1].pesan).toContain('"tidak-ada" bukan indikator, sasaran atau simpul anggaran');
    expect(r.salah[2].pesan).toContain('tidak memiliki angka serapan anggaran');
    expect(isiProsa('{capaian}', undefined, peta).salah[0].pesan).toContain('tidak merujuk indikator mana pun');
  });
});

describe('sakip check', () => {
  it('the default content has no unknown placeholder and no stale figure', () => {
    const ds = check(CONTENT).diagnostics.filter((d) => d.code === 'PROSA_ANGKA' || d.code === 'SKEMA');
    expect(ds).toEqual([]);
  });
  it('a misspelt placeholder is a SKEMA error and a stale percentage or count a PROSA_ANGKA warning, at their lines', () => {
    const dir = tempCopy(CONTENT, [
      { file: LKIP, find: 'sebesar {realisasi:p-ekspor}', replace: 'sebesar {realisai:p-ekspor}' },
      { file: LKIP, find: 'Kab. Luwu Timur sebesar {realisasi} tahun 2024.', replace: 'Kab. Luwu Timur berkisar 9,72% tahun 2024.' },
      { file: LKIP, find: 'sebanyak {realisasi:s-basis-data-usaha-mikro} telah', replace: 'sebanyak 77 unit usaha telah' },
    ]);
    const file = path.join(dir, LKIP);
    const ds = check(dir).diagnostics.filter((d) => d.code === 'PROSA_ANGKA' || d.code === 'SKEMA').sort((a, b) => a.line - b.line);
    // line and column of `needle` on the line holding `konteks`
    const at = (konteks: string, needle: string) => {
      const line = lineOf(file, konteks);
      return [line, fs.readFileSync(file, 'utf8').split('\n')[line - 1].indexOf(needle) + 1];
    };
    expect(ds.map((d) => [d.code, d.severity, d.line, d.column])).toEqual([
      ['PROSA_ANGKA', 'peringatan', ...at('berkisar 9,72% tahun', '9,72%')],
      ['PROSA_ANGKA', 'peringatan', ...at('sebanyak 77 unit usaha', '77 unit usaha')],
      ['SKEMA', 'galat', ...at('{realisai:p-ekspor}', '{realisai:p-ekspor}')],
    ]);
    expect(ds[0].message).toContain('persentase "9,72%" di bagian "## iku-pertumbuhan-produksi-umkm/nasional"');
    expect(ds[1].message).toContain('jumlah "77 unit usaha" di bagian "## ss2/penyebab"');
    expect(ds[2].message).toContain('placeholder "{realisai:p-ekspor}" tidak dikenal');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('LKIP 2024 prose (PDF and DOCX)', () => {
  it('cites the computed figures', () => {
    for (const t of text) {
      expect(t).toContain('di tahun 2024 berada di angka 108,74% disebabkan');
      expect(t).toContain('antar waktu sebesar 2,78% dari target 7,8%. Target 7,8% merupakan standar nasional');
      expect(t).toContain('Tahun 2024 telah terbentuk 39 WUB (wirausaha baru)');
      expect(t).toContain('sebanyak 231 unit usaha telah terinput ke dalam sistem ODS');
      expect(t).toContain('penurunan realisasi kinerja sebesar -11,15%');
      expect(t).toContain('mencapai angka capaian kinerja sebesar 94,77%');
      expect(t).toContain('telah dilaksanakan terhadap 156 koperasi');
      expect(t).toContain('realisasi sebanyak 3 orang dari target 4 orang');
      expect(t).toContain('nilai produksi UMKM Kab. Luwu Timur sebesar 10,77% tahun 2024');
    }
  });
  it('carries none of the stale seed numbers', () => {
    for (const t of text) {
      for (const stale of ['-8,16%', '77 UMKM', 'berada di angka 38,20', 'berkisar 9,72%', 'sebesar 2,98% dari target', '{']) expect(t).not.toContain(stale);
    }
  });
});
