// --pdfa: PDF/A-2b output, structure checked by qpdf (skipped when absent), PDF/A metadata present, deterministic,
// and its document id (which covers the option) verifies.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, type Options } from '../src/pipeline.ts';
import { bacaTanda, verifikasi } from '../src/verifikasi/verifikasi.ts';
import { ROOT, which } from './helpers.ts';

const konten = path.join(ROOT, 'content');
const opsi = (keluaran: string, pdfa: boolean): Options => ({ konten, keluaran, jenis: ['pk'], hanya: ['02-sekretaris'], format: ['pdf'], kertas: 'A4', pdfa });
const bangun = async (pdfa: boolean) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-pdfa-'));
  await build(opsi(dir, pdfa));
  return path.join(dir, 'pk/2025/02-sekretaris.pdf');
};

describe('--pdfa', () => {
  it('PDF/A-2b metadata and output intent, same bytes twice, an id of its own that verifies', async () => {
    const [a, b, biasa] = [await bangun(true), await bangun(true), await bangun(false)];
    const teks = fs.readFileSync(a).toString('latin1');
    expect(teks).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    expect(teks).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/);
    expect(teks).toMatch(/\/S \/GTS_PDFA1/);
    expect(teks.startsWith('%PDF-1.7')).toBe(true);
    expect(fs.readFileSync(a).equals(fs.readFileSync(b))).toBe(true);
    expect(bacaTanda(fs.readFileSync(a)).klaim?.pdfa).toBe(true);
    expect(bacaTanda(fs.readFileSync(a)).id).not.toBe(bacaTanda(fs.readFileSync(biasa)).id);
    expect(verifikasi(a, konten).status).toBe('cocok');
    if (which('qpdf')) expect(execFileSync('qpdf', ['--check', a], { encoding: 'utf8' })).toMatch(/No syntax or stream encoding errors/);
  }, 120_000);
});
