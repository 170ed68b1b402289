// sakip paket: the E-SAKIP bundle of a year is deterministic, holds every uploaded kind's documents in category
// order, and its manifest's pages, sha256 and document ids describe the entries it lists.
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { paket } from '../src/paket/paket.ts';
import { bacaTanda } from '../src/verifikasi/verifikasi.ts';
import { pdfText } from './extract.ts';
import { ROOT } from './helpers.ts';

const KONTEN = path.join(ROOT, 'contoh/dinas-pangan');

describe('sakip paket (contoh/dinas-pangan 2025, TW II)', () => {
  it('two runs give the same bytes; the manifest matches each entry; kinds without a category stay out', async () => {
    const o = { konten: KONTEN, tahun: 2025, triwulan: 2, kertas: 'A4' as const };
    const [a, b] = [await paket(o), await paket(o)];
    expect(a.diagnostics.filter((d) => d.severity === 'galat')).toEqual([]);
    expect(Buffer.from(a.zip!).equals(Buffer.from(b.zip!))).toBe(true);
    const files = unzipSync(a.zip!);
    const manifest = JSON.parse(strFromU8(files['manifest.json']));
    expect(Object.keys(files)).toEqual([...manifest.dokumen.map((m: { berkas: string }) => m.berkas), 'manifest.json']);
    for (const m of manifest.dokumen) {
      const bytes = files[m.berkas];
      expect(crypto.createHash('sha256').update(bytes).digest('hex'), m.berkas).toBe(m.sha256);
      expect((await pdfText(bytes)).pages.length, m.berkas).toBe(m.halaman);
      expect(m.id, m.berkas).toMatch(/^SKP-[0-9A-F]{4}-[0-9A-F]{4}$/);
      expect(bacaTanda(bytes).id, m.berkas).toBe(m.id); // the manifest's id is the one the PDF carries
    }
    expect([...new Set(manifest.dokumen.map((m: { kategori: string }) => m.kategori))]).toEqual(['Perjanjian Kinerja', 'Indikator Kinerja Utama (IKU)', 'Rencana Aksi', 'Evaluasi Rencana Aksi', 'Laporan Kinerja (LKIP)']);
    expect(Object.keys(files)).toContain('05-evaluasi-rencana-aksi/evaluasi-rencana-aksi-01-kepala-dinas-tw2.pdf');
    expect(Object.keys(files).filter((f) => /pengukuran|pedoman/.test(f))).toEqual([]);
  }, 120_000);
});
