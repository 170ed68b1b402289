// bin/segar.js: bin/sakip.js runs dist/ only while dist/.stamp is newer than every file and folder of src/.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript beside bin/sakip.js
import { compiledIsFresh } from '../bin/segar.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-segar-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A root with src/a.ts, src/x/y/b.ts and dist/.stamp, the stamp 10 s after the sources. */
function akar(nama: string): { root: string; waktu: (f: string, detik: number) => void } {
  const root = path.join(tmp, nama);
  const waktu = (f: string, detik: number) => { const t = new Date(Date.UTC(2026, 0, 1) + detik * 1000); fs.utimesSync(path.join(root, f), t, t); };
  fs.mkdirSync(path.join(root, 'src', 'x', 'y'), { recursive: true });
  fs.mkdirSync(path.join(root, 'dist'));
  for (const f of ['src/a.ts', 'src/x/y/b.ts', 'dist/.stamp']) fs.writeFileSync(path.join(root, f), '');
  for (const f of ['src/a.ts', 'src/x/y/b.ts', 'src/x/y', 'src/x', 'src']) waktu(f, 0);
  waktu('dist/.stamp', 10);
  return { root, waktu };
}

describe('compiledIsFresh', () => {
  it('true while the stamp is newer than every entry', () => {
    expect(compiledIsFresh(akar('segar').root)).toBe(true);
  });

  it('false for a file edited after the stamp, however deep', () => {
    const a = akar('dalam');
    a.waktu('src/x/y/b.ts', 20);
    expect(compiledIsFresh(a.root)).toBe(false);
    a.waktu('src/x/y/b.ts', 0);
    a.waktu('src/a.ts', 10); // the same time as the stamp: not older
    expect(compiledIsFresh(a.root)).toBe(false);
  });

  it('false for a removed file (its folder changed) or without a stamp', () => {
    const a = akar('hapus');
    fs.rmSync(path.join(a.root, 'src/x/y/b.ts'));
    expect(compiledIsFresh(a.root)).toBe(false);
    const b = akar('tanpa-stamp');
    fs.rmSync(path.join(b.root, 'dist/.stamp'));
    expect(compiledIsFresh(b.root)).toBe(false);
  });
});
