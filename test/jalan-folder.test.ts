// src/load/jalan-folder.ts: the one walk behind the content reader and the cache hashes. Every kind of entry, in name
// order, hidden ones left out, links inside/outside/broken/looping, a FIFO only named; the reader and the hash walk
// see the same entries.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { jalanFolder, type Entri } from '../src/load/jalan-folder.ts';
import { readContent } from '../src/load/read-content.ts';
import { jelajah } from '../src/cache/jelajah.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-jalan-'));
const akar = path.join(tmp, 'konten');
fs.mkdirSync(path.join(akar, 'b-folder'), { recursive: true });
fs.writeFileSync(path.join(akar, 'a.yaml'), 'x: 1\n');
fs.writeFileSync(path.join(akar, '.tersembunyi.yaml'), 'x: 1\n');
fs.writeFileSync(path.join(akar, 'b-folder', 'c.md'), '---\nx: 1\n---\nteks\n');
fs.writeFileSync(path.join(tmp, 'luar.yaml'), 'x: 1\n');
fs.symlinkSync(path.join(akar, 'a.yaml'), path.join(akar, 'd-tautan.yaml'));
fs.symlinkSync(path.join(tmp, 'luar.yaml'), path.join(akar, 'e-luar.yaml'));
fs.symlinkSync(path.join(akar, 'tidak-ada.yaml'), path.join(akar, 'f-putus.yaml'));
fs.symlinkSync(akar, path.join(akar, 'b-folder', 'g-induk'));
execFileSync('mkfifo', [path.join(akar, 'h-pipa.yaml')]);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const semua = (lewati: boolean) => { const out: Entri[] = []; jalanFolder(akar, { lewatiTersembunyi: lewati }, (e) => out.push(e)); return out; };

describe('jalanFolder', () => {
  it('names every entry by what it is, in name order, without opening any', () => {
    expect(semua(true).map((e) => `${e.rel} ${e.jenis}`)).toEqual([
      'a.yaml berkas', 'b-folder folder', 'b-folder/c.md berkas', 'b-folder/g-induk perulangan', 'd-tautan.yaml berkas',
      'e-luar.yaml tautan-luar', 'f-putus.yaml tautan-putus', 'h-pipa.yaml bukan-biasa',
    ]);
    expect(semua(false).map((e) => e.rel)).toContain('.tersembunyi.yaml');
  });

  it('a root that does not exist is one unreadable entry', () => {
    const out: Entri[] = [];
    jalanFolder(path.join(tmp, 'tidak-ada'), { lewatiTersembunyi: true }, (e) => out.push(e));
    expect(out).toMatchObject([{ jenis: 'tidak-terbaca', rel: '', folder: true }]);
  });

  it('a name refused is neither visited nor entered', () => {
    const out: string[] = [];
    jalanFolder(akar, { lewatiTersembunyi: true, terima: (n) => n !== 'b-folder' }, (e) => out.push(e.rel));
    expect(out.some((r) => r.startsWith('b-folder'))).toBe(false);
  });

  it('the content reader and the cache hash walk see the same entries', () => {
    const hash: string[] = [];
    jelajah(akar, true, (rel, _, isi) => hash.push(`${rel} ${typeof isi === 'string' ? isi : 'isi'}`));
    expect(hash).toEqual(['a.yaml isi', 'b-folder /', 'b-folder/c.md isi', 'b-folder/g-induk (perulangan)', 'd-tautan.yaml isi',
      `e-luar.yaml (tautan luar ${path.join(tmp, 'luar.yaml')})`, `f-putus.yaml (tautan putus ${path.join(akar, 'tidak-ada.yaml')})`, 'h-pipa.yaml (bukan berkas biasa)']);
    const r = readContent(akar);
    expect(r.files.map((f) => f.rel)).toEqual(['a.yaml', 'b-folder/c.md', 'd-tautan.yaml']);
    expect(r.folders).toEqual(['b-folder']);
    expect(r.diagnostics.map((d) => `${d.file.slice(akar.length + 1)} ${d.code}`)).toEqual([
      'b-folder/g-induk BERKAS_TIDAK_DIKENAL', 'e-luar.yaml TAUTAN_LUAR', 'f-putus.yaml BERKAS_TIDAK_TERBACA', 'h-pipa.yaml BERKAS_TIDAK_TERBACA']);
  });
});
