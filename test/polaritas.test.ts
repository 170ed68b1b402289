// The banded edit distance the polaritas check matches indicator names with, against a plain Levenshtein.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dekat } from '../src/validate/checks/polaritas.ts';

function jarak(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

describe('dekat', () => {
  it('agrees with the edit distance', () => {
    const teks = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 12 });
    fc.assert(fc.property(teks, teks, fc.integer({ min: 0, max: 3 }), (a, b, k) => { expect(dekat(a, b, k)).toBe(jarak(a, b) <= k); }), { numRuns: 2000 });
  });
  it('matches the seed spellings of one indicator', () => {
    expect(dekat('persentase stabilisasi dan jumlah ketersediaan', 'persentase stabilitas dan jumlah ketersediaan', 2)).toBe(true);
    expect(dekat('persentase penurunan pengaduan', 'persentase penanganan pengaduan', 2)).toBe(false);
  });
});
