// Issue 11 fidelity fixes, asserted on the text of both formats: the letterhead of the IKU decree (seed 003 L5-9)
// and its tembusan, the guideline's Kata Pengantar, Dasar Hukum and section numbers (seed 001), the quarterly
// report's opening, tables, number format and signature, the LKIP's signed efficiency difference and chart axes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { kopView } from '../src/compute/kop.ts';
import { satuFormat, tanggalTriwulan } from '../src/compute/pengukuran-laporan.ts';
import { isiDaftar, nomoriJudul } from '../src/compute/prosa-bernomor.ts';
import { build, check } from '../src/pipeline.ts';
import { layoutChart } from '../src/render/chart.ts';
import { HELPERS } from '../src/render/helpers.ts';
import { docxText, pdfText } from './extract.ts';
import { ROOT, tempCopy, which } from './helpers.ts';

const CONTENT = path.join(ROOT, 'content');
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-fidelitas-'));
const DOCS = { iku: 'iku/2021/iku-2021-2026', pedoman: 'pedoman/2025/pedoman-2025', tw: 'pengukuran/2024/pengukuran-2024-tw4', lkip: 'lkip/2024/lkip-2024' };
type Doc = keyof typeof DOCS;
const text: Record<string, string> = {};
const flat = (s: string) => s.replace(/\s+/g, ' ');

beforeAll(async () => {
  const r = await build({ konten: CONTENT, keluaran: out, jenis: ['iku', 'pedoman', 'pengukuran', 'lkip'], hanya: Object.values(DOCS).map((d) => path.basename(d)), format: ['pdf', 'docx'], kertas: 'A4' });
  expect(r.diagnostics.filter((d) => d.severity === 'galat')).toEqual([]);
  for (const [k, d] of Object.entries(DOCS)) {
    text[`${k}.pdf`] = flat((await pdfText(fs.readFileSync(path.join(out, `${d}.pdf`)))).text);
    text[`${k}.docx`] = flat(docxText(fs.readFileSync(path.join(out, `${d}.docx`))));
  }
}, 120_000);

/** Both formats of a document. */
const both = (doc: Doc) => (['pdf', 'docx'] as const).map((f) => [f, text[`${doc}.${f}`]] as const);
/** The parts appear in this order. */
const inOrder = (t: string, parts: string[]) => {
  let at = 0;
  for (const p of parts) { const i = t.indexOf(p, at); if (i < 0) return `"${p}" tidak ditemukan setelah posisi ${at}`; at = i + p.length; }
  return 'urut';
};

describe('kop surat (IKU decree)', () => {
  it('the decree opens with the letterhead of instansi.yaml, as seed 003 L5-9', () => {
    for (const [f, t] of both('iku')) {
      expect(inOrder(t, ['PEMERINTAH KABUPATEN LUWU TIMUR', 'DINAS PERDAGANGAN, KOPERASI, USAHA KECIL MENENGAH DAN PERINDUSTRIAN',
        'Jl. Soekarno Hatta, Telp. (0474) 321423, Fax (0474) 321423', 'MALILI, 92981', 'KEPUTUSAN KEPALA DINAS'].map(flat)), f).toBe('urut');
      expect(t.indexOf('PEMERINTAH KABUPATEN LUWU TIMUR'), f).toBeLessThan(20);
    }
  });
  it('the view follows the content: absent fields leave no empty label, e-mail and website get a line', () => {
    const dir = tempCopy(CONTENT, [{ file: 'instansi.yaml', find: 'faks: (0474) 321423\n', replace: 'surel: disdag@luwutimurkab.go.id\n' }]);
    const { content } = check(dir);
    expect(kopView(content)).toEqual({
      pemda: 'Kabupaten Luwu Timur', nama: 'Dinas Perdagangan, Koperasi, Usaha Kecil Menengah dan Perindustrian',
      baris: ['Jl. Soekarno Hatta, Telp. (0474) 321423', 'Surel: disdag@luwutimurkab.go.id'], kota: 'Malili, 92981',
    });
  });
  it('tembusan numbers are text of the same size as their entries (PDF word boxes, DOCX runs)', () => {
    const xml = strFromU8(unzipSync(fs.readFileSync(path.join(out, `${DOCS.iku}.docx`)))['word/document.xml']);
    const para = xml.split('<w:p>').find((p) => p.includes('Bupati Luwu Timur (sebagai Laporan)')) ?? '';
    expect(para).toMatch(/>1\. Bupati Luwu Timur \(sebagai Laporan\) di Malili;</); // one run: number and text share its size
    expect(para).not.toMatch(/<w:numPr>/); // not a Word list, whose marker would take the body size
    if (!which('pdftotext')) return;
    const bbox = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '4', path.join(out, `${DOCS.iku}.pdf`), '-'], { encoding: 'utf8' });
    const words = [...bbox.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]+)</g)].map((m) => ({ h: Number(m[2]) - Number(m[1]), w: m[3] }));
    const at = words.findIndex((w) => w.w.startsWith('Tembusan'));
    const h = (w: string) => words.slice(at).find((x) => x.w === w)!.h;
    expect(Math.abs(h('1.') - h('Bupati'))).toBeLessThan(0.3);
  });
});

