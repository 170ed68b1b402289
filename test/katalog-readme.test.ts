// The README's diagnostics table lists exactly the catalogue's codes, each with its severity and a meaning
// (regenerate the rows with `node --import tsx scripts/tabel-diagnostik.ts --tulis`).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARTI_KOSONG, bacaTabel, README, susunTabel } from '../scripts/tabel-diagnostik.ts';
import { CODES } from '../src/validate/diagnostics.ts';

const { baris } = bacaTabel(fs.readFileSync(README, 'utf8'));

describe('README: tabel diagnostik', () => {
  it('lists every code of the catalogue and no other, once each', () => {
    const kode = baris.map((b) => b.kode);
    expect(new Set(kode).size).toBe(kode.length);
    expect([...kode].sort()).toEqual(Object.keys(CODES).sort());
  });

  it('gives each code its severity in the catalogue and a meaning', () => {
    for (const b of baris) {
      expect(b.tingkat, b.kode).toBe(CODES[b.kode as keyof typeof CODES].severity);
      expect(b.arti, b.kode).not.toBe(ARTI_KOSONG);
      expect(b.arti.length, b.kode).toBeGreaterThan(5);
    }
  });

  it('the generator keeps the meanings and fills a new code with "?"', () => {
    const tanpaTemplat = baris.filter((b) => b.kode !== 'TEMPLAT');
    const tabel = susunTabel(tanpaTemplat);
    expect(tabel.map((b) => b.kode)).toEqual(Object.keys(CODES));
    expect(tabel.find((b) => b.kode === 'TEMPLAT')!.arti).toBe(ARTI_KOSONG);
    expect(tabel.find((b) => b.kode === 'SKEMA')!.arti).toBe(baris.find((b) => b.kode === 'SKEMA')!.arti);
  });
});
