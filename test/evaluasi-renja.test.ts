// Evaluasi terhadap hasil Renja (Permendagri 86/2017) built in process in both formats. Columns 13-15 and the
// footer mean are recomputed here with plain numbers from the content files and found in the printed text. The
// example agency has no Renstra program table, so a test-only one (fictional, written to a temporary copy) gives
// column 6; the default content's 2024 form prints "-" where no figure exists (columns 7, 14, 15).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { build } from '../src/pipeline.ts';
import { docxText, pdfText } from './extract.ts';
import { capaian, nilai, r2, sampai, yamlFile } from './helpers-contoh.ts';
import { ROOT, tempCopy } from './helpers.ts';

const CONTOH = path.join(ROOT, 'contoh/dinas-pangan');
// Indonesian number format: thousands dots, decimal comma, 2 decimals unless whole
const id = (x: number) => {
  const r = Math.round(x * 100) / 100;
  const [a, b] = (Number.isInteger(r) ? r.toFixed(0) : r.toFixed(2)).split('.');
  return a.replace(/\B(?=(\d{3})+(?!\d))/g, '.') + (b ? `,${b}` : '');
};
const uang = (s: string) => Number(String(s).replace(',', '.'));
const PITA: [number, string][] = [[91, 'Sangat Tinggi'], [76, 'Tinggi'], [66, 'Sedang'], [51, 'Rendah']];
const predikat = (c: number) => PITA.find(([m]) => c >= m)?.[1] ?? 'Sangat Rendah';

async function teks(konten: string, tahun: number, triwulan?: number) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-er-'));
  const r = await build({ konten, keluaran: out, jenis: ['evaluasi-renja'], tahun, triwulan, format: ['pdf', 'docx'], kertas: 'A4' });
  expect(r.diagnostics.filter((d) => d.severity === 'galat')).toEqual([]);
  const f = path.join(out, 'evaluasi-renja', String(tahun), triwulan && triwulan < 4 ? `evaluasi-renja-${tahun}-tw${triwulan}` : `evaluasi-renja-${tahun}`);
  const pdfBuf = fs.readFileSync(`${f}.pdf`);
  return { pdf: (await pdfText(pdfBuf)).text.replace(/\s+/g, ' '), docx: docxText(fs.readFileSync(`${f}.docx`)).replace(/\s+/g, ' '), pdfBuf };
}

const anggaran = parse(fs.readFileSync(path.join(CONTOH, 'anggaran/2025.yaml'), 'utf8'));
const subs = anggaran.program.flatMap((p: { kegiatan?: { sub_kegiatan?: unknown[] }[] }) => (p.kegiatan ?? []).flatMap((k) => k.sub_kegiatan ?? []));
const sub = (idn: string) => subs.find((s: { id: string }) => s.id === idn);

// fictional Renstra program table for the test: two sub kegiatan of the example agency under unmatched parents
const PAGU = { beras: [900000000, 950000000, 1000000000, 1000000000, 1050000000], harga: [1500000, 1600000, 1700000, 1800000, 1900000] };
const tahunan = (xs: number[]) => `{${xs.map((x, k) => `${2025 + k}: ${x}`).join(', ')}}`;
const PROGRAM = `tahun_baseline: 2024
tahun_target: [2025, 2026, 2027, 2028, 2029]
urusan:
  - kode: "2.09"
    nama: Pangan
    program:
      - id: p-uji
        kode: "2.09.02"
        nama: Program Uji
        indikator: []
        kegiatan:
          - id: k-uji
            kode: "2.09.02.2.01"
            nama: Kegiatan Uji
            sub_kegiatan:
              - id: s-cadangan-beras
                kode: "2.09.02.2.01.0001"
                nama: Penyediaan Infrastruktur dan Seluruh Pendukung Kemandirian Pangan
                indikator:
                  - {nama: Jumlah cadangan beras yang disediakan, satuan: ton, target: {2025: 30, 2029: 50}}
                pagu: ${tahunan(PAGU.beras)}
              - id: s-pemantauan-harga
                kode: "2.09.02.2.01.0002"
                nama: Penyediaan Informasi Harga Pangan dan Neraca Bahan Makanan
                indikator:
                  - {nama: Jumlah laporan harga pangan yang disusun, satuan: laporan, target: {2025: 48, 2029: 240}}
                pagu: ${tahunan(PAGU.harga)}
`;

