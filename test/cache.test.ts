// Build cache: a second build renders nothing and writes the same bytes; an edited PK renders only that document;
// a truncated or altered entry is rendered again with the same bytes; no cache without the option; LRU bound.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, type Options } from '../src/pipeline.ts';
import { toOptions } from '../src/cli/build-options.ts';
import { usir } from '../src/cache/simpanan.ts';
import { BASE, ROOT, tempCopy } from './helpers.ts';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-cache-'));
const opts = (konten: string, keluaran: string, extra: Partial<Options> = {}): Options =>
  ({ konten, keluaran, jenis: ['pk', 'lkip', 'iku'], format: ['pdf', 'docx'], kertas: 'A4', ...extra });
const files = (d: string) => Object.fromEntries(fs.readdirSync(d, { recursive: true }).map(String).filter((f) => /\.(pdf|docx)$/.test(f))
  .sort().map((f) => [f, fs.readFileSync(path.join(d, f)).toString('base64')]));
const entries = (c: string) => fs.readdirSync(c).filter((f) => /-(pdf|docx)\.sakip$/.test(f)).sort(); // document entries

describe('cache build', () => {
  const konten = tempCopy(path.join(ROOT, 'contoh/dinas-pangan')); // its LKIP lists pages: the DOCX needs the PDF layout
  const cache = path.join(tmp(), 'cache');
  const [a, b, c, segar] = [tmp(), tmp(), tmp(), tmp()];

  it('renders every document once, then nothing: the same bytes as a build without cache', async () => {
    const r1 = await build(opts(konten, a, { cache }));
    expect(r1.diagnostics.filter((d) => d.severity === 'galat')).toEqual([]);
    const n = r1.outputs.length / 2;
    expect(n).toBeGreaterThanOrEqual(3);
    expect(r1.dirender).toBe(n);
    expect(entries(cache)).toHaveLength(2 * n);
    await build(opts(konten, segar));
    const r2 = await build(opts(konten, b, { cache }));
    expect(r2.dirender).toBe(0);
    expect(r2.outputs).toHaveLength(2 * n);
    expect(files(b)).toEqual(files(segar));
    expect(files(a)).toEqual(files(segar));
  }, 300_000);

  it('an edited PK target renders only that PK again; every file equals a fresh build of the edited content', async () => {
    const f = path.join(konten, 'pk/2025/04-medik-veteriner.md');
    fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replace('target: 12000', 'target: 12500'));
    const r = await build(opts(konten, c, { cache }));
    expect(r.dirender).toBe(1);
    const baru = tmp();
    await build(opts(konten, baru));
    expect(files(c)).toEqual(files(baru));
    expect(files(c)['pk/2025/04-medik-veteriner.pdf']).not.toEqual(files(segar)['pk/2025/04-medik-veteriner.pdf']);
  }, 300_000);

  it('a truncated or altered entry is rendered again, with the same bytes', async () => {
    // every document entry damaged, half truncated, half with one byte changed (the cache also holds entries of
    // the content before the previous test's edit, so damaging only some could miss the ones this build reads)
    entries(cache).forEach((e, i) => {
      const f = path.join(cache, e);
      if (i % 2) { const isi = fs.readFileSync(f); isi[isi.length - 10] ^= 0xff; fs.writeFileSync(f, isi); } // same length
      else fs.truncateSync(f, Math.floor(fs.statSync(f).size / 2));
    });
    // the whole-build entry would answer an unchanged build by itself: take it away so the document entries are read
    for (const f of fs.readdirSync(cache).filter((x) => x.endsWith('-build.sakip'))) fs.rmSync(path.join(cache, f));
    const d = tmp();
    const r = await build(opts(konten, d, { cache }));
    expect(r.dirender).toBe(r.outputs.length / 2); // every document rendered again (PDF and DOCX each)
    expect(files(d)).toEqual(files(c));
    const r2 = await build(opts(konten, tmp(), { cache }));
    expect(r2.dirender).toBe(0);
  }, 300_000);

  it('a DOCX-only build keeps the PDF it laid out for page labels: a later PDF build renders nothing, same bytes', async () => {
    const sendiri = path.join(tmp(), 'cache');
    const [x, y] = [tmp(), tmp()];
    await build(opts(konten, x, { cache: sendiri, format: ['docx'], jenis: ['lkip'] }));
    const r = await build(opts(konten, y, { cache: sendiri, format: ['pdf'], jenis: ['lkip'] }));
    expect(r.dirender).toBe(0);
    expect(files(y)).toEqual(Object.fromEntries(Object.entries(files(c)).filter(([k]) => k.startsWith('lkip/') && k.endsWith('.pdf'))));
    expect(files(x)).toEqual(Object.fromEntries(Object.entries(files(c)).filter(([k]) => k.startsWith('lkip/') && k.endsWith('.docx'))));
  }, 300_000);
});

