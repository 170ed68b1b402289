// sakip verifikasi: a built PDF/DOCX carries its document id (signature page, metadata) and verifies against
// unchanged content; after one PK target changes that PK fails and another still verifies; ids are stable.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, type Options } from '../src/pipeline.ts';
import type { DocModel, Table } from '../src/render/model.ts';
import { tandai } from '../src/verifikasi/id.ts';
import { bacaTanda, verifikasi } from '../src/verifikasi/verifikasi.ts';
import { pdfPages } from './extract.ts';
import { ROOT, tempCopy, which } from './helpers.ts';

const konten = tempCopy(path.join(ROOT, 'content'));
const opsi = (keluaran: string): Options => ({ konten, keluaran, jenis: ['pk'], hanya: ['01-kepala-dinas', '02-sekretaris'], format: ['pdf', 'docx'], kertas: 'A4' });
const keluaran = () => fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-verifikasi-'));
const berkas = (dir: string, slug: string, f: string) => path.join(dir, 'pk', '2025', `${slug}.${f}`);
// a second build of the Sekretaris's PDF from unchanged content: the stable id and the QR code are read from it
let sekretaris: Promise<string> | undefined;
const bangunSekretaris = () => (sekretaris ??= (async () => {
  const dir = keluaran();
  await build({ ...opsi(dir), hanya: ['02-sekretaris'], format: ['pdf'] });
  return dir;
})());
const cli = (...args: string[]) => {
  try { return { code: 0, out: execFileSync('node', [path.join(ROOT, 'bin/sakip.js'), 'verifikasi', ...args], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' }) }; }
  catch (e) { const x = e as { status: number; stderr: string }; return { code: x.status, out: x.stderr }; }
};

describe('sakip verifikasi (PK Kepala Dinas and Sekretaris)', () => {
  it('ids printed on the signature page and in the metadata, stable across builds, verified until a target changes', async () => {
    const a = keluaran();
    await build(opsi(a));
    const b = await bangunSekretaris();
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

describe('the mark', () => {
  const model = (signature: boolean): DocModel => ({
    title: 'Uji', fontSize: 12, sections: [{ page: 'A4', orientation: 'portrait', margins: [72, 72, 72, 72], header: [], footer: [], pageNumbers: 'decimal',
      blocks: [{ kind: 'table', widths: ['*', '*'], headerRows: 0, borders: false, signature, rows: [{ cells: [{ blocks: [] }, { blocks: [] }] }] }] }],
  });
  const klaim = { jenis: 'pk', tahun: 2025, slug: 'x', kertas: 'A4' as const };
  it('goes under the signature block, with the verification address in the QR code and printed; the address, paper and model change the id', () => {
    const m = tandai(model(true), klaim, 'https://sakip.example.go.id/cek');
    const t = m.sections[0].blocks[0] as Table;
    expect(m.sections[0].blocks).toHaveLength(1);
    expect(t.rows).toHaveLength(2);
    const s = JSON.stringify(t.rows[1]);
    expect(s).toContain(`"data":"https://sakip.example.go.id/cek?id=${m.idDokumen}"`);
    expect(s).toContain(`ID dokumen: ${m.idDokumen}`);
    expect(s).toContain('Verifikasi: https://sakip.example.go.id/cek');
    expect(m.keywords).toContain('sakip:pk/2025/x; kertas:A4');
    expect(tandai(model(true), klaim).idDokumen).not.toBe(m.idDokumen);
    expect(tandai(model(true), { ...klaim, kertas: 'F4' }, 'https://sakip.example.go.id/cek').idDokumen).not.toBe(m.idDokumen);
    expect(tandai(model(true), klaim, 'https://sakip.example.go.id/cek').idDokumen).toBe(m.idDokumen);
  });
  it('without a signature block, at the end of the document', () => {
    const m = tandai(model(false), klaim);
    expect(m.sections[0].blocks).toHaveLength(2);
    expect(JSON.stringify(m.sections[0].blocks[1])).toContain(`"data":"${m.idDokumen}"`);
  });
  it.skipIf(!which('zbarimg') || !which('pdftoppm'))('the printed QR code decodes to the id (zbarimg)', async () => {
    const dir = await bangunSekretaris(); // built before the target edit of the first test (or here, alone)
    const pdf = berkas(dir, '02-sekretaris', 'pdf');
    const id = bacaTanda(fs.readFileSync(pdf)).id;
    execFileSync('pdftoppm', ['-r', '150', '-png', pdf, path.join(dir, 'hlm')]);
    const png = fs.readdirSync(dir).filter((f) => f.endsWith('.png')).map((f) => path.join(dir, f));
    const out = execFileSync('sh', ['-c', `zbarimg -q ${png.join(' ')} 2>/dev/null || true`], { encoding: 'utf8' });
    expect(out.trim()).toBe(`QR-Code:${id}`);
  }, 120_000);
});
