// Figures of record (issue 11 item 4): `realisasi_tercatat` is printed and measured against the target while
// `sakip check` reports what the raw data gives; `catatan_koreksi` prints the computed value with a note giving the
// earlier reported value and the rule. Default LKIP 2024: pertumbuhan subsektor perdagangan (research D26), UMKM
// production growth (9,72 vs 10,77) and the price-variation indicator (R/T though lower is better).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ukurIndikator } from '../src/compute/indikator-hasil.ts';
import { SKALA } from '../src/compute/skala-predikat.ts';
import { build, check } from '../src/pipeline.ts';
import { docxText, pdfText } from './extract.ts';
import { ROOT, lineOf } from './helpers.ts';

const CONTENT = path.join(ROOT, 'content');
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-tercatat-'));
const text: Record<string, string> = {};
const flat = (s: string) => s.replace(/\s+/g, ' ');
const skala = SKALA['skala-lokal'] ?? Object.values(SKALA)[0];
const none = () => undefined;
const tumbuh = { rumus: 'pertumbuhan' as const, komponen: [{ uraian: 'Omzet', sekarang: '90', sebelumnya: '100' }] };

beforeAll(async () => {
  const r = await build({ konten: CONTENT, keluaran: out, jenis: ['lkip', 'pengukuran'], format: ['pdf', 'docx'], kertas: 'A4' });
  expect(r.diagnostics.filter((d) => d.severity === 'galat')).toEqual([]);
  for (const d of ['lkip/2024/lkip-2024', 'pengukuran/2024/pengukuran-2024-tw4']) {
    text[`${d}.pdf`] = flat((await pdfText(fs.readFileSync(path.join(out, `${d}.pdf`)))).text);
    text[`${d}.docx`] = flat(docxText(fs.readFileSync(path.join(out, `${d}.docx`))));
  }
}, 180_000);
const both = (d: string) => [text[`${d}.pdf`], text[`${d}.docx`]];

describe('ukurIndikator', () => {
  const m = { nama: 'Pertumbuhan omzet', satuan: '%', polaritas: 'positif' as const, target: '5', realisasi: tumbuh };
  it('without a figure of record the raw data gives the realisasi', () => {
    const h = ukurIndikator(m, skala, none);
    expect([h.realisasi?.nilai, h.capaian, h.tercatat, h.temuan]).toEqual(['-10.00', '-200.00', undefined, []]);
  });
  it('the figure of record is printed, measured, and the raw value kept for the audit', () => {
    const h = ukurIndikator({ ...m, realisasi_tercatat: '4' }, skala, none);
    expect([h.realisasi?.nilai, h.realisasiPenuh?.toString(), h.capaian]).toEqual(['4', '4', '80.00']);
    expect(h.tercatat?.dihitung.nilai).toBe('-10.00');
    expect(h.temuan).toEqual([expect.objectContaining({ apa: 'tercatat', dilaporkan: '4', dihitung: '-10.00' })]);
  });
  it('a figure of record equal to the raw value is no finding', () => {
    expect(ukurIndikator({ ...m, realisasi_tercatat: '-10' }, skala, none).temuan).toEqual([]);
  });
  it('catatan_koreksi keeps the computed value and carries the earlier reported ones', () => {
    const h = ukurIndikator({ ...m, realisasi_dilaporkan: '-9', capaian_dilaporkan: '-180', catatan_koreksi: 'dibagi tahun n' }, skala, none);
    expect(h.realisasi?.nilai).toBe('-10.00');
    expect(h.koreksi).toEqual({ realisasi: { nilai: '-9', desimal: 0, satuan: '%' }, capaian: '-180', aturan: 'dibagi tahun n' });
  });
});

describe('sakip check on the default content', () => {
  it('reports the figure of record against its raw data at the realisasi_tercatat line, with both numbers and the rule', () => {
    const ds = check(CONTENT).diagnostics.filter((d) => d.code === 'AUDIT_DILAPORKAN' && d.message.includes('tercatat'));
    const file = path.join(CONTENT, 'lkip/2024/kinerja.yaml');
    expect(ds).toHaveLength(1);
    expect(ds[0].line).toBe(lineOf(file, 'realisasi_tercatat: 3.78'));
    expect(ds[0].message).toBe('IKU "Pertumbuhan subsektor perdagangan": realisasi tercatat 3,78 dicetak, sedangkan data mentahnya memberi -28,32 ((nilai tahun n − nilai tahun n−1) / nilai tahun n−1 × 100%)');
  });
});

describe('LKIP 2024 (PDF and DOCX)', () => {
  it('prints the subsektor perdagangan figures of record, not the raw -28,32 / -226,58', () => {
    for (const t of both('lkip/2024/lkip-2024')) {
      expect(t).toContain('Pertumbuhan subsektor perdagangan 12,5% 3,78% 30,24% Kurang');
      expect(t).toContain('realisasi Pertumbuhan subsektor perdagangan sebesar 3,78% dari target 12,5%, sehingga capaian kinerja 30,24% dengan predikat Kurang');
      expect(t).toContain('menghasilkan -28,32%; realisasi yang dicetak pada laporan ini adalah angka tercatat 3,78%');
      expect(t).not.toContain('-226,58');
      expect(t).not.toContain('50,77');
      // the mean of the six IKU with the figure of record: (108,74 + 107,69 + 111,22 + 100,09 + 30,24 + 103,44) / 6
      expect(t).toContain('Rata-rata capaian indikator kinerja utama tahun 2024 sebesar 93,57%');
    }
  });
  it('prints the recomputed UMKM growth with the note of the earlier 9,72 / 100,41 and its rule', () => {
    for (const t of both('lkip/2024/lkip-2024')) {
      expect(t).toContain('Pertumbuhan nilai produksi UMKM 9,68% 10,77%** 111,22%');
      expect(t).toContain('**) Pertumbuhan nilai produksi UMKM: angka yang dilaporkan sebelumnya realisasi 9,72% dan capaian 100,41% (selisih nilai produksi dibagi nilai produksi tahun 2024, bukan nilai tahun 2023); laporan ini mencetak hasil hitung ulang dari data yang sama: realisasi 10,77%');
      expect(t).toContain('Catatan koreksi: Pertumbuhan nilai produksi UMKM: angka yang dilaporkan sebelumnya realisasi 9,72%');
    }
  });
  it('prints the price-variation indicator by the negative rule with the note of the earlier 2,98 / 38,20', () => {
    for (const t of both('lkip/2024/lkip-2024')) {
      expect(t).toMatch(/Persentase stabilisasi dan jumlah ketersediaan harga barang kebutuhan pokok 7,8% 2,78%\*\* 164,36%/);
      expect(t).toContain('angka yang dilaporkan sebelumnya realisasi 2,98% dan capaian 38,20% (capaian dihitung sebagai realisasi / target × 100, padahal semakin kecil nilainya semakin baik');
      expect(t).toContain('realisasi 2,78% (rata-rata nilai komponen) dan capaian 164,36% ((2 × target − realisasi) / target × 100)');
    }
  });
  it('the quarterly report (TW IV) prints the figure of record too', () => {
    for (const t of both('pengukuran/2024/pengukuran-2024-tw4')) {
      expect(t).toMatch(/Pertumbuhan subsektor perdagangan 12,5% 12,5% 3,78% 30,24%/);
      expect(t).not.toContain('-28,32');
    }
  });
});
