// Property test: random mutations of test/fixtures/dasar (values, keys, structure, bytes, whole files) and a few
// of content/, run in process through check, compute and render (scripts/fuzz/periksa.ts lists the invariants).
// `npm run fuzz` runs the same property ≥ 10,000 times and lists every violation class. Known classes assigned to
// other work are in scripts/fuzz/dikenal.ts. Another seed: FUZZ_BENIH=<n> npm test -- test/fuzz.test.ts
import fc from 'fast-check';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DIKENAL } from '../scripts/fuzz/dikenal.ts';
import { kasus, nilai, type Kasus } from '../scripts/fuzz/mutasi.ts';
import { cariBuruk, jalankan, KATA, muatDasar, periksaDiagnostik, type Dasar } from '../scripts/fuzz/periksa.ts';
import { BASE, ROOT } from './helpers.ts';

const benih = Number(process.env.FUZZ_BENIH ?? 20261207);
const kerja = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-fuzz-'));
afterAll(() => fs.rmSync(kerja, { recursive: true, force: true }));

const dasar = muatDasar(BASE, ['pk', 'iku']);
const konten = muatDasar(path.join(ROOT, 'content'), ['pk', 'lkip', 'pengukuran', 'renstra', 'iku', 'pedoman']);

/** The violations of one case that are not known and assigned. */
async function baru(d: Dasar, k: Kasus, contoh = false): Promise<string[]> {
  return (await jalankan(d, k, kerja, contoh)).filter((p) => !DIKENAL.some((x) => x.pola.test(p.kelas))).map((p) => `${p.kelas}\n${p.rinci}`);
}
const sifat = (d: Dasar, contoh = false, arb: fc.Arbitrary<Kasus> = kasus) => fc.asyncProperty(arb, async (k) => { expect(await baru(d, k, contoh)).toEqual([]); });
/** Mutations that keep the content valid (unknown keys are warnings, BOM and CRLF are accepted), so that the
 *  document reaches the PDF and DOCX backends. */
const sah: fc.Arbitrary<Kasus> = fc.record({
  berkas: fc.nat(),
  ops: fc.array(fc.oneof(
    fc.record({ k: fc.constant('tambah-kunci' as const), di: fc.nat(), kunci: fc.constantFrom('catatan', 'lampiran_3'), v: nilai }),
    fc.record({ k: fc.constant('bita' as const), jenis: fc.constantFrom('bom' as const, 'crlf' as const), di: fc.nat(), b: fc.constant([0]).map((x) => [...x]) }),
  ), { minLength: 1, maxLength: 2 }),
});

describe('fuzz: konten yang dimutasi acak', () => {
  it('the unmutated bases keep every invariant (the property can only fail on a mutation)', async () => {
    expect(await baru(dasar, { berkas: 0, ops: [] })).toEqual([]);
    expect(await baru(konten, { berkas: 0, ops: [] })).toEqual([]);
  }, 60_000);

  it('test/fixtures/dasar: 200 mutations', async () => {
    await fc.assert(sifat(dasar), { numRuns: 200, seed: benih });
  }, 300_000);

  it('content/: 3 mutations', async () => {
    await fc.assert(sifat(konten), { numRuns: 3, seed: benih });
  }, 300_000);

  it('test/fixtures/dasar through the PDF and DOCX backends: 3 mutations', async () => {
    await fc.assert(sifat(dasar, true, sah), { numRuns: 3, seed: benih + 1 });
  }, 300_000);

  it('the invariants catch what they claim to: non-finite numbers, forbidden words, bad diagnostics', () => {
    expect(cariBuruk({ a: [{ b: 1 }, { c: Number.NaN }] }, KATA, 'view')).toMatchObject({ jalur: 'view.a.1.c', apa: 'NaN' });
    expect(cariBuruk({ a: -Infinity }, KATA, 'v')).toMatchObject({ apa: '-Infinity' });
    expect(cariBuruk({ t: 'Rp undefined' }, KATA, 'v')).toMatchObject({ apa: 'undefined' });
    expect(cariBuruk({ t: 'x [object Object]' }, KATA, 'v')).toMatchObject({ apa: '[object Object]' });
    expect(cariBuruk({ t: 'Rp undefined' }, KATA.filter((w) => w !== 'undefined'), 'v')).toBeUndefined();
    expect(cariBuruk({ a: [1, 'dua', { b: true }] }, KATA, 'v')).toBeUndefined();
    const d = { file: 'a.md', line: 1, column: 1, code: 'SKEMA', severity: 'galat' as const, message: 'x', hint: '' };
    expect(periksaDiagnostik([{ ...d, message: 'galat internal: TypeError' }], KATA)[0].kelas).toMatch(/galat internal/);
    expect(periksaDiagnostik([{ ...d, code: 'TIDAK_ADA' }], KATA)[0].kelas).toMatch(/katalog/);
    expect(periksaDiagnostik([{ ...d, message: "Cannot read properties of undefined (reading 'x')" }], [])[0].kelas).toMatch(/JavaScript/);
    expect(periksaDiagnostik([d], KATA)).toEqual([]);
  });
});
