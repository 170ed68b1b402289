import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { efisiensi, rataRata, serapan } from '../src/compute/agregat.ts';
import { hitungCapaian, type AturanCapaian, type Polaritas } from '../src/compute/capaian.ts';
import { D } from '../src/compute/decimal.ts';
import { hitungRealisasi } from '../src/compute/realisasi.ts';
import { predikat, SKALA } from '../src/compute/skala-predikat.ts';
import { sampaiTriwulan } from '../src/compute/triwulan.ts';

const cap = (t: string, r: string, a: AturanCapaian) => {
  const h = hitungCapaian(t, r, a);
  if (!h.ok) throw new Error(h.pesan);
  return h.nilai.toFixed(2);
};
const positive = fc.integer({ min: 1, max: 10_000_000 }).map((x) => (x / 100).toFixed(2));
const any = fc.integer({ min: -10_000_000, max: 10_000_000 }).map((x) => (x / 100).toFixed(2));
const polar = fc.constantFrom<Polaritas>('positif', 'negatif');

describe('hitungCapaian: examples from the seeds', () => {
  it('positif: ketersediaan barang pokok 105,48 against 97 = 108,74', () => expect(cap('97', '105.48', { polaritas: 'positif' })).toBe('108.74'));
  it('negatif default (2T−R)/T: UTTP complaints 2 against 5 = 160', () => expect(cap('5', '2', { polaritas: 'negatif' })).toBe('160.00'));
  it('negatif, KV 2,98 against 7,8 = 161,79 with the default rule', () => expect(cap('7.8', '2.98', { polaritas: 'negatif' })).toBe('161.79'));
  it('negatif with T/R selectable by name', () => expect(cap('5', '2', { polaritas: 'negatif', metode: 'rasio_terbalik' })).toBe('250.00'));
  it('negative growth stays a number: −11,15 against 15 = −74,33', () => expect(cap('15', '-11.15', { polaritas: 'positif' })).toBe('-74.33'));
  it('rentang: inside = 100, below uses the lower bound, above the upper', () => {
    const a: AturanCapaian = { polaritas: 'rentang', rentang: ['2', '4'] };
    expect(cap('3', '3', a)).toBe('100.00');
    expect(cap('3', '1', a)).toBe('50.00');
    expect(cap('3', '5', a)).toBe('75.00');
  });
  it('cap at 120 keeps the uncapped value', () => {
    const h = hitungCapaian('5', '9', { polaritas: 'positif', batas: '120' });
    expect(h.ok && [h.nilai.toFixed(2), h.tanpaBatas.toFixed(2)]).toEqual(['120.00', '180.00']);
  });
  it('qualitative targets through a declared scale', () => expect(cap('WTP', 'WDP', { polaritas: 'positif', skala: { WTP: '100', WDP: '75' } })).toBe('75.00'));
  it('target 0, missing or non-numeric data are failures, never NaN', () => {
    expect(hitungCapaian('0', '5', { polaritas: 'positif' })).toMatchObject({ ok: false, alasan: 'target_nol' });
    expect(hitungCapaian('5', undefined, { polaritas: 'positif' })).toMatchObject({ ok: false, alasan: 'realisasi_kosong' });
    // an indicator with realisasi but no target (npm run fuzz, seed 777001: the message read 'target "undefined" …')
    for (const t of [undefined, '']) expect(hitungCapaian(t, '5', { polaritas: 'positif' })).toMatchObject({ ok: false, alasan: 'target_kosong', pesan: 'target belum diisi' });
    expect(hitungCapaian('lima', '5', { polaritas: 'positif' })).toMatchObject({ ok: false, alasan: 'bukan_angka' });
    expect(hitungCapaian('5', '0', { polaritas: 'negatif', metode: 'rasio_terbalik' })).toMatchObject({ ok: false, alasan: 'realisasi_nol' });
  });
  it('rounds half-up once: 87,255 → 87,26 (1,005 → 1,01)', () => {
    expect(cap('100', '87.255', { polaritas: 'positif' })).toBe('87.26');
    expect(cap('100', '1.005', { polaritas: 'positif' })).toBe('1.01');
  });
});

describe('hitungCapaian: properties', () => {
  it('capaian(T, T) = 100 for every polarity', () => fc.assert(fc.property(positive, polar, (t, p) => cap(t, t, { polaritas: p }) === '100.00')));
  it('monotonic in realisasi: up for positif, down for negatif', () => fc.assert(fc.property(positive, any, any, polar, (t, r1, r2, p) => {
    const [lo, hi] = new D(r1).lte(r2) ? [r1, r2] : [r2, r1];
    const a = new D(cap(t, lo, { polaritas: p }));
    const b = new D(cap(t, hi, { polaritas: p }));
    return p === 'positif' ? a.lte(b) : a.gte(b);
  })));
  it('no non-finite value ever leaves compute/', () => fc.assert(fc.property(any, any, polar, fc.constantFrom('rasio', 'selisih_terbalik', 'rasio_terbalik') as fc.Arbitrary<'rasio'>, (t, r, p, m) => {
    const h = hitungCapaian(t, r, { polaritas: p, metode: m });
    return !h.ok || (h.nilai.isFinite() && h.tanpaBatas.isFinite());
  })));
  it('means are independent of order', () => fc.assert(fc.property(fc.array(any, { minLength: 1, maxLength: 12 }), (xs) => {
    const a = rataRata(xs.map((x) => new D(x)), 'indikator')!.nilai;
    const b = rataRata([...xs].reverse().map((x) => new D(x)), 'indikator')!.nilai;
    return a.eq(b);
  })));
});

