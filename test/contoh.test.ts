// The second example agency (contoh/dinas-pangan, fictional) end to end: PK, LKIP 2025 and the quarterly report
// TW II and TW IV in both formats; every printed capaian, predikat, mean and budget total equals an independent
// recomputation from the content files (test/helpers-contoh.ts: own YAML parsing, plain numbers, rules written out).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../src/pipeline.ts';
import { docxText, pdfText } from './extract.ts';
import { ROOT } from './helpers.ts';
import {
  anggaranSampai, capaian, cetak, cetakHitung, frontMatter, mean, nilai, persen, pohon, predikat, r2, rupiah, sampai, semua,
  TERBILANG, yamlFile, type Aturan, type Nilai, type Simpul,
} from './helpers-contoh.ts';

const KONTEN = path.join(ROOT, 'contoh/dinas-pangan');
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-contoh-'));
const flat = (s: string) => s.replace(/\s+/g, ' ');
const teks: Record<string, { pdf: string; docx: string }> = {};
let hasil: BuildResult;
let hasilTw2: BuildResult;

async function baca(rel: string) {
  const pdf = flat((await pdfText(fs.readFileSync(path.join(out, `${rel}.pdf`)))).text);
  const docx = flat(docxText(fs.readFileSync(path.join(out, `${rel}.docx`))));
  teks[rel] = { pdf, docx };
}

beforeAll(async () => {
  hasil = await build({ konten: KONTEN, keluaran: out, jenis: ['pk', 'lkip', 'pengukuran', 'iku', 'renstra'], format: ['pdf', 'docx'], kertas: 'A4', tahun: 2025, triwulan: 4 });
  hasilTw2 = await build({ konten: KONTEN, keluaran: out, jenis: ['pengukuran'], format: ['pdf', 'docx'], kertas: 'A4', tahun: 2025, triwulan: 2 });
  for (const rel of ['pk/2025/01-kepala-dinas', 'pk/2025/02-sekretaris', 'pk/2025/03-kabid-peternakan', 'pk/2025/04-medik-veteriner', 'lkip/2025/lkip-2025', 'pengukuran/2025/pengukuran-2025-tw2', 'pengukuran/2025/pengukuran-2025-tw4', 'iku/2025/iku-2025-2029']) await baca(rel);
});

/** Asserts a string is in both the PDF and the DOCX text of a document. */
function ada(rel: string, s: string | RegExp, label = String(s)) {
  for (const f of ['pdf', 'docx'] as const) {
    const t = teks[rel][f];
    if (typeof s === 'string') expect(t.includes(s), `${rel}.${f}: ${label}`).toBe(true);
    else expect(s.test(t), `${rel}.${f}: ${label}`).toBe(true);
  }
}
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// ---------------------------------------------------------------- content, read independently
const katalog = new Map<string, Record<string, string>>();
for (const f of fs.readdirSync(path.join(KONTEN, 'indikator'))) for (const e of yamlFile(KONTEN, `indikator/${f}`)) katalog.set(e.id, e);
const kinerja = yamlFile(KONTEN, 'lkip/2025/kinerja.yaml');
const anggaran = yamlFile(KONTEN, 'anggaran/2025.yaml');
const orang = yamlFile(KONTEN, 'orang/orang.yaml') as Record<string, string>[];
const jabatan = yamlFile(KONTEN, 'jabatan/jabatan.yaml') as Record<string, string>[];
const program: Simpul[] = pohon(anggaran.program);

interface Iku { ref: string; sasaran: string; nama: string; satuan: string; aturan: Aturan; target: Nilai; e: Record<string, any> }
const iku: Iku[] = kinerja.iku.map((e: Record<string, any>) => {
  const c = katalog.get(e.ref)!;
  return {
    ref: e.ref, sasaran: e.sasaran, nama: c.nama, satuan: c.satuan ?? '', target: nilai(e.target), e,
    aturan: { polaritas: c.polaritas ?? 'positif', metode: e.metode_capaian ?? c.metode_capaian, skala: c.skala, targetNol: c.target_nol },
  };
});

