import { describe, expect, it } from 'vitest';
import { pilihAnggaran, pohonAnggaran } from '../src/compute/anggaran.ts';
import { check } from '../src/pipeline.ts';
import { anggaranKinerjaSchema } from '../src/validate/schemas-kinerja.ts';
import { ROOT } from './helpers.ts';
import path from 'node:path';

const file = anggaranKinerjaSchema.parse({
  tahun: '2025',
  program: [
    { id: 'p-a', nama: 'A', kegiatan: [
      { id: 'k-a1', nama: 'A1', sub_kegiatan: [{ id: 's-1', nama: 'S1', pagu: '45928200' }, { id: 's-2', nama: 'S2', pagu: '3112300' }] },
      { id: 'k-a2', nama: 'A2', pagu: '100' },
    ] },
    { id: 'p-b', nama: 'B', pagu: '111621100' },
  ],
});

describe('roll-up anggaran', () => {
  it('sums children up to the program and the total', () => {
    const p = pohonAnggaran(file);
    expect(p.byId.get('k-a1')!.pagu.toFixed(0)).toBe('49040500');
    expect(p.byId.get('p-a')!.pagu.toFixed(0)).toBe('49040600');
    expect(p.total.toFixed(0)).toBe('160661700');
  });
  it('ignores a pagu written on a parent (the children decide)', () => {
    const f = structuredClone(file);
    (f.program[0] as { pagu?: string }).pagu = '1';
    expect(pohonAnggaran(f).byId.get('p-a')!.pagu.toFixed(0)).toBe('49040600');
  });
  it('is independent of the order of children', () => {
    const f = structuredClone(file);
    f.program.reverse();
    f.program[1].kegiatan!.reverse();
    expect(pohonAnggaran(f).total.eq(pohonAnggaran(file).total)).toBe(true);
  });
  it('selects rows at each level from nodes of any level, without duplicates', () => {
    const blocks = pilihAnggaran(pohonAnggaran(file), ['s-2', 'p-a', 'p-b'], ['program', 'kegiatan', 'sub_kegiatan']);
    expect(blocks.map((b) => [b.tingkat, b.baris.map((r) => r.id), b.total])).toEqual([
      ['program', ['p-a', 'p-b'], '160661700'],
      ['kegiatan', ['k-a1', 'k-a2'], '49040600'],
      ['sub_kegiatan', ['s-2', 's-1'], '49040500'],
    ]);
  });
});

describe('anggaran 2025 konten bawaan (seed 000)', () => {
  const { content } = check(path.join(ROOT, 'content'));
  const p = pohonAnggaran(content.anggaran.get(2025)!.value);
  const amount = (id: string) => p.byId.get(id)!.pagu.toFixed(0);
  it('reproduces the program amounts of the Kepala Dinas list', () => {
    expect(amount('p-penunjang')).toBe('5092699997');
    expect(amount('p-sarana-distribusi')).toBe('20062107400');
    expect(amount('p-ekspor')).toBe('262367444'); // the Kadis printed 262.367.443; the leaves give .444
    expect(p.program).toHaveLength(14);
  });
  it('computes the agency total from the leaves', () => expect(p.total.toFixed(0)).toBe('27529017597'));
  it('every parent equals the independent sum of its leaves', () => {
    for (const n of p.byId.values()) {
      const leaves = (x: typeof n): bigint => (x.anak.length ? x.anak.reduce((s, a) => s + leaves(a), 0n) : BigInt(x.paguTertulis!));
      expect(BigInt(n.pagu.toFixed(0))).toBe(leaves(n));
    }
  });
});