describe('realisasi turunan', () => {
  it('rasio 137/173 = 79,19', () => {
    const h = hitungRealisasi({ rumus: 'rasio', pembilang: '137', penyebut: '173' });
    expect(h.ok && h.nilai.toDecimalPlaces(2).toFixed(2)).toBe('79.19');
  });
  it('growth of the UMKM value with the stated formula gives 10,77 (the seed printed 9,72)', () => {
    const h = hitungRealisasi({ rumus: 'pertumbuhan', komponen: [{ sekarang: '332.31', sebelumnya: '300.01' }] });
    expect(h.ok && h.nilai.toDecimalPlaces(2, D.ROUND_HALF_UP).toFixed(2)).toBe('10.77');
  });
  it('composite growth sums the components (omzet + ekspor)', () => {
    const h = hitungRealisasi({ rumus: 'pertumbuhan', komponen: [{ sekarang: '60', sebelumnya: '50' }, { sekarang: '50', sebelumnya: '50' }] });
    expect(h.ok && h.nilai.toFixed(2)).toBe('10.00');
  });
  it('mean of component ratios; a zero denominator is a failure', () => {
    const h = hitungRealisasi({ rumus: 'rata_rata_rasio', komponen: [{ pembilang: '110', penyebut: '100' }, { pembilang: '90', penyebut: '100' }] });
    expect(h.ok && h.nilai.toFixed(2)).toBe('100.00');
    expect(hitungRealisasi({ rumus: 'rasio', pembilang: '1', penyebut: '0' })).toMatchObject({ ok: false });
  });
  it('declared truncation cuts the reported mean; rows stay exact; the default rounds once half-up', () => {
    // seed 002: Telur Ayam 101,3695…, Solar 89,5153…; mean 95,4424… -> cut 95,44; and 95,435 cut to 95,43 not 95,44
    const komponen = [{ pembilang: '39734467', penyebut: '39197653' }, { pembilang: '23202360', penyebut: '25920000' }];
    const potong = hitungRealisasi({ rumus: 'rata_rata_rasio', komponen, pembulatan: 'ke_bawah' });
    expect(potong.ok && potong.rincian.map((r) => (r as { persen: { toFixed(n: number): string } }).persen.toFixed(4))).toEqual(['101.3695', '89.5153']);
    expect(potong.ok && potong.nilai.toString()).toBe('95.44');
    expect(potong.ok && potong.rumus).toContain('dipotong 2 desimal');
    const setengah = [{ pembilang: '190.87', penyebut: '100' }, { pembilang: '0', penyebut: '100' }]; // mean 95,435
    const a = hitungRealisasi({ rumus: 'rata_rata_rasio', komponen: setengah, pembulatan: 'ke_bawah' });
    const b = hitungRealisasi({ rumus: 'rata_rata_rasio', komponen: setengah });
    expect(a.ok && a.nilai.toString()).toBe('95.43');
    expect(b.ok && b.nilai.toFixed(2)).toBe('95.44');
  });
  it('mean of the children capaian', () => {
    const h = hitungRealisasi({ rumus: 'rata_rata_capaian_anak', simpul: 'p' }, () => [new D('100'), new D('103.05')]);
    expect(h.ok && h.nilai.toFixed(3)).toBe('101.525');
  });
});

describe('predikat at every boundary', () => {
  const p86 = SKALA['permendagri-86-2017'];
  const p88 = SKALA['permenpanrb-88-2021'];
  it.each([
    ['91', 'Sangat Tinggi'], ['90.99', 'Tinggi'], ['76', 'Tinggi'], ['75.99', 'Sedang'], ['66', 'Sedang'], ['65.99', 'Rendah'],
    ['51', 'Rendah'], ['50.99', 'Sangat Rendah'], ['-74.33', 'Sangat Rendah'],
  ])('Permendagri 86/2017: %s → %s', (c, label) => expect(predikat(new D(c), p86).label).toBe(label));
  it.each([
    ['90.01', 'AA'], ['90', 'A'], ['80.01', 'A'], ['80', 'BB'], ['70.01', 'BB'], ['70', 'B'], ['60.01', 'B'], ['60', 'CC'],
    ['50.01', 'CC'], ['50', 'C'], ['30.01', 'C'], ['30', 'D'], ['0', 'D'],
  ])('PermenPANRB 88/2021: %s → %s', (c, kode) => expect(predikat(new D(c), p88).kode).toBe(kode));
});

describe('anggaran dan triwulan', () => {
  it('serapan and efficiency bands', () => {
    expect(serapan(new D('30409836596'), new D('21842688638.41'))!.toFixed(2)).toBe('71.83');
    expect(serapan(new D(0), new D(0))).toBeUndefined();
    expect(efisiensi(new D('99.10'), new D('85.89'))).toMatchObject({ label: 'efisien' });
    expect(efisiensi(new D('60'), new D('85.89')).label).toBe('tidak efisien');
  });
  it('quarter aggregation to date', () => {
    const q = ['2', '3', undefined, '5'].map((x) => (x ? new D(x) : undefined));
    expect(sampaiTriwulan(q, 2, 'kumulatif')!.toFixed(0)).toBe('5');
    expect(sampaiTriwulan(q, 4, 'akhir')!.toFixed(0)).toBe('5');
    expect(sampaiTriwulan(q, 4, 'rata_rata')!.toFixed(2)).toBe('3.33');
    expect(sampaiTriwulan(q, 4, 'maksimum')!.toFixed(0)).toBe('5');
    expect(sampaiTriwulan([], 1, 'akhir')).toBeUndefined();
  });
});
