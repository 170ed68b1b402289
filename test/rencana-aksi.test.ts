// Rencana Aksi and Evaluasi Rencana Aksi built in process in both formats; every quarterly figure recomputed
// here with plain numbers from the content files (FIXTURE data, marked in content/rencana-aksi/) and found in
// the printed text; the checks of the Rencana Aksi content.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { build, check, models } from '../src/pipeline.ts';
import { computePengukuran } from '../src/compute/pengukuran.ts';
import { computeEvaluasiRa } from '../src/jenis/evaluasi-rencana-aksi/hitung.ts';
import { rencanaAksi } from '../src/jenis/rencana-aksi/pk-ra.ts';
import { docxText, pdfText } from './extract.ts';
import { lineOf, ROOT, tempCopy, which } from './helpers.ts';
import { blankPages, brokenTokens, lonelySignatures, outsideTextBlock, pdfWords, type Margins } from './layout.ts';

const CONTENT = path.join(ROOT, 'content');
const RA = (slug: string) => parse(fs.readFileSync(path.join(CONTENT, `rencana-aksi/2025/${slug}.yaml`), 'utf8'));
const KATALOG = parse(fs.readFileSync(path.join(CONTENT, 'indikator/perdagangan.yaml'), 'utf8')) as { id: string; polaritas?: string }[];
const koma = (x: number, dp = 2) => x.toFixed(dp).replace('.', ',');
const ribuan = (x: number) => String(x).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

// the default selection of both kinds (2025: both Rencana Aksi, the TW III evaluations), built once in both
// formats for the layout rules and the documents below that it holds
const JENIS_RA = ['rencana-aksi', 'evaluasi-rencana-aksi'];
let semua: Promise<{ out: string; built: Awaited<ReturnType<typeof build>> }> | undefined;
const bangunSemua = () => (semua ??= (async () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-ra-tata-'));
  return { out, built: await build({ konten: CONTENT, keluaran: out, jenis: JENIS_RA, format: ['pdf', 'docx'], kertas: 'A4' }) };
})());

async function teks(jenis: string, slug: string, triwulan?: number): Promise<{ pdf: string; docx: string }> {
  const { out: bersama, built } = await bangunSemua();
  let out = bersama;
  if (!built.outputs.some((o) => o.path === path.join(bersama, jenis, '2025', `${slug}.pdf`))) {
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-ra-'));
    const r = await build({ konten: CONTENT, keluaran: out, jenis: [jenis], tahun: 2025, triwulan, hanya: [slug], format: ['pdf', 'docx'], kertas: 'A4' });
    expect(r.diagnostics.filter((d) => d.severity === 'galat')).toEqual([]);
  } else expect(built.diagnostics.filter((d) => d.severity === 'galat')).toEqual([]);
  const f = path.join(out, jenis, '2025', slug);
  return { pdf: (await pdfText(fs.readFileSync(`${f}.pdf`))).text.replace(/\s+/g, ' '), docx: docxText(fs.readFileSync(`${f}.docx`)).replace(/\s+/g, ' ') };
}

/** Value to TW n of a quarterly series by its rule (numbers only: these fixtures have no words or ranges). */
function sampai(xs: number[], n: number, pelaporan: string, agregasi: string): number | undefined {
  const upto = xs.slice(0, n);
  if (upto.length < n) return undefined;
  if (pelaporan === 'kumulatif' || agregasi === 'akhir') return upto[n - 1];
  return Math.round(upto.reduce((a, b) => a + b, 0) * 1e6) / 1e6; // jumlah
}

