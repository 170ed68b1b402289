// Excel out and in (issue 14): exported sheets, cells, number formats and merges; the fill-in workbook filled
// programmatically, imported into a copy of the example agency and built; re-import; bad workbooks.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, check, selectJobs } from '../src/pipeline.ts';
import { bukuDokumen } from '../src/excel/ekspor.ts';
import { impor } from '../src/excel/impor.ts';
import { bukuIsian } from '../src/excel/isian.ts';
import type { PohonKinerjaView } from '../src/jenis/pohon-kinerja/hitung.ts';
import { pdfText } from './extract.ts';
import { ROOT } from './helpers.ts';

const CONTOH = path.join(ROOT, 'contoh/dinas-pangan');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-excel-'));
const { content } = check(CONTOH);
const job = (jenis: string, slug: string, triwulan = 4) => selectJobs(content, { jenis: [jenis], tahun: 2025, triwulan }).find((j) => j.slug === slug)!;
async function buka(bytes: Uint8Array | string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  if (typeof bytes === 'string') await wb.xlsx.readFile(bytes);
  else await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}
const merges = (ws: ExcelJS.Worksheet) => (ws.model as unknown as { merges: string[] }).merges;

describe('sakip ekspor', () => {
  it('PK Lampiran 1: performance table with sasaran spans, budget with rupiah format and total', async () => {
    const wb = await buka((await bukuDokumen(job('pk', '01-kepala-dinas')))!);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tabel Kinerja', 'Anggaran Program']);
    const k = wb.getWorksheet('Tabel Kinerja')!;
    expect(k.getCell('B3').value).toBe('SASARAN KINERJA');
    expect(merges(k)).toEqual(expect.arrayContaining(['A1:E1', 'D3:E3', 'A5:A8', 'B5:B8']));
    expect(k.getCell('C6').value).toBe('Prevalensi ketidakcukupan konsumsi pangan (PoU)');
    expect(k.getCell('D6').value).toBe(8.5);
    expect(k.getCell('D6').numFmt).toBe('#,##0.0');
    expect(k.getCell('D5').value).toBe('2–4'); // a range stays text
    expect(k.pageSetup.printTitlesRow).toBe('3:4');
    const a = wb.getWorksheet('Anggaran Program')!;
    expect(a.getCell('C5').value).toBe(48725000.25);
    expect(a.getCell('C5').numFmt).toBe('"Rp"#,##0.00');
    expect(a.getCell('C4').numFmt).toBe('"Rp"#,##0');
    expect(a.getCell('B9').value).toBe('JUMLAH');
    expect(a.getCell('C9').value).toBe(3855875002.75);
  });

  it('LKIP and quarterly report: IKU and program tables, percent with two decimals, landscape', async () => {
    const lkip = await buka((await bukuDokumen(job('lkip', 'lkip-2025')))!);
    expect(lkip.worksheets.map((w) => w.name)).toEqual(['Capaian IKU', 'Program SS 1', 'Program SS 2', 'Program SS 3', 'Realisasi Anggaran']);
    const ra = lkip.getWorksheet('Realisasi Anggaran')!;
    expect(ra.pageSetup.orientation).toBe('landscape');
    const jumlah = ra.getRow(ra.rowCount);
    expect(jumlah.getCell(2).value).toBe('JUMLAH');
    expect([jumlah.getCell(3).value, jumlah.getCell(4).value, jumlah.getCell(5).value]).toEqual([3855875002.75, 3763490684.1, 0.976]);
    expect(jumlah.getCell(5).numFmt).toBe('0.00%');
    const tw = await buka((await bukuDokumen(job('pengukuran', 'pengukuran-2025-tw2', 2)))!);
    const p1 = tw.getWorksheet('Program SS 1')!;
    expect(p1.getCell('K3').value).toBe('Realisasi Anggaran s.d. TW II (Rp)');
    expect([p1.getCell('J4').value, p1.getCell('K4').value, p1.getCell('L4').value]).toEqual([851500001, 450750000.5, 0.5294]);
    expect(p1.getCell('K4').numFmt).toBe('#,##0.00');
  });

  it('Renstra: program table with a target and pagu column pair per year, IKU and IKK tables (content/)', async () => {
    const { content: c } = check(path.join(ROOT, 'content'));
    const wb = await buka((await bukuDokumen(selectJobs(c, { jenis: ['renstra'], tahun: 2025 })[0]))!);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Program dan Pendanaan', 'IKU', 'IKK']);
    const p = wb.getWorksheet('Program dan Pendanaan')!;
    expect(p.pageSetup.orientation).toBe('landscape');
    expect(p.pageSetup.printTitlesRow).toBe('3:5');
    expect(merges(p)).toEqual(expect.arrayContaining(['A3:A4', 'E3:E4', 'F3:G3', 'P3:Q3']));
    expect([p.getCell('F3').value, p.getCell('F4').value, p.getCell('G4').value, p.getCell('Q5').value]).toEqual(['2025', 'Target', 'Pagu (Rp)', '(17)']);
    const prog = p.getRow(7);
    expect([prog.getCell(1).value, prog.getCell(5).value, prog.getCell(6).value, prog.getCell(7).value, prog.getCell(10).value]).toEqual(['2.17.01', 97, 98, 4841011234, 96.5]);
    expect(prog.getCell(10).numFmt).toBe('#,##0.0');
    const jumlah = p.getRow(p.rowCount);
    expect([jumlah.getCell(2).value, jumlah.getCell(7).value, jumlah.getCell(17).value]).toEqual(['JUMLAH', 24113393889, 24047659015]);
    expect([wb.getWorksheet('IKU')!.getCell('F5').value, wb.getWorksheet('IKU')!.getCell('G5').value]).toEqual([10.29, 11.707]);
  });

  it('IKU document: targets of every year under one merged header, formulasi and penanggung jawab', async () => {
    const { content: c } = check(path.join(ROOT, 'content'));
    const wb = await buka((await bukuDokumen(selectJobs(c, { jenis: ['iku'], tahun: 2021 })[0]))!);
    const ws = wb.getWorksheet('Tabel IKU')!;
    expect(merges(ws)).toEqual(expect.arrayContaining(['E3:J3', 'K3:K4']));
    expect([ws.getCell('E4').value, ws.getCell('J4').value, ws.getCell('E5').value, ws.getCell('J5').value]).toEqual(['2021', '2026', 90, 100]);
    expect(ws.pageSetup.orientation).toBe('landscape');
  });

  it('the same content gives byte-identical workbooks', async () => {
    const a = await bukuDokumen(job('lkip', 'lkip-2025'));
    const b = await bukuDokumen(job('lkip', 'lkip-2025'));
    expect(Buffer.compare(Buffer.from(a!), Buffer.from(b!))).toBe(0);
    const i1 = (await bukuIsian(content, 2025, 2)).bytes;
    const i2 = (await bukuIsian(content, 2025, 2)).bytes;
    expect(Buffer.compare(Buffer.from(i1), Buffer.from(i2))).toBe(0);
  });

  it('CLI ekspor --jenis pohon-kinerja: byte-identical twice; one row per indicator, spans, targets as numbers', async () => {
    const keluar = (n: string) => {
      const dir = path.join(tmp, `pohon-${n}`);
      const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/sakip.js'), 'ekspor', '--jenis', 'pohon-kinerja', '--konten', CONTOH, '--keluaran', dir], { encoding: 'utf8', timeout: 120_000 });
      expect(r.status, r.stderr).toBe(0);
      return fs.readFileSync(path.join(dir, 'pohon-kinerja/2025/pohon-kinerja-2025.xlsx'));
    };
    const a = keluar('a');
    expect(a.equals(keluar('b'))).toBe(true);
    const v = job('pohon-kinerja', 'pohon-kinerja-2025').view as PohonKinerjaView;
    const ws = (await buka(a)).getWorksheet('Sasaran Pohon Kinerja')!;
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.getRow(3).values).toEqual([, 'No', 'Pejabat', 'Sasaran', 'Indikator Kinerja', 'Target', 'Satuan', 'Mendukung Sasaran Atasan', 'Faktor Kunci Keberhasilan (CSF)']);
    expect(ws.rowCount).toBe(3 + v.tabel.length);
    const pks = content.pk.filter((p) => p.front.tahun === 2025);
    expect(v.tabel.length).toBe(pks.reduce((n, p) => n + p.front.sasaran.reduce((m, s) => m + s.indikator.length, 0), 0));
    // every indicator row: its name, its target as a number (text only for a range or a word) and its unit
    v.tabel.forEach((b, i) => {
      const row = ws.getRow(4 + i);
      expect(row.getCell(4).value).toBe(b.indikator);
      const n = b.target!.nilai;
      expect(row.getCell(5).value).toBe(/^-?\d+(\.\d+)?$/.test(n) ? Number(n) : n);
      expect(row.getCell(6).value).toBe(b.target!.satuan);
    });
    expect(v.tabel.filter((b) => typeof ws.getRow(4 + v.tabel.indexOf(b)).getCell(5).value === 'number').length).toBeGreaterThan(v.tabel.length / 2);
    // the official spans its rows; each sasaran spans its indicator rows with what it supports
    const m = merges(ws);
    let r = 4;
    for (const b of v.tabel) {
      if (b.pejabat) {
        expect(String(ws.getCell(`B${r}`).value)).toBe(`${b.pejabat.jabatan}${b.pejabat.nama ? `\n${b.pejabat.nama}` : ''}`);
        if (b.pejabat.baris > 1) expect(m).toContain(`B${r}:B${r + b.pejabat.baris - 1}`);
      }
      if (b.baruSasaran) {
        expect([ws.getCell(`A${r}`).value, ws.getCell(`C${r}`).value]).toEqual([b.no, b.sasaran]);
        expect(ws.getCell(`G${r}`).value).toBe(b.mendukung.join('\n') || 'tidak mendukung sasaran atasan');
        if (b.barisSasaran > 1) expect(m).toContain(`G${r}:G${r + b.barisSasaran - 1}`);
      }
      r++;
    }
    expect(String(ws.getCell('G4').value)).toMatch(/^T\d+\. /); // the agency head supports Renstra tujuan
  }, 240_000);
});

