// Each case reproduces a defect found in seed 000 on the valid fixture and asserts code, file and line.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../src/pipeline.ts';
import { BASE, lineOf, tempCopy, type Edit } from './helpers.ts';

const KADIS = 'pk/2025/01-kepala-dinas.md';
const JF = 'pk/2025/16-analis-perdagangan.md';
const RENSTRA = 'renstra/2025-2029.yaml';
interface Case { name: string; edits: Edit[]; code: string; file: string; needle: string; offset?: number; severity?: string }

const CASES: Case[] = [
  { name: 'E1 tahun salah di judul ("TABEL KINERJA TAHUN 2024", seed 479)', code: 'TAHUN_JUDUL', file: KADIS, needle: 'judul:',
    edits: [{ file: KADIS, find: 'tempat: Malili', replace: 'judul: Tabel Kinerja Tahun 2024\ntempat: Malili' }] },
  { name: 'E1 tahun salah di judul bagian Markdown', code: 'TAHUN_JUDUL', file: KADIS, needle: '# Penjelasan Kinerja Tahun 2024',
    edits: [{ file: KADIS, find: '## ss1', replace: '# Penjelasan Kinerja Tahun 2024\n\n## ss1' }] },
  { name: 'E4 "tahun 2024" di prosa target 2025 (seed 3239)', code: 'TAHUN_PROSA', file: JF, needle: 'tahun 2024', severity: 'peringatan',
    edits: [{ file: JF, find: 'pada tahun {tahun}', replace: 'pada tahun 2024' }] },
  { name: 'E5 nama dinas lain tertinggal ("Dinas Pertanian dan Ketahanan Pangan", seed 1601)', code: 'INSTANSI_LAIN', file: KADIS, needle: 'Dinas Pertanian',
    edits: [{ file: KADIS, find: 'daya beli masyarakat.', replace: 'daya beli masyarakat oleh Dinas Pertanian dan Ketahanan Pangan.' }] },
  { name: 'E31 NIP 17 angka ("19830326 20901 2 001", seed 2956)', code: 'NIP_PANJANG', file: 'orang/orang.yaml', needle: '1983032620901',
    edits: [{ file: 'orang/orang.yaml', find: '198303262009012001', replace: '1983032620901 2 001' }] },
  { name: 'E31 NIP 20 angka ("1919890917 201903 2 006", seed 3171)', code: 'NIP_PANJANG', file: 'orang/orang.yaml', needle: '19198',
    edits: [{ file: 'orang/orang.yaml', find: '198303262009012001', replace: '19198909172019032006' }] },
  { name: 'NIP dengan tanggal lahir mustahil', code: 'NIP_TANGGAL', file: 'orang/orang.yaml', needle: '19830231',
    edits: [{ file: 'orang/orang.yaml', find: '198303262009012001', replace: '198302312009012001' }] },
  { name: 'E25 pagu induk ≠ jumlah rincian (86.951.800 vs 86.031.800, seed 269)', code: 'ANGGARAN_INDUK_SELISIH', file: 'anggaran/2025.yaml', needle: 'pagu: 86951800',
    edits: [{ file: 'anggaran/2025.yaml', find: 'nama: Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', replace: 'nama: Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah\n        pagu: 86951800' }] },
  { name: 'E21 indikator sama, target berbeda dalam satu jenjang (915 vs 945 UTTP, seed 2501/2638)', code: 'TARGET_BERBEDA', file: JF, needle: 'target: 945', severity: 'peringatan',
    edits: [{ file: KADIS, find: '        target: 98', replace: '        target: 98\n      - ref: dag-uttp-ditera\n        target: 915' },
      { file: JF, find: 'target: 915', replace: 'target: 945' }] },
  { name: 'E37 sasaran tanpa indikator (seed 1561)', code: 'SKEMA', file: KADIS, needle: 'indikator: []',
    edits: [{ file: KADIS, find: /indikator:\n      - ref: iku-ketersediaan-bapok\n        target: 98/, replace: 'indikator: []' }] },
  { name: 'E24 baris sasaran ganda (seed 257-258)', code: 'ID_DUPLIKAT', file: KADIS, needle: 'uraian: Tertibnya administrasi umum', offset: -1,
    edits: [{ file: KADIS, find: '        target: 98\n', replace: '        target: 98\n  - id: ss1\n    uraian: Tertibnya administrasi umum perangkat daerah\n    indikator:\n      - ref: iku-ketersediaan-bapok\n        target: 98\n' }] },
  { name: 'E8 jabatan pihak kedua salah rujuk ("KEPALA UPTD PASAR", seed 3604)', code: 'ID_TIDAK_DIKENAL', file: KADIS, needle: 'pihak_kedua:',
    edits: [{ file: KADIS, find: 'naskah:', replace: 'pihak_kedua: kepala-uptd-pasar\nnaskah:' }] },
  { name: 'E40 dasar hukum yang dibatalkan (UU 17/2012, seed 4173)', code: 'DASAR_HUKUM_TIDAK_BERLAKU', file: JF, needle: 'uu-17-2012',
    edits: [{ file: JF, find: 'dasar_hukum: [uu-7-2014]', replace: 'dasar_hukum: [uu-7-2014, uu-17-2012]' }] },
  { name: 'E42 indikator tanpa formulasi', code: 'INDIKATOR_TIDAK_LENGKAP', file: 'indikator/indikator.yaml', needle: 'id: dag-uttp-ditera', severity: 'peringatan',
    edits: [{ file: 'indikator/indikator.yaml', find: '  formulasi: Jumlah UTTP yang ditera dan ditera ulang selama satu tahun\n', replace: '' }] },
  { name: 'E14 bagian penjelasan untuk sasaran yang tidak ada', code: 'BAGIAN_TIDAK_DIKENAL', file: JF, needle: '## ss9',
    edits: [{ file: JF, find: '## ss1', replace: '## ss9' }] },
  { name: 'target bukan angka', code: 'SKEMA', file: JF, needle: 'target: 915 UTTP',
    edits: [{ file: JF, find: 'target: 915', replace: 'target: 915 UTTP' }] },
  // cross-document checks (issue: PK vs Renstra/IKU, budgets, wording, Renstra tables)
  { name: 'target PK berbeda dari target Renstra tahun yang sama', code: 'LINTAS_TARGET', file: KADIS, needle: 'target: 98', severity: 'peringatan',
    edits: [{ file: RENSTRA, find: '{2025: 98, 2026: 99}', replace: '{2025: 97, 2026: 99}' }] },
  { name: 'indikator PK kepala dinas tidak ada di Renstra (koperasi aktif vs koperasi sehat)', code: 'LINTAS_INDIKATOR', file: KADIS, needle: 'ref: iku-ketersediaan-bapok', severity: 'peringatan',
    edits: [{ file: RENSTRA, find: 'ref: iku-ketersediaan-bapok', replace: 'ref: dag-uttp-ditera' }] },
  { name: 'jumlah pagu berbeda dari pagu indikatif Renstra (27.529.017.597 vs 24.113.393.889 di konten bawaan)', code: 'LINTAS_ANGGARAN', file: 'anggaran/2025.yaml', needle: 'program:', offset: 1, severity: 'peringatan',
    edits: [{ file: 'renstra/2025-2029/program.yaml', find: 'pagu: {2025: 111621100, 2026: 1}', replace: 'pagu: {2025: 80013000, 2026: 1}' }] },
  { name: 'rumusan indikator program berbeda antara anggaran dan Renstra', code: 'LINTAS_RUMUSAN', file: 'anggaran/2025.yaml', needle: 'nama: Persentase pengaduan', severity: 'peringatan',
    edits: [
      { file: 'anggaran/2025.yaml', find: '    nama: Program Standardisasi dan Perlindungan Konsumen\n', replace: '    nama: Program Standardisasi dan Perlindungan Konsumen\n    indikator:\n      - nama: Persentase pengaduan konsumen tentang alat UTTP\n' },
      { file: 'renstra/2025-2029/program.yaml', find: '        nama: Program Standardisasi dan Perlindungan Konsumen\n', replace: '        nama: Program Standardisasi dan Perlindungan Konsumen\n        indikator: [{nama: Persentase penurunan pengaduan konsumen}]\n' },
    ] },
  { name: 'dua tabel Renstra memuat target berbeda', code: 'RENSTRA_TABEL_BEDA', file: RENSTRA, needle: 'target_tabel_4_5', severity: 'peringatan',
    edits: [{ file: RENSTRA, find: '            target: {2025: 98, 2026: 99}', replace: '            target: {2025: 98, 2026: 99}\n            target_tabel_4_5: {2026: 100}' }] },
  { name: 'YAML rusak', code: 'YAML_SINTAKS', file: JF, needle: 'tempat Malili',
    edits: [{ file: JF, find: 'tempat: Malili', replace: 'tempat Malili\n  - x' }] },
];

