// Excel export of the Rencana Aksi, the Evaluasi Rencana Aksi (its default quarter) and the Evaluasi Renja form
// (2024) of the default content: sheets, landscape, headers and spans as the document, figures as numbers.
import ExcelJS from 'exceljs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, selectJobs } from '../src/pipeline.ts';
import { bukuDokumen } from '../src/excel/ekspor.ts';
import type { EvaluasiRaView } from '../src/jenis/evaluasi-rencana-aksi/hitung.ts';
import type { EvaluasiRenjaView } from '../src/jenis/evaluasi-renja/hitung.ts';
import type { RencanaAksiView } from '../src/jenis/rencana-aksi/hitung.ts';
import { ROOT } from './helpers.ts';

const { content } = check(path.join(ROOT, 'content'));
const job = (jenis: string, tahun: number) => selectJobs(content, { jenis: [jenis], tahun })[0];
async function buka(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}
const merges = (ws: ExcelJS.Worksheet) => (ws.model as unknown as { merges: string[] }).merges;

describe('sakip ekspor: Rencana Aksi, Evaluasi Rencana Aksi, Evaluasi Renja', () => {
  it('Rencana Aksi: quarterly targets under a merged header, budget plan with its total', async () => {
    const j = job('rencana-aksi', 2025);
    const v = j.view as RencanaAksiView;
    const wb = await buka((await bukuDokumen(j))!);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Target Triwulanan', 'Rencana Anggaran']);
    const t = wb.getWorksheet('Target Triwulanan')!;
    expect(t.pageSetup.orientation).toBe('landscape');
    expect([t.getCell('E3').value, t.getCell('E4').value, t.getCell('H4').value]).toEqual(['Target Triwulan', 'TW I', 'TW IV']);
    expect(merges(t)).toEqual(expect.arrayContaining(['E3:H3', 'A3:A4', 'K3:K4']));
    const i = v.indikator[1];
    expect(t.getCell('A6').value).toBe(i.no);
    expect(t.getCell('D6').value).toBe(Number(i.targetTahunan.nilai));
    expect([t.getCell('E6').value, t.getCell('F6').value]).toEqual([Number(i.target[0].nilai), Number(i.target[1].nilai)]);
    expect(typeof t.getCell('D6').value).toBe('number');
    const a = wb.getWorksheet('Rencana Anggaran')!;
    expect(a.pageSetup.orientation).toBe('landscape');
    expect(a.getCell('C3').value).toBe('Pagu (Rp)');
    expect(a.getCell('C4').value).toBe(Number(v.anggaran.baris[0].pagu));
    const jumlah = a.getRow(a.rowCount);
    expect(jumlah.getCell(2).value).toBe('JUMLAH');
    expect(jumlah.getCell(8).value).toBe(Number(v.anggaran.total!.jumlah));
  });

  it('Evaluasi Rencana Aksi (default quarter): to-date figures as numbers, capaian as percent, mean row', async () => {
    const j = job('evaluasi-rencana-aksi', 2025);
    const v = j.view as EvaluasiRaView;
    const wb = await buka((await bukuDokumen(j))!);
    const ws = wb.getWorksheet(`Evaluasi RA TW ${v.triwulanRomawi}`)!;
    expect(ws).toBeDefined();
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.getCell('F3').value).toBe(`Realisasi s.d. TW ${v.triwulanRomawi}`);
    const b = v.indikator[0];
    expect([ws.getCell('D4').value, ws.getCell('E4').value, ws.getCell('F4').value]).toEqual([b.targetTahunan, b.targetSampai, b.realisasiSampai].map((n) => Number(n!.nilai)));
    expect(ws.getCell('G4').value).toBeCloseTo(Number(b.capaianSampai) / 100, 10);
    expect(ws.getCell('G4').numFmt).toBe('0.00%');
    const rata = ws.getRow(ws.rowCount);
    expect(rata.getCell(2).value).toBe(`Rata-rata capaian s.d. TW ${v.triwulanRomawi}`);
    expect(rata.getCell(7).value).toBeCloseTo(Number(v.rataRata.nilai) / 100, 10);
  });

  it('Evaluasi Renja 2024: the form\'s three header rows with K/Rp pairs, column numbers, figures as numbers', async () => {
    const j = job('evaluasi-renja', 2024);
    const v = j.view as EvaluasiRenjaView;
    const wb = await buka((await bukuDokumen(j))!);
    const ws = wb.getWorksheet('Evaluasi Renja')!;
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.getCell('L3').value).toBe('Realisasi Kinerja pada Triwulan');
    expect([ws.getCell('F5').value, ws.getCell('G5').value, ws.getCell('Z3').value]).toEqual(['K', 'Rp', 'Unit Penanggung Jawab']);
    expect(merges(ws)).toEqual(expect.arrayContaining(['F3:G4', 'L3:S3', 'L4:M4', 'A3:A5', 'Z3:Z5']));
    // first row with a budget: its year's pagu (column 8 Rp) and year's realisasi anggaran (column 13 Rp) as numbers
    type B = { rp: boolean; rp8?: { nilai: string }; rp13?: { nilai: string }; k8?: { target: { nilai: string } } };
    const baris = v.baris as B[];
    const n = baris.findIndex((b) => b.rp && b.rp8 && b.rp13);
    expect(n).toBeGreaterThanOrEqual(0);
    const row = ws.getRow(7 + n);
    expect(row.getCell(11).value).toBe(Number(baris[n].rp8!.nilai));
    expect(row.getCell(21).value).toBe(Number(baris[n].rp13!.nilai));
    expect(typeof row.getCell(11).value).toBe('number');
    const k = baris.findIndex((b) => b.k8 && /^\d+(\.\d+)?$/.test(b.k8.target.nilai));
    expect(ws.getRow(7 + k).getCell(10).value).toBe(Number(baris[k].k8!.target.nilai));
    const rata = ws.getRow(7 + baris.length);
    expect(rata.getCell(1).value).toBe('Rata-rata capaian kinerja dan realisasi anggaran (%)');
    if (v.rataRp) expect(rata.getCell(25).value).toBe(Number(v.rataRp.nilai));
  });
});
