// An exported workbook opens in LibreOffice Calc: every sheet converted to CSV headless (filter option token 12 =
// -1: all sheets, one CSV each; token 9 false: values, not as shown), and its numbers are the PDF's.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, check, selectJobs } from '../src/pipeline.ts';
import { bukuDokumen } from '../src/excel/ekspor.ts';
import { angka, uang } from '../src/format/angka.ts';
import { pdfText } from './extract.ts';
import { ROOT, which } from './helpers.ts';

const CALC = '/usr/lib/libreoffice/program/libsclo.so';
const ada = which('soffice') && fs.existsSync(CALC);
if (!ada) console.warn('\n*** LEWATI: LibreOffice Calc tidak terpasang; uji buku kerja di Calc dilewati. Pasang: apt-get install libreoffice-calc-nogui ***\n');
const FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

/** One CSV line into cells (quotes as LibreOffice writes them). */
const sel = (line: string) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].map((m) => m[1].replace(/^"|"$/g, '').replace(/""/g, '"')).slice(0, -1);

describe.skipIf(!ada)('LibreOffice Calc membuka buku kerja ekspor', () => {
  it('the quarterly report workbook: every sheet converts, and its figures are those of the PDF', async () => {
    const konten = path.join(ROOT, 'contoh/dinas-pangan');
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-excel-lo-'));
    const job = selectJobs(check(konten).content, { jenis: ['pengukuran'], tahun: 2025, triwulan: 2 })[0];
    const xlsx = path.join(out, 'pengukuran-2025-tw2.xlsx');
    fs.writeFileSync(xlsx, (await bukuDokumen(job))!);
    const r = spawnSync('soffice', [`-env:UserInstallation=file://${out}/profile`, '--headless', '--convert-to', FILTER, '--outdir', out, xlsx], { encoding: 'utf8', timeout: 180_000 });
    if (r.status !== 0) throw new Error(`soffice gagal: ${r.stderr}`);
    const csv = fs.readdirSync(out).filter((f) => f.endsWith('.csv')).sort();
    expect(csv).toEqual(['pengukuran-2025-tw2-Capaian IKU.csv', 'pengukuran-2025-tw2-Program SS 1.csv', 'pengukuran-2025-tw2-Program SS 2.csv', 'pengukuran-2025-tw2-Program SS 3.csv']);
    await build({ konten, keluaran: out, jenis: ['pengukuran'], tahun: 2025, triwulan: 2, format: ['pdf'], kertas: 'A4' });
    const pdf = (await pdfText(fs.readFileSync(path.join(out, 'pengukuran/2025/pengukuran-2025-tw2.pdf')))).text.replace(/\s+/g, ' ');
    let dibanding = 0;
    for (const f of csv.filter((x) => x.includes('Program'))) {
      for (const line of fs.readFileSync(path.join(out, f), 'utf8').split('\n').slice(3).filter(Boolean)) {
        const c = sel(line);
        // J, K: pagu and realisasi anggaran (numbers); L: serapan (percent): printed in the PDF row of the same name
        const [pagu, realisasi, serapan] = [c[9], c[10], c[11]];
        if (!/^\d+(\.\d+)?$/.test(pagu)) continue;
        const baris = `${uang(pagu)} ${uang(realisasi)} ${angka(serapan.replace('%', ''), 2)}%`;
        expect(pdf, `${f}: ${c[1]}`).toContain(baris);
        dibanding++;
      }
    }
    expect(dibanding).toBeGreaterThan(10);
    // the IKU sheet: capaian s.d. TW II and against the annual target (G, H) as the PDF prints them
    const iku = fs.readFileSync(path.join(out, csv[0]), 'utf8').split('\n').slice(3).filter(Boolean).map(sel);
    const persen = iku.flatMap((c) => [c[6], c[7]]).filter((x) => /^\d+(\.\d+)?%$/.test(x));
    expect(persen.length).toBeGreaterThan(5);
    for (const x of persen) expect(pdf).toContain(`${angka(x.replace('%', ''), 2)}%`);
  }, 240_000);
});
