// One predicate scale for the whole agency (instansi.yaml `skala_predikat`): the LKIP, the quarterly report and the
// Rencana Aksi evaluations use it unless their own front matter names another; without it each kind keeps its default
// (LKIP and pengukuran PermenPANRB 88/2021, evaluasi Rencana Aksi Permendagri 86/2017). On the example agency.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../src/pipeline.ts';
import { computePengukuran } from '../src/compute/pengukuran.ts';
import { computeEvaluasiRa } from '../src/jenis/evaluasi-rencana-aksi/hitung.ts';
import { rencanaAksi } from '../src/jenis/rencana-aksi/pk-ra.ts';
import { ROOT, tempCopy } from './helpers.ts';

const CONTOH = path.join(ROOT, 'contoh/dinas-pangan');
function skala(konten: string): { ukur: string; ra: string; label: string[] } {
  const { content } = check(konten);
  const ukur = computePengukuran(content, content.lkip.find((l) => l.front.tahun === 2025)!, 4);
  const ra = computeEvaluasiRa(content, rencanaAksi(content, 2025)[0], 4);
  return { ukur: ukur.skala.id, ra: ra.skala.id, label: ukur.sasaran.flatMap((s) => s.iku).map((b) => b.predikat ?? '-') };
}

describe('skala predikat instansi', () => {
  it('each kind its default without one; the agency\'s everywhere with one; a document\'s own still wins', () => {
    // the example's LKIP names permenpanrb-88-2021 itself: take it out to see the agency's scale reach it
    const tanpaLkip = { file: 'lkip/2025/lkip.md', find: 'skala_predikat: permenpanrb-88-2021\n', replace: '' };
    expect(skala(tempCopy(CONTOH, [tanpaLkip]))).toMatchObject({ ukur: 'permenpanrb-88-2021', ra: 'permendagri-86-2017' });
    const satu = skala(tempCopy(CONTOH, [tanpaLkip, { file: 'instansi.yaml', find: 'kepala_daerah:', replace: 'skala_predikat: permendagri-86-2017\nkepala_daerah:' }]));
    expect(satu).toMatchObject({ ukur: 'permendagri-86-2017', ra: 'permendagri-86-2017' });
    expect(satu.label).toContain('Sangat Tinggi'); // the Permendagri bands in the quarterly report
    expect(satu.label).not.toContain('Sangat Memuaskan');
    // the LKIP's own field over the agency's
    const sendiri = skala(tempCopy(CONTOH, [{ file: 'instansi.yaml', find: 'kepala_daerah:', replace: 'skala_predikat: permendagri-86-2017\nkepala_daerah:' }]));
    expect(sendiri).toMatchObject({ ukur: 'permenpanrb-88-2021', ra: 'permendagri-86-2017' });
  });
});