describe('Evaluasi terhadap hasil Renja (Permendagri 86/2017)', () => {
  it('columns 13-15 and the mean of column 15 recomputed for a year (PDF and DOCX)', async () => {
    const konten = tempCopy(CONTOH, [{ file: 'renstra/2025-2029/program.yaml', content: PROGRAM }]);
    const t = await teks(konten, 2025);
    const beras = sub('s-cadangan-beras'); const harga = sub('s-pemantauan-harga');
    // column 13 K: the indicator's realisasi (a number, or the sum of its quarterly components); Rp: realisasi_anggaran
    const k13 = { beras: Number(beras.indikator[0].realisasi), harga: harga.indikator[0].realisasi.komponen.reduce((a: number, k: { nilai: string }) => a + Number(k.nilai), 0) };
    const rp13 = { beras: uang(beras.realisasi_anggaran), harga: uang(harga.realisasi_anggaran) };
    const rp6 = { beras: PAGU.beras.reduce((a, b) => a + b), harga: PAGU.harga.reduce((a, b) => a + b) };
    // 2025 is the first year of the Renstra 2025-2029: column 7 is 0, so 14 = 13; 15 = 14 / 6 x 100
    const k15 = { beras: (k13.beras / 50) * 100, harga: (k13.harga / 240) * 100 };
    const rp15 = { beras: (rp13.beras / rp6.beras) * 100, harga: (rp13.harga / rp6.harga) * 100 };
    // IKU rows (lkip/2025/kinerja.yaml) against the Renstra 2029 target, capaian by each indicator's rule from the
    // realisasi as printed (2 decimals); target 0 without a rule has no capaian and stays out of the mean
    const kin = yamlFile(CONTOH, 'lkip/2025/kinerja.yaml');
    const kat = new Map((yamlFile(CONTOH, 'indikator/iku.yaml') as Record<string, string>[]).map((x) => [x.id, x]));
    const ren = new Map(yamlFile(CONTOH, 'renstra/2025-2029.yaml').tujuan.flatMap((t: { sasaran: { iku: { ref: string; target: Record<string, string> }[] }[] }) => t.sasaran.flatMap((x) => x.iku)).map((x: { ref: string; target: Record<string, string> }) => [x.ref, x.target['2029']]));
    const ikuK15 = (kin.iku as { ref: string; realisasi?: string; metode_capaian?: string; triwulan?: { pelaporan: string; agregasi: string; realisasi: string[] } }[]).map((e) => {
      const cat = kat.get(e.ref)!;
      const r = e.triwulan ? String(r2(sampai(e.triwulan.realisasi, 4, e.triwulan.pelaporan, e.triwulan.agregasi)!)) : e.realisasi!;
      return capaian(nilai(ren.get(e.ref)), nilai(r), { polaritas: cat.polaritas ?? 'positif', metode: e.metode_capaian ?? cat.metode_capaian, skala: cat.skala, targetNol: cat.target_nol });
    }).filter((x): x is number => x !== undefined);
    expect(ikuK15.length).toBe(9);
    const semuaK = [...ikuK15, k15.beras, k15.harga];
    const rataK = semuaK.reduce((a, b) => a + b) / semuaK.length; const rataRp = (rp15.beras + rp15.harga) / 2;
    expect(k13.harga).toBe(47);
    for (const s of [t.pdf, t.docx]) {
      expect(s).toContain('EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH');
      expect(s).toContain('14 = 7 + 13');
      expect(s).toContain('15 = 14 / 6 × 100');
      for (const k of ['beras', 'harga'] as const) {
        expect(s).toContain(`${id(k13[k])} ${id(rp13[k])} ${id(k13[k])} ${id(rp13[k])} ${id(k15[k])} ${id(rp15[k])}`);
        expect(s).toContain(id(rp6[k]));
      }
      for (const c of ikuK15) expect(s).toContain(` ${id(c)} `);
      expect(s).toContain(`Rata-rata capaian kinerja dan realisasi anggaran (%) ${id(rataK)} ${id(rataRp)}`);
      expect(s).toContain(`Predikat kinerja ${predikat(rataK)} ${predikat(rataRp)}`);
      expect(s).toContain('Faktor pendorong keberhasilan pencapaian -'); // no TW IV prose in the content
    }
  }, 120_000);

  it('to TW II: quarterly values combined by the rule, budget summed over TW I-II; TW III-IV not printed', async () => {
    const t = await teks(CONTOH, 2025, 2);
    const harga = sub('s-pemantauan-harga');
    const prosa = parse(fs.readFileSync(path.join(CONTOH, 'evaluasi-renja/2025/evaluasi-renja.yaml'), 'utf8'));
    const q = harga.indikator[0].realisasi.komponen.map((k: { nilai: string }) => Number(k.nilai));
    const rq = harga.realisasi_anggaran_triwulan.map(uang);
    for (const s of [t.pdf, t.docx]) {
      expect(s).toContain('TRIWULAN II');
      // the prose rows of TW II from contoh/dinas-pangan/evaluasi-renja/2025/, dated as written there
      expect(s).toContain(`Faktor penghambat pencapaian kinerja ${prosa.triwulan[1].faktor_penghambat}`);
      expect(s).toContain(`Tindak lanjut yang diperlukan dalam triwulan berikutnya (triwulan III) ${prosa.triwulan[1].tindak_lanjut_triwulan}`);
      expect(s).toContain('10 Juli 2025');
      // TW I, TW II, TW III-IV "-", then column 13 K and Rp, 14 (= 13, first year), 15 "-" (no Renstra table)
      expect(s).toContain(`${id(q[0])} ${id(rq[0])} ${id(q[1])} ${id(rq[1])} - - - - ${id(q[0] + q[1])} ${id(rq[0] + rq[1])} ${id(q[0] + q[1])} ${id(rq[0] + rq[1])} - -`);
    }
  }, 120_000);

  it('default content 2024: realisasi of the year printed, no Renstra 2021-2026 program table and no earlier realisasi: "-"', async () => {
    const t = await teks(path.join(ROOT, 'content'), 2024);
    const a = parse(fs.readFileSync(path.join(ROOT, 'content/anggaran/2024.yaml'), 'utf8'));
    const s0 = a.program[0].kegiatan[0].sub_kegiatan[0];
    for (const s of [t.pdf, t.docx]) {
      expect(s).toContain('RENJA TAHUN 2024 (RENSTRA PERIODE 2021-2026)');
      // 13 K and Rp, then 14 and 15 "-"
      expect(s).toContain(`${id(Number(s0.indikator[0].realisasi))} ${id(uang(s0.realisasi_anggaran))} - - - -`);
      expect(s).toContain('Rata-rata capaian kinerja dan realisasi anggaran (%) - -');
      expect(s).toContain('tidak tersedia di konten');
    }
    fs.writeFileSync('/tmp/er-2024.pdf', t.pdfBuf);
  }, 120_000);
});

