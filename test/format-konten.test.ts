// The content format (issue 10): every new diagnostic on a fixture with file, line and column; the rules of ranges,
// qualitative scales, target 0, quarterly data and money to the sen as unit properties.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hitungCapaian } from '../src/compute/capaian.ts';
import { D, teksUang } from '../src/compute/decimal.ts';
import { hitungRealisasi } from '../src/compute/realisasi.ts';
import { spesSampai } from '../src/compute/triwulan.ts';
import { normalTarget } from '../src/format/baca.ts';
import { formatTarget } from '../src/format/target.ts';
import { terbilangRupiah } from '../src/format/terbilang.ts';
import { check } from '../src/pipeline.ts';
import { BASE, lineOf, ROOT, tempCopy, type Edit } from './helpers.ts';

const JF = 'pk/2025/16-analis-perdagangan.md';
const KAT = 'indikator/indikator.yaml';
const KONTEN = path.join(ROOT, 'content');
const KINERJA = 'lkip/2024/kinerja.yaml';
interface Case { name: string; base?: string; edits: Edit[]; code: string; file: string; needle: string; offset?: number; severity?: string; pesan?: RegExp; tanpa?: string[] }

const CASES: Case[] = [
  { name: 'kunci tidak dikenal dengan kunci terdekat', code: 'KUNCI_TIDAK_DIKENAL', file: JF, needle: 'lampiran2:', severity: 'peringatan', pesan: /"lampiran2".*maksud Anda "lampiran_2"/,
    edits: [{ file: JF, find: 'tempat: Malili', replace: 'tempat: Malili\nlampiran2: false' }] },
  { name: '__proto__ sebagai kunci', code: 'KUNCI_TIDAK_DIKENAL', file: JF, needle: '__proto__:', severity: 'peringatan',
    edits: [{ file: JF, find: 'tempat: Malili', replace: 'tempat: Malili\n__proto__: {x: 1}' }] },
  { name: 'kunci wajib salah eja: satu galat, bukan "target" hilang juga', code: 'SKEMA', file: JF, needle: 'tagret: 915', pesan: /"tagret".*maksud Anda "target"/, tanpa: ['SKEMA:target'],
    edits: [{ file: JF, find: 'target: 915', replace: 'tagret: 915' }] },
  { name: 'tanggal yang tidak ada di kalender', code: 'TANGGAL_MUSTAHIL', file: JF, needle: 'tanggal: 2025-02-30',
    edits: [{ file: JF, find: 'tanggal: 2025-01-02', replace: 'tanggal: 2025-02-30' }] },
  { name: 'target negatif tanpa nilai_negatif: boleh', code: 'TARGET_TIDAK_SAH', file: JF, needle: 'target: -915',
    edits: [{ file: JF, find: 'target: 915', replace: 'target: -915' }] },
  { name: 'target 0 tanpa aturan target_nol', code: 'TARGET_NOL', file: JF, needle: 'target: 0', severity: 'peringatan',
    edits: [{ file: JF, find: 'target: 915', replace: 'target: 0' }] },
  { name: 'target angka untuk indikator berpolaritas rentang', code: 'TARGET_TIDAK_SAH', file: JF, needle: 'target: 915',
    edits: [{ file: KAT, find: '  satuan: UTTP\n', replace: '  satuan: UTTP\n  polaritas: rentang\n' }] },
  { name: 'kata di luar skala kualitatif', code: 'ID_TIDAK_DIKENAL', file: JF, needle: 'target: WTX', pesan: /WTP, WDP, TW, TMP/,
    edits: [{ file: KAT, find: '  satuan: UTTP\n', replace: '  satuan: opini\n  skala: opini-bpk\n' }, { file: JF, find: 'target: 915', replace: 'target: WTX' }] },
  { name: 'titik ribuan pada target', code: 'SKEMA', file: JF, needle: 'target: 27.668.500', pesan: /tanpa titik ribuan/,
    edits: [{ file: JF, find: 'target: 915', replace: 'target: 27.668.500' }] },
  { name: 'titik ribuan pada pagu', code: 'SKEMA', file: 'anggaran/2025.yaml', needle: 'pagu: 45.928.200', pesan: /tanpa titik ribuan/,
    edits: [{ file: 'anggaran/2025.yaml', find: 'pagu: 45928200', replace: 'pagu: 45.928.200' }] },
  { name: 'satu NIP untuk dua orang', code: 'NIP_GANDA', file: 'orang/orang.yaml', needle: 'nama: SENFRI', offset: 1, pesan: /senfry-oktovianus/,
    edits: [{ file: 'orang/orang.yaml', find: '- id: andi-tenriawaru', replace: '- id: senfri\n  nama: SENFRI OKTOVIANUS\n  nip: 197510011996121001\n- id: andi-tenriawaru' }] },
  { name: 'LKIP tanpa Renstra dan tanpa daftar sasaran', base: KONTEN, code: 'SASARAN_TIDAK_ADA', file: KINERJA, needle: '- ref: iku-ketersediaan-bapok', pesan: /sasaran:/,
    edits: [{ file: 'lkip/2024/lkip.md', find: 'renstra: 2021-2026\n', replace: '' }] },
  { name: 'target triwulan tidak sama dengan target tahunan', base: KONTEN, code: 'TARGET_TRIWULAN_BEDA', file: KINERJA, needle: 'target: [20, 45, 70, 95]', severity: 'peringatan',
    edits: [{ file: KINERJA, find: '    target: 97\n', replace: '    target: 97\n    triwulan: {pelaporan: kumulatif, target: [20, 45, 70, 95]}\n' }] },
  { name: 'realisasi anggaran triwulan tidak berjumlah realisasi tahunan', base: path.join(ROOT, 'contoh/dinas-pangan'), code: 'REALISASI_TRIWULAN_BEDA', file: 'anggaran/2025.yaml', needle: '9800001', severity: 'peringatan', pesan: /44\.100\.251,25.*44\.100\.250,25/,
    edits: [{ file: 'anggaran/2025.yaml', find: '"12500000,25", 9800000, 11800250]', replace: '"12500000,25", 9800001, 11800250]' }] },
  { name: 'koma desimal di dalam daftar YAML [..] (memecah angka)', base: path.join(ROOT, 'contoh/dinas-pangan'), code: 'YAML_SINTAKS', file: 'anggaran/2025.yaml', needle: '12500000,25, 9800000', pesan: /"12500000,25".*dua angka/,
    edits: [{ file: 'anggaran/2025.yaml', find: '"12500000,25", 9800000', replace: '12500000,25, 9800000' }] },
  { name: 'target Renstra 0 di beberapa tahun: satu peringatan', code: 'TARGET_NOL', file: 'renstra/2025-2029.yaml', needle: '{2025: 0, 2026: 0}', severity: 'peringatan', pesan: /tahun 2025, 2026/,
    edits: [{ file: 'renstra/2025-2029.yaml', find: '{2025: 98, 2026: 99}', replace: '{2025: 0, 2026: 0}' }] },
];