// --- fill-in workbook and import into a copy of the example agency
const konten = path.join(tmp, 'konten');
const hash = () => Object.fromEntries(fs.readdirSync(konten, { recursive: true }).map(String).filter((f) => fs.statSync(path.join(konten, f)).isFile())
  .map((f) => [f, crypto.createHash('sha1').update(fs.readFileSync(path.join(konten, f))).digest('hex')]));
const baris = (ws: ExcelJS.Worksheet, id: string) => { let r = 0; ws.eachRow((row, n) => { if (row.getCell(1).value === id) r = n; }); return r; };
/** The TW II fill-in workbook with some values entered, `ubah` applied before saving. */
async function isian(nama: string, ubah: (wb: ExcelJS.Workbook) => void = () => {}): Promise<string> {
  const { content: c } = check(konten);
  const wb = await buka((await bukuIsian(c, 2025, 2)).bytes);
  const iku = wb.getWorksheet('IKU')!;
  const ang = wb.getWorksheet('Anggaran')!;
  iku.getCell(baris(iku, 'iku-produksi-daging'), 11).value = 320;
  iku.getCell(baris(iku, 'iku-inflasi-pangan'), 11).value = 3.25;
  iku.getCell(baris(iku, 'iku-opini-bpk'), 11).value = 'WTP';
  ang.getCell(baris(ang, 's-cadangan-beras'), 11).value = 260000000.75;
  ang.getCell(baris(ang, 's-pemantauan-harga#1'), 11).value = 10;
  ubah(wb);
  const file = path.join(tmp, nama);
  await wb.xlsx.writeFile(file);
  return file;
}

