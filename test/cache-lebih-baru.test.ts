// kontenLebihBaru (src/cache/build-tetap.ts): the CLI's guess that a build will miss the no-change answer (a content
// entry newer than the cache folder), which starts the preloading worker before the look-up.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kontenLebihBaru } from '../src/cache/build-tetap.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-lebih-baru-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** content (pk/2025/a.md, b.yaml, .git/x) at t=0 s and a cache folder at t=10 s. */
function susun(nama: string) {
  const root = path.join(tmp, nama), konten = path.join(root, 'k'), cache = path.join(root, 'c');
  const waktu = (f: string, detik: number) => { const t = new Date(Date.UTC(2026, 0, 1) + detik * 1000); fs.utimesSync(f, t, t); };
  fs.mkdirSync(path.join(konten, 'pk', '2025'), { recursive: true });
  fs.mkdirSync(path.join(konten, '.git'));
  fs.mkdirSync(cache);
  for (const f of ['pk/2025/a.md', 'b.yaml', '.git/x']) fs.writeFileSync(path.join(konten, f), 'x');
  for (const f of ['pk/2025/a.md', 'b.yaml', '.git/x', '.git', 'pk/2025', 'pk', '.']) waktu(path.join(konten, f), 0);
  waktu(cache, 10);
  return { konten, cache, waktu: (f: string, detik: number) => waktu(path.join(konten, f), detik) };
}

describe('kontenLebihBaru', () => {
  it('false when every content entry is older than the cache folder, or without a cache folder', () => {
    const s = susun('lama');
    expect(kontenLebihBaru(s.konten, s.cache)).toBe(false);
    expect(kontenLebihBaru(s.konten, path.join(tmp, 'tidak-ada'))).toBe(false);
  });

  it('true for a file edited after the last build, however deep; hidden entries skipped', () => {
    const s = susun('baru');
    s.waktu('.git/x', 20);
    s.waktu('.git', 20);
    expect(kontenLebihBaru(s.konten, s.cache)).toBe(false);
    s.waktu('pk/2025/a.md', 20);
    expect(kontenLebihBaru(s.konten, s.cache)).toBe(true);
  });

  it('true for a removed file (its folder changed)', () => {
    const s = susun('hapus');
    fs.rmSync(path.join(s.konten, 'b.yaml'));
    expect(kontenLebihBaru(s.konten, s.cache)).toBe(true);
  });
});