describe('format konten: diagnostik baru', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const dir = tempCopy(c.base ?? BASE, c.edits);
      const { diagnostics } = check(dir);
      const file = path.join(dir, c.file);
      const hit = diagnostics.find((d) => d.code === c.code);
      expect(hit, JSON.stringify(diagnostics.filter((d) => d.severity === 'galat' || d.code === c.code), null, 1)).toBeDefined();
      expect(hit!.file).toBe(file.split(path.sep).join('/'));
      expect(hit!.line).toBe(lineOf(file, c.needle) + (c.offset ?? 0));
      expect(hit!.column).toBeGreaterThan(0);
      expect(hit!.severity).toBe(c.severity ?? 'galat');
      if (c.pesan) expect(hit!.message).toMatch(c.pesan);
      for (const t of c.tanpa ?? []) {
        const [code, key] = t.split(':');
        expect(diagnostics.filter((d) => d.code === code && d.message.startsWith(`sasaran.0.indikator.0.${key}:`))).toEqual([]);
        expect(diagnostics.filter((d) => d.severity === 'galat')).toHaveLength(1);
      }
      fs.rmSync(dir, { recursive: true });
    });
  }
  it('rentang, skala kualitatif dan target 0 berbiner: tanpa galat', () => {
    const dir = tempCopy(BASE, [
      { file: KAT, find: '  satuan: UTTP\n', replace: '  satuan: UTTP\n  polaritas: negatif\n  target_nol: biner\n' },
      { file: JF, find: 'target: 915', replace: 'target: 0' },
    ]);
    expect(check(dir).diagnostics).toEqual([]);
    fs.rmSync(dir, { recursive: true });
  });
});