describe('sakip isian dan impor', () => {
  beforeAll(() => fs.cpSync(CONTOH, konten, { recursive: true }));

  it('the workbook locks context, opens this quarter with validation and names year and quarter', async () => {
    const wb = await buka((await bukuIsian(check(konten).content, 2025, 2)).bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Petunjuk', 'IKU', 'Anggaran', 'sakip']);
    const iku = wb.getWorksheet('IKU')!;
    const r = baris(iku, 'iku-pangan-aman');
    expect([iku.getCell(r, 5).value, iku.getCell(r, 6).value, iku.getCell(r, 7).value, iku.getCell(r, 8).value, iku.getCell(r, 11).value]).toEqual(['per_triwulan, rata_rata', 90, 90, 88, 92.5]);
    expect(iku.getCell(r, 11).protection?.locked).toBe(false);
    expect(iku.getCell(r, 3).protection?.locked).not.toBe(false);
    expect(iku.getCell(r, 11).dataValidation.type).toBe('decimal');
    expect(iku.getCell(baris(iku, 'iku-opini-bpk'), 11).dataValidation.formulae).toEqual(['"WTP,WDP,TW,TMP"']);
    expect((iku as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
  });

  it('imports into the YAML, untouched lines byte-identical; the quarterly report shows the values; re-import changes nothing', async () => {
    const sebelum = { k: fs.readFileSync(path.join(konten, 'lkip/2025/kinerja.yaml'), 'utf8'), a: fs.readFileSync(path.join(konten, 'anggaran/2025.yaml'), 'utf8') };
    const file = await isian('isian.xlsx');
    const r = await impor(file, konten);
    expect(r.diagnostics).toEqual([]);
    expect(r.perubahan.map((p) => `${p.baris.id}: ${p.lama} -> ${p.baru}`).sort()).toEqual([
      'iku-inflasi-pangan:  -> 3,25', 'iku-opini-bpk:  -> WTP', 'iku-produksi-daging: 310 -> 320', 's-cadangan-beras: 250000000.25 -> 260000000,75', 's-pemantauan-harga#1: 12 -> 10',
    ]);
    const k = fs.readFileSync(path.join(konten, 'lkip/2025/kinerja.yaml'), 'utf8');
    const a = fs.readFileSync(path.join(konten, 'anggaran/2025.yaml'), 'utf8');
    const beda = (x: string, y: string) => ({ hilang: x.split('\n').filter((l) => !y.split('\n').includes(l)), baru: y.split('\n').filter((l) => !x.split('\n').includes(l)) });
    expect(beda(sebelum.k, k)).toEqual({
      hilang: ['      realisasi: [260, 310, 295, 360]'],
      baru: ['    triwulan: {realisasi: ["", "3,25"]}', '      realisasi: [260, 320, 295, 360]', '    triwulan: {realisasi: ["", WTP]}'],
    });
    expect(beda(sebelum.a, a)).toEqual({
      hilang: ['            realisasi_anggaran_triwulan: [200000000, "250000000,25", 182450000, 200000000]', '                    - {uraian: Triwulan II, nilai: 12}'],
      baru: ['            realisasi_anggaran_triwulan: [200000000, "260000000,75", 182450000, 200000000]', '                    - {uraian: Triwulan II, nilai: 10}'],
    });
    const h = hash();
    const lagi = await impor(file, konten);
    expect(lagi).toEqual({ diagnostics: [], perubahan: [], berkas: [] });
    expect(hash()).toEqual(h);
    const out = path.join(tmp, 'keluaran');
    const b = await build({ konten, keluaran: out, jenis: ['pengukuran'], tahun: 2025, triwulan: 2, format: ['pdf'], kertas: 'A4' });
    expect(b.diagnostics.filter((d) => d.severity === 'galat')).toEqual([]);
    const { text: mentah } = await pdfText(fs.readFileSync(path.join(out, 'pengukuran/2025/pengukuran-2025-tw2.pdf')));
    const text = mentah.replace(/\s+/g, ' '); // table cells wrap
    expect(text).toMatch(/Produksi daging ternak 1\.200 ton 550 ton 580 ton/); // 260 + 320 (agregasi jumlah)
    expect(text).toContain('460.000.000,75'); // realisasi anggaran s.d. TW II: 200.000.000 + 260.000.000,75
    expect(text).toMatch(/Jumlah laporan harga pangan yang disusun 48 laporan 24 laporan 22 laporan/); // 12 + 10
  }, 120_000);

  it('a new quarter of raw parts: every part required, then one komponen inserted in quarter order (content/ 2024)', async () => {
    const k2 = path.join(tmp, 'konten-2024');
    fs.cpSync(path.join(ROOT, 'content'), k2, { recursive: true });
    const f = path.join(k2, 'anggaran/2024.yaml');
    const tw4 = '                - {uraian: Triwulan IV, pembilang: 10936.95, penyebut: 14810.09}\n';
    fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replace(tw4, ''));
    const sebelum = fs.readFileSync(f, 'utf8');
    const isi = async (nilai: Record<string, number>) => {
      const wb = await buka((await bukuIsian(check(k2).content, 2024, 4)).bytes);
      const ws = wb.getWorksheet('Anggaran')!;
      for (const [id, v] of Object.entries(nilai)) ws.getCell(baris(ws, id), 11).value = v;
      const file = path.join(tmp, 'bagian.xlsx');
      await wb.xlsx.writeFile(file);
      return impor(file, k2);
    };
    const kurang = await isi({ 'k-pengawasan-pupuk#1.pembilang': 10936.95 });
    expect(kurang.diagnostics.map((d) => [d.code, d.message])).toEqual([['ISIAN_TRIWULAN_KOSONG', expect.stringContaining('isi juga k-pengawasan-pupuk#1.penyebut')]]);
    expect(fs.readFileSync(f, 'utf8')).toBe(sebelum);
    const ok = await isi({ 'k-pengawasan-pupuk#1.pembilang': 10936.95, 'k-pengawasan-pupuk#1.penyebut': 14810.09 });
    expect(ok.diagnostics).toEqual([]);
    expect(fs.readFileSync(f, 'utf8')).toBe(sebelum.replace('                - {uraian: Triwulan III, pembilang: 15411.84, penyebut: 19204.30}\n',
      '                - {uraian: Triwulan III, pembilang: 15411.84, penyebut: 19204.30}\n                - {uraian: Triwulan IV, pembilang: "10936,95", penyebut: "14810,09"}\n'));
  }, 120_000);

  const buruk: [string, (wb: ExcelJS.Workbook) => void, string, RegExp][] = [
    ['text in a number cell', (wb) => { const ws = wb.getWorksheet('IKU')!; ws.getCell(baris(ws, 'iku-pou'), 11).value = 'sembilan'; }, 'ISIAN_BUKAN_ANGKA', /^buruk\.xlsx!IKU!K3$/],
    ['a word outside the scale', (wb) => { const ws = wb.getWorksheet('IKU')!; ws.getCell(baris(ws, 'iku-opini-bpk'), 11).value = 'Baik'; }, 'ISIAN_BUKAN_ANGKA', /^buruk\.xlsx!IKU!K\d+$/],
    ['an unknown indicator id', (wb) => { const ws = wb.getWorksheet('Anggaran')!; ws.getCell(baris(ws, 's-vaksinasi'), 1).value = 's-tidak-ada'; }, 'ISIAN_ID_TIDAK_DIKENAL', /^buruk\.xlsx!Anggaran!A\d+$/],
    ['a modified locked column', (wb) => { const ws = wb.getWorksheet('IKU')!; ws.getCell(baris(ws, 'iku-produksi-daging'), 6).value = 1300; }, 'ISIAN_TERKUNCI_BERUBAH', /^buruk\.xlsx!IKU!F\d+$/],
    ['a closed row filled', (wb) => { const ws = wb.getWorksheet('Anggaran')!; ws.getCell(baris(ws, 's-gaji#1'), 11).value = 42; }, 'ISIAN_TERKUNCI_BERUBAH', /^buruk\.xlsx!Anggaran!K\d+$/],
    ['money with three decimals', (wb) => { const ws = wb.getWorksheet('Anggaran')!; ws.getCell(baris(ws, 's-gaji'), 11).value = 1000.125; }, 'ISIAN_BUKAN_ANGKA', /^buruk\.xlsx!Anggaran!K\d+$/],
    ['a row twice', (wb) => { const ws = wb.getWorksheet('IKU')!; ws.getCell(baris(ws, 'iku-pou'), 1).value = 'iku-inflasi-pangan'; }, 'ISIAN_ID_TIDAK_DIKENAL', /^buruk\.xlsx!IKU!A3$/],
    ['not a sakip workbook', (wb) => { wb.removeWorksheet(wb.getWorksheet('sakip')!.id); }, 'ISIAN_BERKAS', /^buruk\.xlsx$/],
  ];
  it('a quarter of budget realisasi after a missing one: ISIAN_TRIWULAN_KOSONG, content unchanged', async () => {
    const f = path.join(konten, 'anggaran/2025.yaml');
    const asli = fs.readFileSync(f, 'utf8');
    fs.writeFileSync(f, asli.replace('            realisasi_anggaran_triwulan: [30000000, 40000000, 35000000, 37875000]\n', ''));
    try {
      const file = await isian('lubang.xlsx', (wb) => { const ws = wb.getWorksheet('Anggaran')!; ws.getCell(baris(ws, 's-inseminasi'), 11).value = 40000000; });
      const h = hash();
      const r = await impor(file, konten);
      expect(r.diagnostics.map((d) => [d.code, d.file])).toEqual([['ISIAN_TRIWULAN_KOSONG', expect.stringMatching(/^lubang\.xlsx!Anggaran!K\d+$/)]]);
      expect(hash()).toEqual(h);
    } finally { fs.writeFileSync(f, asli); }
  });

  it('raw quarterly parts of a budget indicator are one open row each; a realisasi for the year is a locked row', async () => {
    const { content: c } = check(path.join(ROOT, 'content'));
    const wb = await buka((await bukuIsian(c, 2024, 2)).bytes);
    const ws = wb.getWorksheet('Anggaran')!;
    const aturan = new Set<string>();
    ws.eachRow((row, n) => { if (n > 1 && row.getCell(11).protection?.locked !== false) aturan.add(String(row.getCell(5).value)); });
    expect([...aturan]).toEqual(['realisasi tahunan (ubah di YAML)']);
    const [p, q] = [baris(ws, 'k-pengawasan-pupuk#1.pembilang'), baris(ws, 'k-pengawasan-pupuk#1.penyebut')];
    expect([ws.getCell(p, 2).value, ws.getCell(p, 5).value, ws.getCell(p, 8).value, ws.getCell(p, 11).value, ws.getCell(q, 11).value])
      .toEqual(['indikator: pupuk bersubsidi dan pestisida yang disalurkan (ton)', 'komponen mentah triwulan, rasio_jumlah', 2675.57, 8470.01, 5329.02]);
    expect(ws.getCell(p, 11).protection?.locked).toBe(false);
  });

  it.each(buruk)('%s: a located diagnostic, content unchanged', async (_, ubah, code, lokasi) => {
    const file = await isian('buruk.xlsx', ubah);
    const h = hash();
    const r = await impor(file, konten);
    expect(r.perubahan).toEqual([]);
    const d = r.diagnostics.find((x) => x.code === code)!;
    expect(d, JSON.stringify(r.diagnostics)).toBeDefined();
    expect(d.file).toMatch(lokasi);
    expect(d.severity).toBe('galat');
    expect(d.hint.length).toBeGreaterThan(20);
    expect(hash()).toEqual(h);
  });

  it('CLI: isian writes the workbook, impor prints located diagnostics (exit 1) or each change old → new (exit 0)', async () => {
    const sakip = (...a: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'bin/sakip.js'), ...a], { encoding: 'utf8', timeout: 120_000 });
    const file = path.join(tmp, 'cli.xlsx');
    const w = sakip('isian', '--tahun', '2025', '--triwulan', '3', '--konten', konten, '--keluaran', file);
    expect(w.status, w.stderr).toBe(0);
    expect(w.stdout).toMatch(/Buku kerja isian triwulan III tahun 2025 \(\d+ baris\) ditulis ke/);
    const wb = await buka(file);
    const ws = wb.getWorksheet('IKU')!;
    ws.getCell(baris(ws, 'iku-cadangan-pangan'), 11).value = 'dua puluh';
    await wb.xlsx.writeFile(file);
    const h = hash();
    const r = sakip('impor', file, '--konten', konten);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^cli\.xlsx!IKU!K4: galat \[ISIAN_BUKAN_ANGKA\] "dua puluh" bukan angka \(baris "iku-cadangan-pangan"\)\n  saran: /m);
    expect(r.stderr).toContain('Tidak ada berkas konten yang diubah');
    expect(hash()).toEqual(h);
    ws.getCell(baris(ws, 'iku-cadangan-pangan'), 11).value = 22;
    await wb.xlsx.writeFile(file);
    const ok = sakip('impor', file, '--konten', konten);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('cli.xlsx!IKU!K4 iku-cadangan-pangan: 21 → 22');
  }, 240_000);
});
