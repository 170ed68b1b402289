// Nesting past 64 levels: one diagnostic at the first collection too deep, the same whatever call stack is left
// (the yaml package reports a stack overflow where it happened).
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../src/load/yaml-source.ts';
import type { Diagnostic } from '../src/validate/diagnostics.ts';

const baca = (teks: string) => {
  const errors: Diagnostic[] = [];
  const r = parseYaml('x.yaml', teks, errors);
  return { data: r.data, d: errors.map((e) => `${e.code} ${e.line}:${e.column} ${e.message}`) };
};
/** `f` called under `n` extra stack frames. */
const dalamTumpukan = <T>(n: number, f: () => T): T => (n <= 0 ? f() : [dalamTumpukan(n - 1, f)][0]!);

const KASUS: [string, string, string][] = [
  ['daftar [ ] 5000 tingkat', `a: 1\nb: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, '2:67'],
  ['pemetaan { } 3000 tingkat', `b: ${'{a: '.repeat(3000)}1${'}'.repeat(3000)}\n`, '1:256'],
  ['blok 3000 tingkat', `${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} 1\n`, '65:65'],
  ['daftar 100 tingkat', `x: ${'['.repeat(100)}${']'.repeat(100)}\n`, '1:67'],
  ['dua struktur dalam', `x: ${'['.repeat(5000)}${']'.repeat(5000)}\ny: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, '1:67'],
];

describe('YAML bersarang terlalu dalam', () => {
  for (const [nama, teks, posisi] of KASUS) {
    it(nama, () => {
      const hasil = [0, 300, 3000].map((n) => dalamTumpukan(n, () => baca(teks)));
      expect(hasil[0]!.data).toBeUndefined();
      expect(hasil[0]!.d).toEqual([`YAML_SINTAKS ${posisi} YAML tidak valid: struktur bersarang lebih dari 64 tingkat`]);
      for (const h of hasil.slice(1)) expect(h.d).toEqual(hasil[0]!.d);
    });
  }

  it('galat sebelum struktur dalam tetap dilaporkan; sesudahnya tidak (bergantung tumpukan)', () => {
    const { d } = baca(`a: "x\\q"\nb: ${'['.repeat(5000)}${']'.repeat(5000)}\nc: "y\\q"\n`);
    expect(d).toEqual([
      'YAML_SINTAKS 1:6 YAML tidak valid: urutan escape "\\" dalam teks berpetik ganda tidak sah',
      'YAML_SINTAKS 2:67 YAML tidak valid: struktur bersarang lebih dari 64 tingkat',
    ]);
  });

  it('tepat 64 tingkat terbaca', () => {
    const { data, d } = baca(`x: ${'['.repeat(63)}${']'.repeat(63)}\n`);
    expect(d).toEqual([]);
    expect(data).toBeDefined();
  });

  it('lebih dalam hanya lewat alias: di alias pertama', () => {
    const a = `${'['.repeat(40)}${']'.repeat(40)}`;
    const { d } = baca(`a: &a ${a}\nb: ${'['.repeat(40)}*a${']'.repeat(40)}\n`);
    expect(d).toEqual(['YAML_SINTAKS 2:44 YAML tidak valid: struktur bersarang lebih dari 64 tingkat']);
  });
});