/** Realisasi to TW n (n = 4: the year) and how it prints; undefined when nothing is reported yet. */
function realisasi(i: Iku, n: number): { v: Nilai; teks: string } | undefined {
  const q = i.e.triwulan;
  if (q) {
    const x = sampai(q.realisasi, n, q.pelaporan ?? 'per_triwulan', q.agregasi ?? 'akhir');
    if (x === undefined) return undefined;
    const asWritten = q.pelaporan === 'kumulatif' || q.agregasi === 'akhir';
    return { v: { kind: 'angka', x, dp: 2 }, teks: asWritten ? cetak(nilai(q.realisasi[n - 1]), i.satuan) : cetakHitung(x, i.satuan) };
  }
  if (n < 4 || i.e.realisasi === undefined) return undefined;
  const v = nilai(i.e.realisasi);
  return { v, teks: cetak(v, i.satuan) };
}
/** Target to TW n: from the quarterly targets by the same rule, else the annual target. */
function targetSampai(i: Iku, n: number): { v: Nilai; teks: string } {
  const q = i.e.triwulan;
  if (q?.target?.length) {
    const x = sampai(q.target, n, q.pelaporan ?? 'per_triwulan', q.agregasi ?? 'akhir')!;
    // printed with the decimals the targets were written with
    const dp = Math.max(...[i.e.target, ...q.target].map((t: string) => (nilai(t) as { dp: number }).dp));
    return { v: { kind: 'angka', x, dp }, teks: cetak({ kind: 'angka', x: r2(x), dp }, i.satuan) };
  }
  return { v: i.target, teks: cetak(i.target, i.satuan) };
}

const capTahun = new Map<string, number | undefined>();
for (const i of iku) {
  const r = realisasi(i, 4);
  capTahun.set(i.ref, r && capaian(i.target, r.v, i.aturan));
}
const rounded = (ref: string) => { const c = capTahun.get(ref); return c === undefined ? undefined : r2(c); };
const sasaranIds: string[] = kinerja.sasaran.map((s: { id: string }) => s.id);
const capSasaran = new Map(sasaranIds.map((s) => {
  const xs = iku.filter((i) => i.sasaran === s).map((i) => rounded(i.ref)).filter((x): x is number => x !== undefined);
  return [s, r2(mean(xs))];
}));
const capOrganisasi = r2(mean([...capSasaran.values()]));
const dihitung = iku.map((i) => rounded(i.ref)).filter((x): x is number => x !== undefined);

describe('contoh/dinas-pangan: build', () => {
  it('builds PK, LKIP and the quarterly reports without galat; the one target 0 without a rule is a TARGET_NOL warning', () => {
    for (const r of [hasil, hasilTw2]) {
      expect(r.diagnostics.filter((d) => d.severity === 'galat')).toEqual([]);
      const nol = r.diagnostics.filter((d) => d.code === 'TARGET_NOL');
      expect(nol.length).toBeGreaterThan(0);
      expect(nol.every((d) => d.severity === 'peringatan' && /iku-kasus-rabies/.test(d.message))).toBe(true);
    }
    // the Renstra has no document folder (renstra/2025-2029/): its IKU document is built, no Renstra document
    expect(hasil.outputs.map((o) => path.relative(out, o.path)).sort()).toEqual([
      'iku/2025/iku-2025-2029.docx', 'iku/2025/iku-2025-2029.pdf',
      'lkip/2025/lkip-2025.docx', 'lkip/2025/lkip-2025.pdf',
      'pengukuran/2025/pengukuran-2025-tw4.docx', 'pengukuran/2025/pengukuran-2025-tw4.pdf',
      ...['01-kepala-dinas', '02-sekretaris', '03-kabid-peternakan', '04-medik-veteriner'].flatMap((s) => [`pk/2025/${s}.docx`, `pk/2025/${s}.pdf`]),
    ]);
  });
  it('every file of the example says it is fictional, and so does the agency', () => {
    const files = (d: string): string[] => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(d, e.name)) : [path.join(d, e.name)]));
    for (const f of files(KONTEN)) expect(/Contoh fiktif/.test(fs.readFileSync(f, 'utf8').split('\n').slice(0, 3).join('\n')), f).toBe(true);
    expect(yamlFile(KONTEN, 'instansi.yaml').pemda).toBe('Kabupaten Contoh');
  });
  it('no document shows NaN, Infinity, undefined or an empty rupiah', () => {
    for (const { pdf, docx } of Object.values(teks)) for (const t of [pdf, docx]) expect(/NaN|Infinity|undefined|\[object|Rp\s/.exec(t)?.[0]).toBeUndefined();
  });
});

