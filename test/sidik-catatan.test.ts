// The tool fingerprint's kept file digests (src/cache/sidik-catatan.ts): used only while every covered file and
// listing is as recorded, and equal to hashing the files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CATATAN, isiBerkas, isiTercatat, tulisCatatan } from '../src/cache/sidik-catatan.ts';

const dirs: string[] = [];
afterEach(() => { for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true }); });

/** root/ with fonts/a.ttf and a code tree root/dist/ of two files; the record written for `alat` (all of them,
 *  plus a file that does not exist). */
function pohon() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-sidik-'));
  dirs.push(root);
  const code = path.join(root, 'dist');
  fs.mkdirSync(path.join(code, 'cache'), { recursive: true });
  fs.mkdirSync(path.join(root, 'fonts'));
  const f = { font: path.join(root, 'fonts/a.ttf'), a: path.join(code, 'a.js'), b: path.join(code, 'cache/b.js'), hilang: path.join(code, 'tidak-ada.js') };
  fs.writeFileSync(f.font, 'font');
  fs.writeFileSync(f.a, 'export const a = 1;\n');
  fs.writeFileSync(f.b, 'export const b = 2;\n');
  const lama = new Date('2020-01-01T00:00:00Z'); // an edit below always gets a later mtime (coarse file clocks)
  for (const x of [f.font, f.a, f.b]) fs.utimesSync(x, lama, lama);
  const berkas = [f.font, f.a, f.b, f.hilang];
  tulisCatatan(code, root, { alat: berkas });
  return { root, code, f, berkas, awalan: [f.font, f.a, f.b] };
}

describe('kept fingerprint digests', () => {
  it('unchanged files: the kept digest, equal to hashing them; a record with another name or version: none', () => {
    const t = pohon();
    expect(fs.existsSync(path.join(t.code, CATATAN))).toBe(true);
    const isi = isiTercatat(t.code, t.root, 'alat', t.awalan);
    expect(isi).toBe(isiBerkas(t.root, t.berkas));
    expect(isiTercatat(t.code, t.root, 'render', [])).toBeUndefined();
    expect(isiTercatat(t.root, t.root, 'alat', t.awalan)).toBeUndefined(); // no record there (src/ run by tsx)
  });

  it('an edited file (same size), a removed one, one created where none was, another listing: hashed again', () => {
    const kasus: ((t: ReturnType<typeof pohon>) => string[] | void)[] = [
      (t) => { fs.writeFileSync(t.f.a, 'export const a = 3;\n'); },
      (t) => { fs.writeFileSync(t.f.font, 'FONT'); },
      (t) => { fs.rmSync(t.f.b); },
      (t) => { fs.writeFileSync(t.f.hilang, ''); },
      (t) => [...t.awalan, path.join(t.code, 'baru.js')], // a file added to the code tree
      (t) => [path.join(t.root, 'fonts/b.ttf'), t.f.a, t.f.b], // a font added or renamed
    ];
    for (const [i, ubah] of kasus.entries()) {
      const t = pohon();
      expect(isiTercatat(t.code, t.root, 'alat', t.awalan), `kasus ${i} sebelum`).toBeDefined();
      const awalan = ubah(t) ?? t.awalan;
      // a fresh reader: the module keeps records it read, as one build does
      expect(isiTercatat(t.code, t.root, 'alat', awalan), `kasus ${i}`).toBeUndefined();
    }
  });
});
