// Model cache (src/cache/model.ts): a rebuild runs the templates only for documents whose view changed; a template
// change or a damaged entry runs them again; outputs and diagnostics (the cross-reference check reads the cached
// caption labels) always equal a build without cache.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, check, type Options } from '../src/pipeline.ts';
import { MemoParse } from '../src/cache/parse.ts';
import { pakaiMemoYaml } from '../src/load/yaml-source.ts';
import { jsonView } from '../src/cache/model.ts';
import { kepalaEntri } from '../src/cache/simpanan.ts';
import { TEMPLATES_DIR } from '../src/load/read-templates.ts';
import { ROOT, tempCopy } from './helpers.ts';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-cache-model-'));
const opts = (konten: string, keluaran: string, extra: Partial<Options> = {}): Options =>
  ({ konten, keluaran, jenis: ['pk', 'lkip', 'iku'], format: ['pdf', 'docx'], kertas: 'A4', ...extra });
const files = (d: string) => Object.fromEntries(fs.readdirSync(d, { recursive: true }).map(String).filter((f) => /\.(pdf|docx)$/.test(f))
  .sort().map((f) => [f, fs.readFileSync(path.join(d, f)).toString('base64')]));
const modelEntries = (c: string) => fs.readdirSync(c).filter((f) => f.endsWith('-model.sakip')).map((f) => path.join(c, f));
/** Without the whole-build entry a build reads the content and asks the model cache. */
const tanpaEntriBuild = (c: string) => { for (const f of fs.readdirSync(c).filter((x) => x.endsWith('-build.sakip'))) fs.rmSync(path.join(c, f)); };
const codes = (r: { diagnostics: { code: string; file: string; line: number; message: string }[] }) => r.diagnostics;

describe('model cache', () => {
  const konten = tempCopy(path.join(ROOT, 'contoh/dinas-pangan'));
  // a cross-reference to a table no document has: its warning must come from cached labels too
  const lkip = fs.readdirSync(path.join(konten, 'lkip')).map((t) => path.join(konten, 'lkip', t, 'lkip.md')).find((f) => fs.existsSync(f))!;
  const teks = fs.readFileSync(lkip, 'utf8');
  const bab = teks.indexOf('\n## ', teks.indexOf('\n---', 4));
  fs.writeFileSync(lkip, `${teks.slice(0, teks.indexOf('\n', bab + 1) + 1)}\nLihat Tabel 9.9 dan Tabel 2.1.\n${teks.slice(teks.indexOf('\n', bab + 1) + 1)}`);
  const cache = path.join(tmp(), 'cache');
  let n = 0;

  it('a rebuild without changes runs no template; outputs and warnings equal a build without cache', async () => {
    const r1 = await build(opts(konten, tmp(), { cache }));
    n = r1.outputs.length / 2;
    expect(r1.templat).toBe(n);
    expect(r1.diagnostics.some((d) => d.code === 'RUJUKAN_SILANG' && d.message.includes('Tabel 9.9'))).toBe(true);
    expect(modelEntries(cache)).toHaveLength(n);
    tanpaEntriBuild(cache);
    const d = tmp();
    const r2 = await build(opts(konten, d, { cache }));
    expect([r2.templat, r2.dirender]).toEqual([0, 0]);
    const segar = tmp();
    const r0 = await build(opts(konten, segar));
    expect(codes(r2)).toEqual(codes(r0));
    expect(files(d)).toEqual(files(segar));
  }, 300_000);

  it('an edited PK runs the templates of the documents whose view changed only', async () => {
    const f = path.join(konten, 'pk/2025/04-medik-veteriner.md');
    fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replace('target: 12000', 'target: 12500'));
    const d = tmp();
    const r = await build(opts(konten, d, { cache }));
    expect(r.dirender).toBe(1);
    expect(r.templat).toBe(1);
    const segar = tmp();
    const r0 = await build(opts(konten, segar));
    expect(codes(r)).toEqual(codes(r0));
    expect(files(d)).toEqual(files(segar));
  }, 300_000);

  it('a changed template runs every document\'s templates again', async () => {
    const templat = path.join(tmp(), 'templates');
    fs.cpSync(TEMPLATES_DIR, templat, { recursive: true });
    const kop = path.join(templat, 'umum/kop.hbs');
    fs.appendFileSync(kop, '{{!-- diubah --}}');
    tanpaEntriBuild(cache);
    const r = await build(opts(konten, tmp(), { cache, templat }));
    expect(r.templat).toBe(n);
    expect(r.dirender).toBe(0); // same models: the rendered bytes are reused
  }, 300_000);

  it('a damaged or foreign model entry runs the templates again, with the same bytes and warnings', async () => {
    modelEntries(cache).forEach((f, i) => {
      if (i % 3 === 0) fs.truncateSync(f, 20);
      else if (i % 3 === 1) { const isi = fs.readFileSync(f); isi[isi.length - 3] ^= 0x20; fs.writeFileSync(f, isi); }
      else { // valid checksum, wrong shape
        const isi = Buffer.from('{"kunci":1}');
        fs.writeFileSync(f, Buffer.concat([kepalaEntri('model', isi), isi]));
      }
    });
    tanpaEntriBuild(cache);
    const d = tmp();
    const r = await build(opts(konten, d, { cache }));
    expect(r.templat).toBe(n);
    const segar = tmp();
    const r0 = await build(opts(konten, segar));
    expect(codes(r)).toEqual(codes(r0));
    expect(files(d)).toEqual(files(segar));
  }, 300_000);
});