describe('contoh/dinas-pangan: PK', () => {
  const pk = frontMatter(KONTEN, 'pk/2025/01-kepala-dinas.md');
  it('Lampiran 1 of the Kepala Dinas prints every target as written: range 2–4%, WTP, 0 kasus, 8,5%, 1.200 ton', () => {
    for (const s of pk.sasaran) for (const ind of s.indikator) {
      const c = katalog.get(ind.ref)!;
      ada('pk/2025/01-kepala-dinas', `${c.nama} ${cetak(nilai(ind.target), c.satuan ?? '')}`);
    }
    ada('pk/2025/01-kepala-dinas', 'Inflasi komponen pangan bergejolak (volatile food) 2–4%');
    ada('pk/2025/01-kepala-dinas', 'Opini BPK atas laporan keuangan pemerintah daerah WTP');
  });
  it('program budgets of each PK and their JUMLAH are sums of the leaves, with sen', () => {
    const byId = new Map(semua(program).map((s) => [s.id, s]));
    for (const [rel, f] of [['pk/2025/01-kepala-dinas', '01-kepala-dinas'], ['pk/2025/02-sekretaris', '02-sekretaris'], ['pk/2025/03-kabid-peternakan', '03-kabid-peternakan']]) {
      const fm = frontMatter(KONTEN, `pk/2025/${f}.md`);
      const tingkat: string[] = fm.anggaran.tingkat;
      for (const t of tingkat) {
        // rows of level t under (or at) the PK's nodes
        const rows = (fm.anggaran.simpul as string[]).flatMap((id) => {
          const n = byId.get(id)!;
          return t === 'program' ? [n] : t === 'kegiatan' ? n.anak : n.anak.flatMap((k) => k.anak);
        });
        for (const r of rows) ada(rel, `${r.nama} Rp${rupiah(r.pagu)}`);
        ada(rel, `JUMLAH Rp${rupiah(rows.reduce((a, r) => a + r.pagu, 0))}`);
      }
    }
    // hand check of one sum with sen: 850.000.000,50 + 1.500.000,50 = 851.500.001
    ada('pk/2025/01-kepala-dinas', 'Program Peningkatan Diversifikasi dan Ketahanan Pangan Masyarakat Rp851.500.001');
  });
  it('the PPPK official (TMT month 21) signs with her NIP formatted 8 6 1 3', () => {
    const jf = jabatan.find((j) => j.id === 'medik-veteriner')!;
    const o = orang.find((x) => x.id === jf.pejabat)!;
    expect(o.asn).toBe('pppk');
    expect(o.nip.slice(12, 14)).toBe('21');
    const nip = `NIP. ${o.nip.slice(0, 8)} ${o.nip.slice(8, 14)} ${o.nip[14]} ${o.nip.slice(15)}`;
    expect(nip).toBe('NIP. 19900101 202321 2 001');
    ada('pk/2025/04-medik-veteriner', `EKA PRATIWI ${nip}`);
  });
});

describe('contoh/dinas-pangan: IKU 2025–2029 from the Renstra', () => {
  const renstra = yamlFile(KONTEN, 'renstra/2025-2029.yaml');
  it('yearly targets print as written: ranges (2–4%, 2,5–3,5%), words of the scale (WTP), 0 kasus', () => {
    for (const t of renstra.tujuan) for (const s of t.sasaran) for (const x of s.iku) {
      const c = katalog.get(x.ref)!;
      const sat = c.satuan ?? '';
      const tahun = Object.keys(x.target).sort();
      ada('iku/2025/iku-2025-2029', `${c.nama} ${sat} ${cetak(nilai(x.baseline), sat)} ${tahun.map((y) => cetak(nilai(x.target[y]), sat)).join(' ')}`);
    }
    ada('iku/2025/iku-2025-2029', 'Inflasi komponen pangan bergejolak (volatile food) % 3,1% 2–4% 2–4% 2–4% 2,5–3,5% 2,5–3,5%');
    ada('iku/2025/iku-2025-2029', 'WTP WTP WTP WTP WTP WTP');
  });
});