describe('evaluasi Renja tanpa indikator di anggaran tahun itu', () => {
  it('takes each node\'s indicators and targets (columns 6 and 8), kode and sasaran from the Renstra program table (default content 2025)', async () => {
    const { check } = await import('../src/pipeline.ts');
    const { computeEvaluasiRenja } = await import('../src/jenis/evaluasi-renja/hitung.ts');
    const content = check(path.join(ROOT, 'content')).content;
    const v = computeEvaluasiRenja(content, 2025, 4);
    // recomputed from renstra/2025-2029/program.yaml: every program, kegiatan and sub kegiatan by id
    type N = { id: string; kode?: string; indikator?: { nama: string; satuan?: string; target: Record<string, string | number> }[]; kegiatan?: N[]; sub_kegiatan?: N[] };
    const prog = parse(fs.readFileSync(path.join(ROOT, 'content/renstra/2025-2029/program.yaml'), 'utf8')) as { urusan: { program: N[] }[] };
    const byKode = new Map<string, N>();
    const jalan = (n: N) => { if (n.kode) byKode.set(n.kode, n); [...(n.kegiatan ?? []), ...(n.sub_kegiatan ?? [])].forEach(jalan); };
    prog.urusan.forEach((u) => u.program.forEach(jalan));
    const baris = v.baris as { kode: string; indikator: string; tingkat: string; k8?: { target: { nilai: string } | '' } }[];
    const simpul = baris.filter((b) => b.tingkat !== 'iku' && b.kode && b.kode !== '-');
    expect(simpul.length).toBeGreaterThan(20);
    for (const b of simpul) {
      const n = byKode.get(b.kode)!;
      const ri = n.indikator![0];
      expect(b.indikator, b.kode).toBe(`${ri.nama}${ri.satuan ? ` (${ri.satuan})` : ''}`);
      expect(b.k8 && b.k8.target && b.k8.target.nilai, b.kode).toBe(String(ri.target[2025]).replace(',', '.'));
    }
    expect(v.keterangan.at(-1)).toMatch(/tanpa indikator di anggaran 2025: indikator dan targetnya \(kolom 6 dan 8\) dari tabel program Renstra 2025-2029/);
  });
});
