// sakip verifikasi: a built PDF/DOCX carries its document id (signature page, metadata) and verifies against
// unchanged content; after one PK target changes that PK fails and another still verifies; ids are stable.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, type Options } from '../src/pipeline.ts';
import { bacaTanda, verifikasi } from '../src/verifikasi/verifikasi.ts';
import { pdfPages } from './extract.ts';
import { ROOT, tempCopy } from './helpers.ts';

const konten = tempCopy(path.join(ROOT, 'content'));
const opsi = (keluaran: string): Options => ({ konten, keluaran, jenis: ['pk'], hanya: ['01-kepala-dinas', '02-sekretaris'], format: ['pdf', 'docx'], kertas: 'A4' });
const keluaran = () => fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-verifikasi-'));
const berkas = (dir: string, slug: string, f: string) => path.join(dir, 'pk', '2025', `${slug}.${f}`);
const cli = (...args: string[]) => {
  try { return { code: 0, out: execFileSync('node', [path.join(ROOT, 'bin/sakip.js'), 'verifikasi', ...args], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' }) }; }
  catch (e) { const x = e as { status: number; stderr: string }; return { code: x.status, out: x.stderr }; }
};

describe('sakip verifikasi (PK Kepala Dinas and Sekretaris)', () => {
  it('ids printed on the signature page and in the metadata, stable across builds, verified until a target changes', async () => {
    const [a, b] = [keluaran(), keluaran()];
    await build(opsi(a));
    await build(opsi(b));
    const id = bacaTanda(fs.readFileSync(berkas(a, '02-sekretaris', 'pdf'))).id!;
    expect(id).toMatch(/^SKP-[0-9A-F]{4}-[0-9A-F]{4}$/);
    expect(bacaTanda(fs.readFileSync(berkas(a, '02-sekretaris', 'docx'))).id).toBe(id);
    expect(bacaTanda(fs.readFileSync(berkas(b, '02-sekretaris', 'pdf'))).id).toBe(id); // two builds, one id
    const id01 = bacaTanda(fs.readFileSync(berkas(a, '01-kepala-dinas', 'pdf'))).id;
    expect(id01).not.toBe(id);

    // printed once, on a page that carries a signature (NIP line)
    const pages = await pdfPages(fs.readFileSync(berkas(a, '02-sekretaris', 'pdf')));
    const dengan = pages.filter((p) => p.includes(`ID dokumen: ${id}`));
    expect(dengan).toHaveLength(1);
    expect(dengan[0]).toMatch(/NIP\./);

    for (const slug of ['01-kepala-dinas', '02-sekretaris']) for (const f of ['pdf', 'docx']) {
      expect(verifikasi(berkas(a, slug, f), konten).status, `${slug}.${f}`).toBe('cocok');
    }
    expect(cli(berkas(a, '02-sekretaris', 'pdf'), '--konten', konten).code).toBe(0);

    const pk = path.join(konten, 'pk/2025/02-sekretaris.md');
    fs.writeFileSync(pk, fs.readFileSync(pk, 'utf8').replace('target: 98', 'target: 97'));
    for (const f of ['pdf', 'docx']) {
      const r = verifikasi(berkas(a, '02-sekretaris', f), konten);
      expect(r.status, f).toBe('berubah');
      if (r.status === 'berubah') { expect(r.id).toBe(id); expect(r.idSekarang).toMatch(/^SKP-/); expect(r.idSekarang).not.toBe(id); }
    }
    expect(verifikasi(berkas(a, '01-kepala-dinas', 'pdf'), konten).status).toBe('cocok');
    const gagal = cli(berkas(a, '02-sekretaris', 'pdf'), '--konten', konten);
    expect(gagal.code).toBe(1);
    expect(gagal.out).toMatch(/TIDAK COCOK.*Sekretaris.*berubah/s);
  }, 180_000);

  it('a file without an id is refused', () => {
    const f = path.join(keluaran(), 'lain.pdf');
    fs.writeFileSync(f, '%PDF-1.3\n%%EOF\n');
    expect(verifikasi(f, konten).status).toBe('tanpa-id');
  });
});