describe('contoh/dinas-pangan: LKIP 2025 recomputed independently', () => {
  const rel = 'lkip/2025/lkip-2025';
  it('every IKU row: target, realisasi, capaian and predikat (range, scale, target 0, both negative rules, quarterly)', () => {
    for (const i of iku) {
      const r = realisasi(i, 4)!;
      const c = rounded(i.ref);
      ada(rel, `${i.nama} ${cetak(i.target, i.satuan)} ${r.teks} ${c === undefined ? '–* -' : `${persen(c)} ${predikat(c).label}`}`);
    }
  });
  it('spot checks by hand: 85,00 (above the range), 92,39 (T/R), 112,00 ((2T−R)/T), 75,00 (WDP/WTP), 101,25 (mean of quarters)', () => {
    expect(rounded('iku-inflasi-pangan')).toBe(85); // (2 × 4 − 4,6) / 4
    expect(rounded('iku-pou')).toBe(92.39); // 8,5 / 9,2
    expect(rounded('iku-mortalitas-ternak')).toBe(112); // (5 − 2,2) / 2,5
    expect(rounded('iku-opini-bpk')).toBe(75); // 3 / 4
    expect(rounded('iku-pangan-aman')).toBe(101.25); // (88 + 92,5 + 91 + 93) / 4 = 91,125 against 90
    expect(rounded('iku-cadangan-pangan')).toBe(103.33); // 31 (cumulative at TW IV) / 30
    expect(rounded('iku-produksi-daging')).toBe(102.08); // 1.225 / 1.200
    expect(rounded('iku-kasus-pmk')).toBe(100); // target 0, biner
    expect(rounded('iku-kasus-rabies')).toBeUndefined();
  });
  it('the target-0 indicator without a rule prints "–*" with its note and is left out of the means', () => {
    ada(rel, /Jumlah kasus rabies positif pada hewan penular rabies 0 kasus 2 kasus –\*/);
    ada(rel, /\*\) Capaian tidak dapat dihitung dan tidak disertakan dalam rata-rata: Jumlah kasus rabies positif pada hewan penular rabies \(target bernilai 0/);
    ada(rel, `Rata-rata capaian IKU sebesar ${persen(r2(mean(dihitung)))} (rata-rata dari ${dihitung.length} indikator kinerja utama; ${iku.length - dihitung.length} tidak dapat dihitung)`);
  });
  it('sasaran capaian = mean of its IKU; organisation = mean of the sasaran', () => {
    for (const [s, c] of capSasaran) {
      const n = iku.filter((i) => i.sasaran === s).length;
      ada(rel, new RegExp(`diukur dengan ${n} \\(${TERBILANG[n]}\\) indikator kinerja utama\\. Capaian sasaran sebesar ${esc(persen(c))}`), `${s} ${persen(c)}`);
    }
    ada(rel, `capaian kinerja organisasi sebesar ${persen(capOrganisasi)}`);
  });
  it('counts of IKU per predikat in the ikhtisar', () => {
    const count = new Map<string, number>();
    for (const c of dihitung) { const p = predikat(c); const k = `${p.label} (${p.kode})`; count.set(k, (count.get(k) ?? 0) + 1); }
    for (const [k, n] of count) ada(rel, `${n} (${TERBILANG[n]}) indikator berpredikat ${k}`);
  });
  it('previous years: capaian of the riwayat by the same rules (range 2024 inside → 100,00%, T/R 9/9,4 = 95,74%)', () => {
    for (const i of iku) for (const [th, h] of Object.entries((i.e.riwayat ?? {}) as Record<string, { target: string; realisasi: string }>)) {
      const c = r2(capaian(nilai(h.target), nilai(h.realisasi), i.aturan)!);
      ada(rel, `${th} ${cetak(nilai(h.target), i.satuan)} ${cetak(nilai(h.realisasi), i.satuan)} ${persen(c)}`);
    }
  });
  it('budget: total pagu and realisasi to the sen, serapan, and per sasaran pagu/realisasi/serapan/efisiensi', () => {
    const pagu = program.reduce((a, p) => a + p.pagu, 0);
    const real = program.reduce((a, p) => a + p.realisasi, 0);
    ada(rel, `Dari pagu anggaran sebesar Rp${rupiah(pagu)}, realisasi anggaran mencapai Rp${rupiah(real)} atau serapan ${persen(r2((real / pagu) * 100))}`);
    for (const s of sasaranIds) {
      const ps = program.filter((p) => p.sasaran === s);
      const [pg, rl] = [ps.reduce((a, p) => a + p.pagu, 0), ps.reduce((a, p) => a + p.realisasi, 0)];
      const serapan = r2((rl / pg) * 100);
      const selisih = r2(capSasaran.get(s)! - serapan);
      ada(rel, `${persen(capSasaran.get(s)!)} Rp${rupiah(pg)} Rp${rupiah(rl)} ${persen(serapan)} ${selisih.toFixed(2).replace('.', ',')}`, `sasaran ${s}`);
    }
  });
  it('program, kegiatan and sub kegiatan rows: indicator target, realisasi, capaian, predikat, pagu, realisasi, serapan', () => {
    for (const n of semua(program)) for (const [j, ind] of (n.indikator as Record<string, any>[]).entries()) {
      const t = nilai(ind.target);
      const rr = ind.realisasi;
      let x: number;
      let rt: string;
      if (typeof rr === 'string') { x = Number(rr.replace(',', '.')); rt = cetak(nilai(rr), ind.satuan); }
      else if (rr.rumus === 'rasio') { x = (Number(rr.pembilang) / Number(rr.penyebut)) * 100; rt = cetak({ kind: 'angka', x: r2(x), dp: 2 }, ind.satuan); }
      else { x = rr.komponen.reduce((a: number, k: { nilai: string }) => a + Number(k.nilai), 0); rt = cetakHitung(x, ind.satuan); }
      const c = r2(capaian(t, { kind: 'angka', x, dp: 2 }, { polaritas: ind.polaritas ?? 'positif', metode: ind.metode_capaian })!);
      const uang = j ? '' : ` ${rupiah(n.pagu)} ${rupiah(n.realisasi)} ${persen(r2((n.realisasi / n.pagu) * 100))}`;
      ada(rel, `${ind.nama} ${cetak(t, ind.satuan)} ${rt} ${persen(c)} ${predikat(c).label}${uang}`);
    }
    sasaranIds.forEach((s, k) => {
      const ps = program.filter((p) => p.sasaran === s);
      const [pg, rl] = [ps.reduce((a, p) => a + p.pagu, 0), ps.reduce((a, p) => a + p.realisasi, 0)];
      ada(rel, `JUMLAH SASARAN STRATEGIS ${k + 1} ${rupiah(pg)} ${rupiah(rl)} ${persen(r2((rl / pg) * 100))}`);
    });
  });
});