describe('keputusan IKU: list labels', () => {
  it('Menimbang a., b. and Mengingat 1.-10. are text beside their items (same size), in both formats', () => {
    for (const [f, t] of both('iku')) {
      expect(inOrder(t, ['Menimbang : a. bahwa dalam melaksanakan', 'b. bahwa berdasarkan pertimbangan', 'Mengingat : 1. Undang-Undang Nomor 7 Tahun 2003',
        '10. Peraturan Daerah Kabupaten Luwu Timur Nomor']), f).toBe('urut');
    }
  });
});

describe('pedoman pengukuran kinerja 2025', () => {
  it('Kata Pengantar from seed 001 L3-9, signed by the Kepala Dinas, before the daftar isi', () => {
    for (const [f, t] of both('pedoman')) {
      expect(inOrder(t, ['KATA PENGANTAR', 'Dalam rangka mendukung Sistem Akuntabilitas Kinerja Instansi Pemerintah', 'Terima kasih kami sampaikan',
        'Malili,', 'Januari 2025', 'KEPALA DINAS,', 'SENFRY OKTOVIANUS, S.STP., MPA', 'DAFTAR ISI', 'KATA PENGANTAR i']), f).toBe('urut');
    }
  });
  it('1.4 Dasar Hukum lists the front matter dasar_hukum (seed L49-51)', () => {
    for (const [f, t] of both('pedoman')) {
      expect(inOrder(t, ['1.4. Dasar Hukum', 'disusun berdasarkan:', 'a. Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah;',
        'b. Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi', '1.5. Pengertian/Istilah']), f).toBe('urut');
    }
  });
  it('sub-sections carry the seed numbers 1.1.-1.5., 2.1., 3.1.-3.5., 3.4.1 and 3.4.2', () => {
    const nomor = ['1.1. Latar Belakang', '1.2. Maksud dan Tujuan', '1.3. Ruang Lingkup', '1.4. Dasar Hukum', '1.5. Pengertian/Istilah', '2.1. Target Kinerja Tahun 2025',
      '3.1. Menyusun Rencana Aksi', '3.2. Menetapkan Tim', '3.3. Pengumpulan Data', '3.4. Pelaporan Kinerja', '3.4.1 Jenis Laporan', '3.4.2 Pelaporan Online', '3.5. Evaluasi Kinerja'];
    for (const [f, t] of both('pedoman')) expect(inOrder(t, ['DAFTAR TABEL', 'BAB I PENDAHULUAN', ...nomor]), f).toBe('urut');
  });
  it('no empty list: DAFTAR TABEL (four tables), no DAFTAR GAMBAR', () => {
    for (const [f, t] of both('pedoman')) {
      expect(t, f).toContain('DAFTAR TABEL Tabel 2.1');
      expect(t, f).not.toContain('DAFTAR GAMBAR');
    }
  });
  it('numbering and list filling rules', () => {
    expect(nomoriJudul('### A\n\nx\n\n#### B\n\n#### C\n\n### D\n\n#### E', 3)).toBe('### 3.1. A\n\nx\n\n#### 3.1.1 B\n\n#### 3.1.2 C\n\n### 3.2. D\n\n#### 3.2.1 E');
    expect(isiDaftar('berdasarkan:\n\n{dasar_hukum}', 'dasar_hukum', ['P1', 'P2'])).toBe('berdasarkan:\n\na. P1;\n\nb. P2;');
    expect(isiDaftar('tanpa tempat', 'dasar_hukum', ['P1'])).toBe('tanpa tempat');
  });
});