describe('diagnostik cacat seed 000', () => {
  it('the base fixture is valid with no warnings', () => {
    expect(check(BASE).diagnostics).toEqual([]);
  });
  for (const c of CASES) {
    it(c.name, () => {
      const dir = tempCopy(BASE, c.edits);
      const { diagnostics } = check(dir);
      const file = path.join(dir, c.file);
      const hit = diagnostics.find((d) => d.code === c.code);
      expect(hit, JSON.stringify(diagnostics, null, 1)).toBeDefined();
      expect(hit!.file).toBe(file.split(path.sep).join('/'));
      expect(hit!.line).toBe(lineOf(file, c.needle) + (c.offset ?? 0));
      expect(hit!.column).toBeGreaterThan(0);
      expect(hit!.severity).toBe(c.severity ?? 'galat');
      expect(hit!.message).toMatch(/\S/);
      expect(hit!.hint).toMatch(/\S/);
      fs.rmSync(dir, { recursive: true });
    });
  }
  it('reports every problem at once', () => {
    const dir = tempCopy(BASE, [...CASES[4].edits, ...CASES[11].edits, ...CASES[12].edits]);
    const codes = check(dir).diagnostics.map((d) => d.code);
    expect(codes).toEqual(expect.arrayContaining(['NIP_PANJANG', 'ID_TIDAK_DIKENAL', 'DASAR_HUKUM_TIDAK_BERLAKU']));
  });
});