describe('Rencana Aksi', () => {
  it('prints each quarterly target and the quarterly budget plan with its sums (PDF and DOCX)', async () => {
    const ra = RA('04-kabid-perdagangan');
    const t = await teks('rencana-aksi', 'rencana-aksi-04-kabid-perdagangan');
    for (const s of [t.pdf, t.docx]) {
      expect(s).toContain('RENCANA AKSI TAHUN 2025');
      for (const ind of ra.indikator) expect(s).toContain(ind.target.map((x: string) => `${koma(Number(x))}%`).join(' '));
      const tw = [0, 1, 2, 3].map((k) => ra.anggaran.reduce((a: number, b: { rencana: string[] }) => a + Number(b.rencana[k]), 0));
      const total = tw.reduce((a, b) => a + b, 0);
      expect(s).toContain(`JUMLAH ${ribuan(total)} ${tw.map(ribuan).join(' ')} ${ribuan(total)}`);
      expect(s).toContain('Mengetahui,');
      expect(s).toContain('KEPALA BIDANG PERDAGANGAN');
      expect(s).toContain('Malili, 6 Januari 2025');
    }
  });
  it('a kegiatan only partly in the plan says so in its row, with the whole kegiatan\'s pagu', async () => {
    // recomputed from anggaran/2025.yaml: the kegiatan of the plan's sub kegiatan, how many it has, their pagu
    type Sub = { id: string; pagu?: string | number }; type Keg = { nama: string; sub_kegiatan?: Sub[] };
    const tree = parse(fs.readFileSync(path.join(CONTENT, 'anggaran/2025.yaml'), 'utf8')) as { program: { kegiatan?: Keg[] }[] };
    const ids = new Set(RA('04-kabid-perdagangan').anggaran.map((a: { simpul: string }) => a.simpul));
    const sebagian = tree.program.flatMap((p) => p.kegiatan ?? []).map((k) => ({ k, subs: k.sub_kegiatan ?? [] }))
      .filter(({ subs }) => subs.some((x) => ids.has(x.id)) && subs.some((x) => !ids.has(x.id)));
    expect(sebagian.length).toBe(1);
    const { subs } = sebagian[0];
    const total = subs.reduce((a, x) => a + Number(x.pagu), 0);
    const t = await teks('rencana-aksi', 'rencana-aksi-04-kabid-perdagangan');
    for (const s of [t.pdf, t.docx]) expect(s).toContain(`(pagu ${subs.filter((x) => ids.has(x.id)).length} dari ${subs.length} sub kegiatannya; pagu seluruh kegiatan Rp${ribuan(total)})`);
  });
  it('one number of decimals per row: the annual target as written, the quarterly targets padded to it', async () => {
    // content: PK target 80,00; Rencana Aksi quarters 75, 76, 78, 80 (printed 75% 76% 78% 80,00% before)
    const t = await teks('rencana-aksi', 'rencana-aksi-01-kepala-dinas');
    for (const s of [t.pdf, t.docx]) expect(s).toContain('Persentase koperasi aktif 80,00% 75,00% 76,00% 78,00% 80,00%');
  });
});

describe('Evaluasi Rencana Aksi', () => {
  for (const tw of [2, 3]) {
    it(`TW ${tw}: target and realisasi to date by each indicator's rule, capaian and their mean`, async () => {
      const ra = RA('04-kabid-perdagangan');
      const t = await teks('evaluasi-rencana-aksi', `evaluasi-rencana-aksi-04-kabid-perdagangan-tw${tw}`, tw);
      const capaian: number[] = [];
      for (const ind of ra.indikator) {
        const pel = ind.pelaporan ?? 'kumulatif', agr = ind.agregasi ?? 'akhir';
        const target = sampai(ind.target.map(Number), tw, pel, agr)!;
        const real = sampai(ind.realisasi.map(Number), tw, pel, agr)!;
        // the catalogue's polaritas: higher is better as a ratio, lower is better as 2 − R/T (selisih_terbalik)
        const negatif = KATALOG.find((k) => k.id === ind.ref)?.polaritas === 'negatif';
        const cap = Math.round((negatif ? 2 - real / target : real / target) * 10000) / 100;
        capaian.push(cap);
        for (const s of [t.pdf, t.docx]) expect(s).toContain(`${koma(target)}% ${koma(real)}% ${koma(cap)}%`);
      }
      const rata = Math.round((capaian.reduce((a, b) => a + b, 0) / capaian.length) * 100) / 100;
      const ada = ra.indikator.filter((i: { data_dukung_diterima: string[] }) => i.data_dukung_diterima[tw - 1] === 'ya').length;
      for (const s of [t.pdf, t.docx]) {
        expect(s).toContain(`EVALUASI RENCANA AKSI TRIWULAN ${['I', 'II', 'III', 'IV'][tw - 1]} TAHUN 2025`);
        expect(s).toMatch(new RegExp(`Rata-rata capaian s.d. TW I+ ${koma(rata)}%`));
        expect(s).toContain(`${ada} ada, ${ra.indikator.length - ada} belum ada`);
        expect(s).toContain(`Malili, ${['April', 'Juli', 'Oktober', 'Desember'][tw - 1]} 2025`); // month the report is due
      }
    });
  }
  it('an indicator without quarterly realisasi prints "-" and stays out of the mean', async () => {
    const t = await teks('evaluasi-rencana-aksi', 'evaluasi-rencana-aksi-01-kepala-dinas-tw3', 3);
    expect(t.pdf).toMatch(/Nilai SAKIP Perangkat Daerah 78,85 78,85 - - - -/);
    expect(t.pdf).toContain('rata-rata dari 5 indikator');
  });
});

