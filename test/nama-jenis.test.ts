// The kind names option parsing and help use (src/cli/nama-jenis.ts) are the table of kinds' (src/jenis/index.ts).
import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { toOptions } from '../src/cli/build-options.ts';
import { NAMA_JENIS } from '../src/cli/nama-jenis.ts';
import { DOCUMENTS } from '../src/documents.ts';
import { JENIS } from '../src/jenis/index.ts';

describe('NAMA_JENIS', () => {
  it('lists the table of kinds, in its order', () => {
    expect([...NAMA_JENIS]).toEqual(JENIS.map((k) => k.jenis));
    expect([...NAMA_JENIS]).toEqual(Object.keys(DOCUMENTS));
  });

  it('every kind by default; an unknown name (also one of Object.prototype) exits with code 2', () => {
    const raw = { kertas: 'A4' as const, konten: 'content', keluaran: 'output' };
    expect(toOptions(raw).jenis).toEqual(JENIS.map((k) => k.jenis));
    for (const j of ['xx', 'toString']) {
      expect(() => toOptions({ ...raw, jenis: ['pk', j] })).toThrow(CommanderError);
      expect(() => toOptions({ ...raw, jenis: ['pk', j] })).toThrow(`jenis dokumen tidak dikenal: ${j}`);
    }
  });
});