describe('laporan pengukuran triwulan IV 2024', () => {
  it('opens as an official report; the method notes are a Keterangan at the end, before the signature', () => {
    for (const [f, t] of both('tw')) {
      expect(inOrder(t, ['KABUPATEN LUWU TIMUR Pengukuran kinerja triwulan IV tahun 2024 dilaksanakan sebagai bagian dari pengukuran kinerja berkala',
        'A. Capaian Indikator Kinerja Utama', 'B. Capaian Program, Kegiatan dan Sub Kegiatan', 'Keterangan:', 'diambil dari Rencana Aksi']), f).toBe('urut');
      expect(t.indexOf('Rencana Aksi'), f).toBeGreaterThan(t.indexOf('Keterangan:'));
    }
  });
  it('place, date (month of the TW IV report, day blank) and the LKIP signatory close the report', () => {
    for (const [f, t] of both('tw')) {
      expect(inOrder(t, ['Keterangan:', 'Malili,', 'Desember 2024', 'KEPALA DINAS,', 'SENFRY OKTOVIANUS, S.STP., MPA', 'Pembina Utama Muda', 'NIP. 19751001 199612 1 001']), f).toBe('urut');
    }
    expect([1, 2, 3, 4].map((tw) => tanggalTriwulan(2024, tw))).toEqual(['2024-04', '2024-07', '2024-10', '2024-12']);
  });
  it('IKU rows numbered by sasaran, apart from the program table numbered 1, 1.1, 1.1.1 (no "1.1" IKU row)', () => {
    for (const [f, t] of both('tw')) {
      expect(t, f).not.toMatch(/1\.1 Indikator Kinerja Utama/);
      expect(inOrder(t, ['A. Capaian Indikator Kinerja Utama', '1 Meningkatnya kelancaran distribusi', 'Persentase ketersediaan barang pokok sepanjang tahun',
        '2 Meningkatnya nilai produksi IKM dan UMKM', 'B. Capaian Program', '1 Program Stabilisasi Harga', '1.1 Pengendalian Harga', '1.1.1 Pemantauan Harga']), f).toBe('urut');
    }
  });
  it('one number format per value: the KV target prints 7,8% annual and to date (content writes 7.8)', () => {
    for (const [f, t] of both('tw')) {
      expect(t, f).toMatch(/7,8% 7,8% 2,78% 164,36%/);
      expect(t, f).not.toContain('7,80%');
    }
    const n = (nilai: string, desimal: number) => ({ nilai, desimal, satuan: '%' });
    expect(satuFormat({ targetTahunan: n('7.8', 1), targetSampai: n('7.80', 2) })).toEqual({ targetTahunan: n('7.8', 1), targetSampai: n('7.8', 1) });
    expect(satuFormat({ targetTahunan: n('13', 0), targetSampai: n('3.25', 2) })).toEqual({ targetTahunan: n('13.00', 2), targetSampai: n('3.25', 2) });
    expect(satuFormat({ targetTahunan: n('80.00', 2), targetSampai: n('80', 0) })).toEqual({ targetTahunan: n('80.00', 2), targetSampai: n('80.00', 2) });
  });
});

describe('LKIP 2024: signed differences, chart axes', () => {
  it('sasaran 2 (figure of record 3,78: capaian 87,31) against serapan 66,41 prints 20,90 poin; a negative difference keeps its sign', () => {
    for (const [f, t] of both('lkip')) {
      expect(t, f).toMatch(/87,31% dikurangi serapan anggaran 66,41% menghasilkan selisih 20,90 poin: penggunaan anggaran pada sasaran ini efisien/);
    }
    // the efficiency cell and sentence print through the angka helper (capaian 23,11 − serapan 66,41 before issue 11 item 4)
    expect(HELPERS.angka('-43.30', { hash: { desimal: 2 } } as never)).toBe('-43,30');
  });
  it('counts get whole-number ticks; percentages keep their scale; no category label is cut', () => {
    const ticks = (values: number[]) => layoutChart({ type: 'bar', width: 440, height: 210, categories: values.map((_, i) => `K${i}`), series: [{ name: 's', values }] })
      .filter((o) => o.op === 'text' && o.anchor === 'end').map((o) => (o.op === 'text' ? o.text : ''));
    expect(ticks([1, 1, 9, 4, 26, 3])).toEqual(['0', '10', '20', '30']); // staff by education (sdm.yaml): was 0, 7,5 … 30
    expect(ticks([0, 2, 3, 1, 6, 1])).toEqual(['0', '2', '4', '6', '8']);
    expect(ticks([97, 0.13, 9.68, -28.32])).toEqual(['-40', '0', '40', '80', '120']);
    const label = 'Persentase capaian kinerja program penunjang urusan perangkat daerah kabupaten/kota';
    const ops = layoutChart({ type: 'bar', width: 440, height: 260, categories: ['a', 'b', 'c', 'd', 'e', label], series: [{ name: 's', values: [1, 2, 3, 4, 5, 6.5] }] });
    const drawn = ops.flatMap((o) => (o.op === 'text' && o.anchor === 'middle' && o.size === 7 ? [o] : []));
    expect(drawn.map((o) => o.text).join(' ')).toContain(label);
    expect(Math.max(...drawn.map((o) => o.y))).toBeLessThanOrEqual(260);
  });
});