describe('pemeriksaan Rencana Aksi', () => {
  const file = 'rencana-aksi/2025/04-kabid-perdagangan.yaml';
  it('quarterly targets that do not combine to the PK target, a budget plan off its pagu, unknown ids', () => {
    const dir = tempCopy(CONTENT, [
      { file, find: 'target: [3.00, 7.00, 11.00, 15.00]', replace: 'target: [3.00, 7.00, 11.00, 14.00]' },
      { file, find: 'agregasi: jumlah\n    target: [1.25, 1.25, 1.25, 1.25]', replace: 'agregasi: jumlah\n    target: [1.25, 1.25, 1.25, 1.50]' },
      { file, find: 'rencana: [0, 15078500, 15078500, 0]', replace: 'rencana: [0, 15078500, 15078500, 1]' },
      { file, find: 'penanggung_jawab: kepala-uptd-pasar', replace: 'penanggung_jawab: kepala-pasar' },
    ]);
    const d = check(dir).diagnostics;
    const f = path.join(dir, file);
    const at = (code: string) => d.filter((x) => x.code === code).map((x) => [x.line, x.message]);
    expect(at('TARGET_TRIWULAN_BEDA')).toEqual([
      [lineOf(f, '14.00'), 'target triwulan (kumulatif) sampai TW IV = 14,00, target tahunan PK 15,00'],
      [lineOf(f, '1.50]'), 'target triwulan (per triwulan, jumlah) sampai TW IV = 5,25, target tahunan PK 5,00'],
    ]);
    expect(at('RENCANA_ANGGARAN_BEDA')).toEqual([[lineOf(f, '15078500, 1]'), 'rencana TW I–IV berjumlah 30157001, pagu "Pameran Dagang Lokal" 30157000']]);
    expect(at('ID_TIDAK_DIKENAL').map((x) => x[0])).toEqual([lineOf(f, 'kepala-pasar')]);
  });
  it('a PK indicator left out of its Rencana Aksi is RENCANA_AKSI_TIDAK_LENGKAP at the list', () => {
    const dir = tempCopy(CONTENT, [{ file, find: /  - ref: dag-omzet-pasar-rakyat\n(?: {4}.*\n)+/, replace: '' }]);
    const d = check(dir).diagnostics.filter((x) => x.code === 'RENCANA_AKSI_TIDAK_LENGKAP');
    expect(d.map((x) => [x.line, x.message])).toEqual([[lineOf(path.join(dir, file), 'indikator:') + 1, 'indikator PK 04-kabid-perdagangan tanpa target triwulan: dag-omzet-pasar-rakyat']]);
    expect(check(CONTENT).diagnostics.filter((x) => x.code === 'RENCANA_AKSI_TIDAK_LENGKAP')).toEqual([]);
  });
  it('a Rencana Aksi of a PK that does not exist is an error; a file outside <tahun>/ is not read', () => {
    const dir = tempCopy(CONTENT, [
      { file, find: 'pk: 04-kabid-perdagangan', replace: 'pk: 05-kabid-perdagangan' },
      { file: 'rencana-aksi/catatan.yaml', content: 'tahun: 2025\n' },
    ]);
    const d = check(dir).diagnostics;
    expect(d.filter((x) => x.code === 'ID_TIDAK_DIKENAL').map((x) => x.message)).toEqual(['tidak ada PK "05-kabid-perdagangan" tahun 2025 (content/pk/2025/05-kabid-perdagangan.md)']);
    expect(d.filter((x) => x.code === 'BERKAS_TIDAK_DIKENAL').map((x) => x.file)).toEqual([path.join(dir, 'rencana-aksi/catatan.yaml')]);
  });
});