describe('format konten: aturan', () => {
  it('rentang ditulis dengan berbagai cara menjadi satu bentuk', () => {
    for (const v of ['2-4', '2 – 4', '2 s.d. 4', '2 s/d 4', '2 sampai dengan 4']) expect(normalTarget(v)).toEqual({ ok: true, nilai: '2–4' });
    expect(normalTarget(['2,5', '3,75'])).toEqual({ ok: true, nilai: '2.5–3.75' });
    expect(normalTarget('4-2').ok).toBe(false);
    expect(formatTarget({ nilai: '2.5–3.75', desimal: 2, satuan: '%' })).toBe('2,50–3,75%');
    expect(formatTarget({ nilai: 'WTP', desimal: 0, satuan: 'opini' })).toBe('WTP');
  });
  it('capaian rentang: di dalam 100, di bawah R/a, di atas (2b − R)/b', () => {
    const c = (r: string) => { const h = hitungCapaian('2–4', r, { polaritas: 'rentang' }); return h.ok ? h.nilai.toFixed(2) : h.pesan; };
    expect([c('3'), c('2'), c('4'), c('1'), c('5')]).toEqual(['100.00', '100.00', '100.00', '50.00', '75.00']);
  });
  it('capaian kualitatif melalui skala', () => {
    const skala = { WTP: '4', WDP: '3', TW: '2', TMP: '1' };
    const h = hitungCapaian('WTP', 'WDP', { polaritas: 'positif', skala });
    expect(h.ok && h.nilai.toFixed(2)).toBe('75.00');
  });
  it('target 0: biner untuk semakin kecil semakin baik, tanpa aturan gagal', () => {
    const biner = (r: string) => { const h = hitungCapaian('0', r, { polaritas: 'negatif', targetNol: 'biner' }); return h.ok && h.nilai.toFixed(0); };
    expect([biner('0'), biner('3')]).toEqual(['100', '0']);
    const h = hitungCapaian('0', '0', { polaritas: 'negatif' });
    expect(h.ok).toBe(false);
  });
  it('data triwulan: kumulatif, jumlah, rata-rata, akhir', () => {
    const a = (s: string) => new D(s);
    const val = (s: ReturnType<typeof spesSampai>) => { const h = s && hitungRealisasi(s); return h && h.ok ? h.nilai.toFixed() : undefined; };
    expect(val(spesSampai(['5', '12', '20', '30'], 2, 'kumulatif', 'akhir', a))).toBe('12');
    expect(val(spesSampai(['5', '7', '8', '10'], 3, 'per_triwulan', 'jumlah', a))).toBe('20');
    expect(val(spesSampai(['80', '90', '', ''], 2, 'per_triwulan', 'rata_rata', a))).toBe('85');
    expect(spesSampai(['80', '90', '', ''], 3, 'per_triwulan', 'rata_rata', a)).toBeUndefined();
  });
  it('uang sampai sen', () => {
    expect(teksUang(new D('1500000.50'))).toBe('1500000.50');
    expect(teksUang(new D('1500000'))).toBe('1500000');
    expect(terbilangRupiah('1500000.50')).toBe('satu juta lima ratus ribu rupiah lima puluh sen');
    expect(terbilangRupiah('2000')).toBe('dua ribu rupiah');
  });
});
