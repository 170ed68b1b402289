// The kind names the preview page shows come from the table of kinds: every kind has one, and the page's script
// carries exactly those (a kind added without `nama` fails here, and in the typecheck).
import { describe, expect, it } from 'vitest';
import { JENIS } from '../src/jenis/index.ts';
import { HALAMAN } from '../src/pratinjau/halaman.ts';
import { NAMA_JENIS } from '../src/pratinjau/skrip.ts';

describe('pratinjau: kind names from the table of kinds', () => {
  it('every kind of src/jenis/index.ts has a short name of its own', () => {
    expect(JENIS.length).toBeGreaterThanOrEqual(10);
    for (const j of JENIS) expect(j.nama?.trim(), `jenis ${j.jenis} tanpa nama`).toBeTruthy();
    expect(new Set(JENIS.map((j) => j.nama)).size).toBe(JENIS.length);
  });

  it('the page script maps every kind to its name and nothing else', () => {
    expect(Object.keys(NAMA_JENIS).sort()).toEqual(JENIS.map((j) => j.jenis).sort());
    const m = HALAMAN.match(/var JENIS = (\{.*?\});/);
    expect(m).not.toBeNull();
    expect(JSON.parse(m![1])).toEqual(Object.fromEntries(JENIS.map((j) => [j.jenis, j.nama])));
    expect(NAMA_JENIS['evaluasi-rencana-aksi']).toBe('Evaluasi Rencana Aksi');
  });
});