describe('contoh/dinas-pangan: Evaluasi Rencana Aksi TW II', () => {
  it('realisasi from the RA file or, for a quarter it has none, from kinerja.yaml (same quarterly rule); range and inverse-ratio rules', async () => {
    const konten = path.join(ROOT, 'contoh/dinas-pangan');
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-rac-'));
    const r = await build({ konten, keluaran: out, jenis: ['evaluasi-rencana-aksi'], tahun: 2025, triwulan: 2, format: ['pdf', 'docx'], kertas: 'A4' });
    expect(r.diagnostics.filter((d) => d.severity === 'galat')).toEqual([]);
    const f = path.join(out, 'evaluasi-rencana-aksi/2025/evaluasi-rencana-aksi-01-kepala-dinas-tw2');
    const ra = parse(fs.readFileSync(path.join(konten, 'rencana-aksi/2025/01-kepala-dinas.yaml'), 'utf8'));
    const kinerja = parse(fs.readFileSync(path.join(konten, 'lkip/2025/kinerja.yaml'), 'utf8'));
    const tw = (ref: string) => kinerja.iku.find((e: { ref: string }) => e.ref === ref).triwulan.realisasi.map((v: string) => Number(String(v).replace(',', '.')));
    const pou = ra.indikator.find((i: { ref: string }) => i.ref === 'iku-pou');
    const cadangan = tw('iku-cadangan-pangan'), aman = tw('iku-pangan-aman'), daging = tw('iku-produksi-daging');
    const r2 = (x: number) => Math.round(x * 100) / 100;
    const baris = [
      // inflation 4,3 above the range 2–4: the nearest bound as a negative-polarity target, (2 × 4 − 4,3) / 4
      ['2–4%', `${koma(4.3, 1)}%`, r2(((2 * 4 - 4.3) / 4) * 100)],
      // PoU: metode rasio_terbalik, target / realisasi at TW II (per quarter, last value)
      [`${koma(8.8, 1)}%`, `${koma(Number(pou.realisasi[1]), 1)}%`, r2((8.8 / Number(pou.realisasi[1])) * 100)],
      ['12 ton', `${cadangan[1]} ton`, r2((cadangan[1] / 12) * 100)], // cumulative: TW II value
      ['90%', `${koma((aman[0] + aman[1]) / 2)}%`, r2(((aman[0] + aman[1]) / 2 / 90) * 100)], // mean of TW I–II
      ['550 ton', `${daging[0] + daging[1]} ton`, r2(((daging[0] + daging[1]) / 550) * 100)], // sum of TW I–II
      ['0 kasus', '0 kasus', 100], // target 0 with target_nol: biner, realisasi 0
      ['2,5%', '2,3%', r2(((2 * 2.5 - 2.3) / 2.5) * 100)], // negative polarity, selisih_terbalik
      ['WTP', 'WTP', 100], // a word of the opinion scale, as scored
    ] as const;
    const rata = r2(baris.reduce((a, b) => a + b[2], 0) / baris.length);
    for (const s of [(await pdfText(fs.readFileSync(`${f}.pdf`))).text, docxText(fs.readFileSync(`${f}.docx`))].map((x) => x.replace(/\s+/g, ' '))) {
      for (const [t, real, cap] of baris) expect(s).toContain(`${t} ${real} ${koma(cap)}%`);
      expect(s).toContain(`Rata-rata capaian s.d. TW II ${koma(rata)}%`);
      // rabies: target 0 without a rule, not computable (named); SAKIP: not reported, out of the mean
      expect(s).toContain(`rata-rata dari ${baris.length} indikator; 1 tidak dapat dihitung`);
      expect(s).toMatch(/Tanda “–\*” berarti capaian tidak dapat dihitung: Jumlah kasus rabies/);
    }
  });
});

