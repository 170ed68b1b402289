// RA_REALISASI_BEDA: a Rencana Aksi's own quarterly realisasi against lkip/<tahun>/kinerja.yaml for the same IKU
// and quarter, on copies of contoh/dinas-pangan (fictional figures) given realisasi in the RA file.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../src/pipeline.ts';
import { lineOf, ROOT, tempCopy } from './helpers.ts';

const RA = 'rencana-aksi/2025/01-kepala-dinas.yaml';
const KIN = 'lkip/2025/kinerja.yaml';
const CONTOH = path.join(ROOT, 'contoh/dinas-pangan');
const setelah = (anchor: string, baris: string) => ({ file: RA, find: anchor, replace: `${anchor}\n    ${baris}` });

function beda(...edits: { file: string; find: string; replace: string }[]) {
  const dir = tempCopy(CONTOH, edits);
  return { dir, d: check(dir).diagnostics.filter((x) => x.code === 'RA_REALISASI_BEDA') };
}

describe('RA_REALISASI_BEDA', () => {
  it('contoh/dinas-pangan as shipped: its RA and kinerja.yaml agree', () => {
    expect(check(CONTOH).diagnostics.filter((x) => x.code === 'RA_REALISASI_BEDA')).toEqual([]);
  });

  it('same rule: each differing quarter, at the RA value, naming both values and the kinerja.yaml place', () => {
    // kinerja.yaml: cumulative [6, 11, 21, 31]; RA: TW II 12 and TW IV 30
    const { dir, d } = beda(setelah('target: [5, 12, 20, 30]', 'realisasi: [6, 12, 21, 30]'));
    const baris = lineOf(path.join(dir, RA), 'realisasi: [6, 12, 21, 30]');
    const kin = lineOf(path.join(dir, KIN), 'realisasi: [6, 11, 21, 31]');
    expect(d.map((x) => [x.severity, x.line, x.column, x.message])).toEqual([
      ['peringatan', baris, 20, `"iku-cadangan-pangan": realisasi TW II 12 di Rencana Aksi ini, 11 di ${path.join(dir, KIN)}:${kin}:22`],
      ['peringatan', baris, 28, `"iku-cadangan-pangan": realisasi TW IV 30 di Rencana Aksi ini, 31 di ${path.join(dir, KIN)}:${kin}:30`],
    ]);
    expect(d[0].file).toBe(path.join(dir, RA));
    expect(d[0].hint).toContain('hapus `realisasi`');
  });

  it('same figures written differently (decimal comma, trailing zero) agree', () => {
    expect(beda(setelah('target: [5, 12, 20, 30]', 'realisasi: ["6,0", 11.00, 21, 31]')).d).toEqual([]);
  });

  it('different rules compare the values to date: cumulative RA against per-quarter sums in kinerja.yaml', () => {
    // kinerja.yaml per quarter, summed: [260, 310, 295, 360] -> to date 260, 570, 865, 1225
    const kum = (r: string) => ({ file: RA, find: 'pelaporan: per_triwulan\n    agregasi: jumlah\n    target: [250, 300, 300, 350]', replace: `pelaporan: kumulatif\n    target: [250, 550, 850, 1200]\n    realisasi: ${r}` });
    expect(beda(kum('[260, 570, 865, 1225]')).d).toEqual([]);
    const { d } = beda(kum('[260, 570, 866, 1225]'));
    expect(d.map((x) => x.message.split(' di ')[0])).toEqual(['"iku-produksi-daging": realisasi s.d. TW III 866']);
    expect(d[0].message).toContain('865 di ');
  });

  it('TW IV against the annual realisasi when kinerja.yaml has no quarterly data (scale words by score)', () => {
    // kinerja.yaml: iku-mortalitas-ternak realisasi 2,2 (annual); iku-opini-bpk WDP
    expect(beda({ file: RA, find: 'realisasi: [2.4, 2.3]', replace: "realisasi: [2.4, 2.3, 2.3, '2,20']" }).d).toEqual([]);
    const { d } = beda({ file: RA, find: "realisasi: ['', WTP]", replace: "realisasi: ['', WTP, WTP, WTP]" });
    expect(d.map((x) => x.message.replace(/ di \/.*$/, ''))).toEqual(['"iku-opini-bpk": realisasi s.d. TW IV WTP di Rencana Aksi ini, realisasi tahunan WDP']);
  });
});
