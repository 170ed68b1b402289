import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { angka, persen, rupiah } from '../src/format/angka.ts';
import { nip } from '../src/format/nip.ts';
import { tanggal } from '../src/format/tanggal.ts';
import { formatTarget } from '../src/format/target.ts';
import { terbilang } from '../src/format/terbilang.ts';

describe('angka, rupiah, persen', () => {
  it.each([
    ['1234567.89', 2, '1.234.567,89'], ['0.15', 2, '0,15'], ['1500', 0, '1.500'], ['80', 2, '80,00'], ['1.005', 2, '1,01'], ['-2.345', 2, '-2,35'],
  ])('angka(%s, %i) = %s', (v, d, want) => expect(angka(v, d)).toBe(want));
  it('angka writes what Intl.NumberFormat id-ID (halfExpand) writes, for any decimal string and 0-6 digits', () => {
    const intl = (v: string, d: number) => new Intl.NumberFormat('id-ID', { minimumFractionDigits: d, maximumFractionDigits: d, roundingMode: 'halfExpand' } as Intl.NumberFormatOptions).format(v as `${number}`);
    for (const [v, d] of [['-0.001', 0], ['-0', 0], ['-0.5', 0], ['999.995', 2], ['-999.5', 0], ['007', 0], ['00.5', 0], ['0.049', 1], ['9.9999', 3], ['12345678901234567890.125', 2]] as const) expect(angka(v, d)).toBe(intl(v, d));
    const desimal = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 22 });
    const nilai = fc.tuple(fc.boolean(), desimal, fc.option(fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 9 }), { nil: undefined }))
      .map(([neg, b, p]) => `${neg ? '-' : ''}${b}${p === undefined ? '' : `.${p}`}`);
    fc.assert(fc.property(nilai, fc.integer({ min: 0, max: 6 }), (v, d) => angka(v, d) === intl(v, d)), { numRuns: 3000 });
  });
  it('rupiah has no space and dot grouping', () => {
    expect(rupiah('5092699997')).toBe('Rp5.092.699.997');
    expect(rupiah('27529017597')).toBe('Rp27.529.017.597');
    expect(rupiah('-1000')).toBe('-Rp1.000');
    expect(rupiah('21842688638.41')).toBe('Rp21.842.688.638,41');
    expect(rupiah('100.00')).toBe('Rp100');
  });
  it('persen uses a decimal comma', () => expect(persen('108.74')).toBe('108,74%'));
  it('rejects non-numbers', () => expect(() => angka('12,5')).toThrow());
});

describe('tanggal', () => {
  it('formats Indonesian dates', () => {
    expect(tanggal('2025-01-02')).toBe('2 Januari 2025');
    expect(tanggal('2024-12-31')).toBe('31 Desember 2024');
  });
  it('leaves the day blank for yyyy-mm', () => expect(tanggal('2025-01')).toMatch(/^\u00a0+ Januari 2025$/));
  it('rejects impossible months', () => expect(() => tanggal('2025-13-01')).toThrow());
});

describe('nip', () => {
  it('spaces an 18-digit NIP', () => expect(nip('197510011996121001')).toBe('19751001 199612 1 001'));
  it('normalises spacing', () => expect(nip('19780622201101 2 006')).toBe('19780622 201101 2 006'));
  it('leaves a malformed NIP as written', () => expect(nip('1983032620901 2 001')).toBe('1983032620901 2 001'));
});

describe('terbilang', () => {
  it.each([
    [0, 'nol'], [1, 'satu'], [10, 'sepuluh'], [11, 'sebelas'], [15, 'lima belas'], [100, 'seratus'], [1000, 'seribu'],
    [1001, 'seribu satu'], [2025, 'dua ribu dua puluh lima'], ['1000000000', 'satu miliar'], ['12.05', 'dua belas koma nol lima'],
    [-45, 'minus empat puluh lima'], ['27529017597', 'dua puluh tujuh miliar lima ratus dua puluh sembilan juta tujuh belas ribu lima ratus sembilan puluh tujuh'],
  ])('terbilang(%s) = %s', (n, want) => expect(terbilang(n)).toBe(want));
});

describe('formatTarget', () => {
  it.each([
    [{ nilai: '98', desimal: 0, satuan: '%' }, '98%'], [{ nilai: '0.15', desimal: 2, satuan: '%' }, '0,15%'],
    [{ nilai: '80.00', desimal: 2, satuan: '%' }, '80,00%'], [{ nilai: '78.85', desimal: 2, satuan: 'nilai' }, '78,85'],
    [{ nilai: '145', desimal: 0, satuan: 'WUB' }, '145 WUB'], [{ nilai: '1500', desimal: 0, satuan: 'laporan' }, '1.500 laporan'],
  ])('%j -> %s', (t, want) => expect(formatTarget(t)).toBe(want));
});