describe('contoh/dinas-pangan: Evaluasi Rencana Aksi TW IV', () => {
  it('a quarter the RA file leaves out comes from kinerja.yaml, TW IV without a quarter value from the year: every indicator as the quarterly report has it', () => {
    // the RA file reports TW I-II only; kinerja.yaml has TW I-IV of some indicators and only the year of the others
    const { content } = check(path.join(ROOT, 'contoh/dinas-pangan'));
    const [x] = rencanaAksi(content, 2025);
    const ev = computeEvaluasiRa(content, x, 4).indikator;
    const ukur = computePengukuran(content, content.lkip.find((l) => l.front.tahun === 2025)!, 4).sasaran.flatMap((s) => s.iku);
    expect(ev.length).toBe(10);
    for (const b of ev) {
      const u = ukur.find((r) => r.indikator === b.indikator)!;
      expect(b.realisasiSampai, b.indikator).toEqual(u.realisasiSampai);
      expect(b.realisasiSampai, b.indikator).toBeDefined();
      expect([b.capaianSampai, b.gagal], b.indikator).toEqual([u.capaianSampai, u.gagal]);
    }
  });
});

describe('contoh/dinas-pangan: kinerja.yaml realisasi under another rule', () => {
  it('is not used, and TRIWULAN_ATURAN_BEDA says so at the indicator', () => {
    const file = 'rencana-aksi/2025/01-kepala-dinas.yaml';
    const dir = tempCopy(path.join(ROOT, 'contoh/dinas-pangan'), [{ file, find: 'pelaporan: kumulatif\n    target: [5, 12, 20, 30]', replace: 'pelaporan: per_triwulan\n    agregasi: jumlah\n    target: [5, 7, 8, 10]' }]);
    const d = check(dir).diagnostics.filter((x) => x.code === 'TRIWULAN_ATURAN_BEDA');
    expect(d.map((x) => [x.line, x.message])).toEqual([[lineOf(path.join(dir, file), 'target: [5, 7, 8, 10]') - 2, '"iku-cadangan-pangan": Rencana Aksi per triwulan, jumlah, kinerja.yaml kumulatif; realisasi kinerja.yaml tidak dipakai']]);
  });
});

describe.skipIf(!which('pdftotext'))('tata letak Rencana Aksi dan evaluasinya', () => {
  it('no blank page, no signature block alone on a page, nothing outside the text block, no broken number', async () => {
    const jenis = JENIS_RA;
    const { built } = await bangunSemua();
    const r = models(check(CONTENT).content, { jenis, kertas: 'A4' });
    if (!('models' in r)) throw new Error(r.message);
    const margins = new Map(r.jobs.map((j, i) => [j.slug, [0, 1, 2, 3].map((k) => Math.min(...r.models[i].sections.map((s) => s.margins[k]))) as Margins]));
    const pdfs = built.outputs.filter((o) => o.path.endsWith('.pdf'));
    expect(pdfs).toHaveLength(4);
    const found = Object.fromEntries(pdfs.map((o) => {
      const name = path.basename(o.path, '.pdf');
      const pages = pdfWords(o.path);
      const m = margins.get(name)!;
      return [name, [...blankPages(pages).map(String), ...lonelySignatures(pages, m), ...outsideTextBlock(pages, m), ...brokenTokens(pages, docxText(fs.readFileSync(o.path.replace(/\.pdf$/, '.docx'))))]];
    }).filter(([, f]) => f.length));
    expect(found).toEqual({});
  });
});