describe('build tanpa perubahan', () => {
  it('skips reading the content when nothing changed: same warnings and bytes; a comment edit reads again, renders nothing', async () => {
    const konten = tempCopy(path.join(ROOT, 'contoh/dinas-pangan'));
    const keluaran = tmp();
    let dibaca = 0;
    const progres = { dibaca: () => { dibaca++; } };
    const o = opts(konten, keluaran, { cache: path.join(keluaran, '.sakip-cache'), jenis: ['pk', 'iku'] });
    const r1 = await build(o, undefined, progres);
    const sebelum = files(keluaran);
    fs.rmSync(path.join(keluaran, 'pk'), { recursive: true });
    const r2 = await build(o, undefined, progres);
    expect([dibaca, r2.dirender]).toEqual([1, 0]);
    expect(r2.diagnostics).toEqual(r1.diagnostics);
    expect(r2.outputs.map((x) => x.path)).toEqual(r1.outputs.map((x) => x.path));
    expect(files(keluaran)).toEqual(sebelum);
    fs.appendFileSync(path.join(konten, 'instansi.yaml'), '# catatan\n');
    const r3 = await build(o, undefined, progres);
    expect([dibaca, r3.dirender]).toEqual([2, 0]);
    expect(files(keluaran)).toEqual(sebelum);
  }, 300_000);
});

describe('opsi cache', () => {
  it('the CLI caches under ~/.cache/sakip (XDG_CACHE_HOME) unless --tanpa-cache; --cache moves it', () => {
    const raw = { konten: BASE, keluaran: 'keluar', kertas: 'A4' as const };
    const xdg = process.env.XDG_CACHE_HOME;
    process.env.XDG_CACHE_HOME = '/tmp/xdg';
    try { expect(toOptions(raw).cache).toBe('/tmp/xdg/sakip'); } finally { if (xdg === undefined) delete process.env.XDG_CACHE_HOME; else process.env.XDG_CACHE_HOME = xdg; }
    expect(toOptions({ ...raw, tanpaCache: true }).cache).toBeUndefined();
    expect(toOptions({ ...raw, cache: '/tmp/c' }).cache).toBe('/tmp/c');
  });

  it('the pipeline without the option writes no cache', async () => {
    const d = tmp();
    await build(opts(BASE, d, { jenis: ['iku'] }));
    expect(fs.readdirSync(d)).toEqual(['iku']);
  }, 120_000);

  it('eviction removes the least recently used entries until the bound holds', () => {
    const d = tmp();
    for (const [i, n] of ['a', 'b', 'c', 'd'].entries()) {
      fs.writeFileSync(path.join(d, `${n}-pdf.sakip`), Buffer.alloc(100));
      fs.utimesSync(path.join(d, `${n}-pdf.sakip`), 1000 + i, 1000 + [3, 0, 2, 1][i]);
    }
    usir(d, 250);
    expect(entries(d)).toEqual(['a-pdf.sakip', 'c-pdf.sakip']);
  });
});