describe('contoh/dinas-pangan: quarterly report recomputed independently', () => {
  for (const n of [2, 4]) {
    const rel = `pengukuran/2025/pengukuran-2025-tw${n}`;
    const romawi = ['I', 'II', 'III', 'IV'][n - 1];
    it(`TW ${romawi}: every IKU row (annual target, target to date, realisasi to date, capaian to date and against the year, predikat)`, () => {
      for (const i of iku) {
        const ts = targetSampai(i, n);
        const r = realisasi(i, n);
        let row = `${i.nama} ${cetak(i.target, i.satuan)} ${ts.teks} `;
        if (!r) row += '- - - -';
        else {
          const cs = capaian(ts.v, r.v, i.aturan);
          const ct = capaian(i.target, r.v, i.aturan);
          row += cs === undefined ? `${r.teks} –* - -` : `${r.teks} ${persen(r2(cs))} ${persen(r2(ct!))} ${predikat(r2(cs)).label}`;
        }
        ada(rel, row);
      }
    });
    it(`TW ${romawi}: budget to date of every program, kegiatan and sub kegiatan, and the total`, () => {
      for (const s of semua(program)) {
        const rl = anggaranSampai(s, n);
        ada(rel, `${rupiah(s.pagu)} ${rupiah(rl)} ${persen(r2((rl / s.pagu) * 100))}`, `${s.id}`);
      }
      const pagu = program.reduce((a, p) => a + p.pagu, 0);
      const rl = program.reduce((a, p) => a + anggaranSampai(p, n), 0);
      ada(rel, `Realisasi anggaran s.d. triwulan ${romawi}: Rp${rupiah(rl)} dari pagu Rp${rupiah(pagu)} (${persen(r2((rl / pagu) * 100))})`);
    });
    it(`TW ${romawi}: sub kegiatan indicators against their Rencana Aksi targets`, () => {
      for (const s of semua(program)) for (const ind of s.indikator as Record<string, any>[]) {
        if (!ind.target_triwulan || typeof ind.realisasi !== 'object' || ind.realisasi.rumus !== 'jumlah') continue;
        const t = ind.target_triwulan.slice(0, n).reduce((a: number, x: string) => a + Number(x), 0);
        const r = ind.realisasi.komponen.slice(0, n).reduce((a: number, k: { nilai: string }) => a + Number(k.nilai), 0);
        const T = Number(ind.target);
        ada(rel, `${ind.nama} ${cetakHitung(T, ind.satuan)} ${cetakHitung(t, ind.satuan)} ${cetakHitung(r, ind.satuan)} ${persen(r2((r / t) * 100))} ${persen(r2((r / T) * 100))} ${predikat(r2((r / t) * 100)).label}`);
      }
    });
  }
  it('TW IV: the target-0 indicator without a rule prints "–*" with its note', () => {
    ada('pengukuran/2025/pengukuran-2025-tw4', /Tanda “–\*” berarti capaian tidak dapat dihitung: Jumlah kasus rabies positif pada hewan penular rabies/);
  });
});