describe('jsonView', () => {
  it('tells apart what plain JSON does not, and refuses what it cannot describe', () => {
    expect(jsonView({ a: undefined })).not.toBe(jsonView({}));
    expect(jsonView({ a: [undefined] })).not.toBe(jsonView({ a: [null] }));
    class Angka { constructor(private s: string) {} toJSON() { return this.s; } }
    expect(jsonView({ a: new Angka('1.5') })).not.toBe(jsonView({ a: '1.5' }));
    expect(jsonView({ a: new Map([[1, 2]]) })).toBeUndefined();
    expect(jsonView({ a: () => 1 })).toBeUndefined();
    expect(jsonView({ a: { b: [1, 'x', null] } })).toBe(JSON.stringify({ a: { b: [1, 'x', null] } }));
  });
});

describe('parse memo', () => {
  it('a rebuild parses only the edited files; data and warnings (their positions too) equal a fresh parse', async () => {
    const konten = tempCopy(path.join(ROOT, 'contoh/dinas-pangan'));
    const segar = check(konten);
    const m1 = new MemoParse();
    pakaiMemoYaml(m1);
    try { check(konten); } finally { pakaiMemoYaml(undefined); }
    const f = path.join(konten, 'pk/2025/04-medik-veteriner.md');
    fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replace('target: 12000', 'target: 12500'));
    const m2 = m1.berikut();
    const hasil: boolean[] = [];
    const ambil = m2.ambil.bind(m2);
    m2.ambil = (k) => { const v = ambil(k); hasil.push(v !== undefined); return v; };
    pakaiMemoYaml(m2);
    let dariMemo: ReturnType<typeof check>;
    try { dariMemo = check(konten); } finally { pakaiMemoYaml(undefined); }
    expect(hasil.filter((h) => !h)).toHaveLength(1); // the edited PK's front matter
    expect(hasil.filter((h) => h).length).toBeGreaterThan(10);
    const ulang = check(konten);
    expect(dariMemo.diagnostics).toEqual(ulang.diagnostics);
    expect(dariMemo.diagnostics.length).toBeGreaterThan(0);
    expect(JSON.stringify(dariMemo.content)).toBe(JSON.stringify(ulang.content));
    expect(JSON.stringify(ulang.content)).not.toBe(JSON.stringify(segar.content));
  }, 120_000);
});
