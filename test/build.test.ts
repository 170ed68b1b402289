// End to end: build the default content (seed 000) in both formats and check what a reader would see.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, type Options } from '../src/pipeline.ts';
import { readTemplates } from '../src/load/read-templates.ts';
import { docxText, pdfText, wordSet } from './extract.ts';
import { BASE, ROOT, tempCopy } from './helpers.ts';

const CONTENT = path.join(ROOT, 'content');
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-build-'));
const opts = (keluaran: string, extra: Partial<Options> = {}): Options =>
  ({ konten: CONTENT, keluaran, jenis: ['pk'], format: ['pdf', 'docx'], kertas: 'A4', ...extra });
const seedPks = fs.readdirSync(path.join(CONTENT, 'pk/2025')).filter((f) => f.endsWith('.md')).map((f) => f.replace(/\.md$/, ''));
const file = (slug: string, ext: string) => path.join(out, 'pk/2025', `${slug}.${ext}`);

const snapshot = (d: string) => fs.readdirSync(d, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
  .map((e) => path.join(e.parentPath, e.name)).sort().map((f) => `${f}:${fs.statSync(f).mtimeMs}:${crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex')}`).join('\n');
const before = snapshot(CONTENT);

beforeAll(async () => {
  const r = await build(opts(out));
  expect(r.diagnostics.filter((d) => d.severity === 'galat')).toEqual([]);
});

describe('build konten bawaan', () => {
  it('writes a PDF and a DOCX for every PK of seed 000 (27 officials)', () => {
    expect(seedPks).toHaveLength(27);
    for (const s of seedPks) for (const ext of ['pdf', 'docx']) expect(fs.statSync(file(s, ext)).size).toBeGreaterThan(5000);
  });

  it('the Kepala Dinas PK shows six indicators with targets, fourteen programs and the computed total', async () => {
    const { text } = await pdfText(fs.readFileSync(file('01-kepala-dinas', 'pdf')));
    const flat = text.replace(/\n/g, ' ');
    for (const t of ['98%', '0,15%', '10,29%', '80,00%', '12,50%', '78,85']) expect(flat).toContain(t);
    for (const i of ['Persentase ketersediaan barang pokok sepanjang tahun', 'Pertumbuhan nilai produksi IKM', 'Nilai SAKIP Perangkat Daerah']) expect(flat).toContain(i);
    const amounts = ['27.668.500', '134.546.600', '60.043.100', '31.550.500', '334.435.000', '230.971.000', '5.092.699.997', '20.062.107.400',
      '500.707.156', '262.367.444', '111.621.100', '614.736.800', '31.042.000', '34.521.000'];
    for (const a of amounts) expect(flat).toContain(`Rp${a}`);
    expect(flat).toMatch(/JUMLAH Rp27\.529\.017\.597/);
    expect(flat).toContain('NIP. 19751001 199612 1 001');
    expect(flat).toContain('Malili, 2 Januari 2025');
    expect(flat).not.toMatch(/NaN|Infinity|undefined|\[object/);
  });

  it('PDF and DOCX say the same words', async () => {
    for (const s of ['01-kepala-dinas', '15-pengawas-koperasi-wahyuni']) {
      const p = wordSet((await pdfText(fs.readFileSync(file(s, 'pdf')))).text);
      const d = wordSet(docxText(fs.readFileSync(file(s, 'docx'))));
      expect(p).toEqual(d);
    }
  });

  it('Lampiran 1 and Lampiran 2 print the same target for every indicator', async () => {
    const { text } = await pdfText(fs.readFileSync(file('16-analis-perdagangan-dian', 'pdf')));
    expect(text.match(/915 UTTP/g)?.length).toBeGreaterThanOrEqual(2);
    expect(text).not.toContain('945');
  });

  it('two builds give identical bytes', async () => {
    const again = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-build2-'));
    await build(opts(again));
    for (const s of seedPks) for (const ext of ['pdf', 'docx']) {
      expect(Buffer.compare(fs.readFileSync(file(s, ext)), fs.readFileSync(path.join(again, 'pk/2025', `${s}.${ext}`))), `${s}.${ext}`).toBe(0);
    }
  });

  it('a DOCX-only build writes the same DOCX (page numbers of the daftar isi still come from the PDF layout)', async () => {
    // the PK of both formats is the shared build's; the LKIP built in both formats here
    const both = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-both-'));
    const docxOnly = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-docx-'));
    const pick = { jenis: ['pk', 'lkip'], hanya: ['01-kepala-dinas', 'lkip-2024'] };
    await build(opts(both, { jenis: ['lkip'], hanya: ['lkip-2024'] }));
    const r = await build(opts(docxOnly, { ...pick, format: ['docx'] }));
    expect(r.outputs.map((o) => path.relative(docxOnly, o.path)).sort()).toEqual(['lkip/2024/lkip-2024.docx', 'pk/2025/01-kepala-dinas.docx']);
    for (const o of r.outputs) {
      const rel = path.relative(docxOnly, o.path);
      expect(Buffer.compare(Buffer.from(o.bytes), fs.readFileSync(path.join(rel.startsWith('pk') ? out : both, rel))), o.path).toBe(0);
    }
  });

  it('F4 paper gives 215 × 330 mm pages', async () => {
    const f4 = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-f4-'));
    await build(opts(f4, { kertas: 'F4', hanya: ['02-sekretaris'], format: ['pdf'] }));
    const { pages } = await pdfText(fs.readFileSync(path.join(f4, 'pk/2025/02-sekretaris.pdf')));
    expect(Math.round((pages[0].width * 25.4) / 72)).toBe(215);
    expect(Math.round((pages[0].height * 25.4) / 72)).toBe(330);
  });

  it('does not modify content files', () => {
    expect(snapshot(CONTENT)).toBe(before);
  });
});

describe('CLI', () => {
  const run = (...args: string[]) => spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'src/cli/main.ts'), ...args], { encoding: 'utf8', cwd: ROOT });

  it('a malformed content file: message with file and line, exit code 1, no output', () => {
    const bad = tempCopy(BASE, [{ file: 'pk/2025/01-kepala-dinas.md', find: 'tempat: Malili', replace: 'tempat Malili\n  - x' }]);
    const keluaran = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-bad-'));
    const r = run('build', '--konten', bad, '--keluaran', keluaran);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/01-kepala-dinas\.md:\d+:\d+: galat \[YAML_SINTAKS\]/);
    expect(fs.readdirSync(keluaran)).toEqual([]);
  });
  it('--versi prints the package version and exits 0', () => {
    const r = run('--versi');
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  });
  it('bad options exit with code 2', () => {
    expect(run('build', '--format', 'xls').status).toBe(2);
    expect(run('build', '--kertas', 'A3').status).toBe(2);
    expect(run('check', '--konten', '/tidak/ada').status).toBe(2);
    expect(run('pantau', '--format', 'xls').status).toBe(2);
    expect(run('pantau', '--konten', '/tidak/ada').status).toBe(2);
  });
  it('build counts warnings per code; --rinci prints each with its hint', () => {
    const keluaran = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-warn-'));
    const ringkas = run('build', '--jenis', 'iku', '--format', 'pdf', '--keluaran', keluaran);
    expect(ringkas.status).toBe(0);
    expect(ringkas.stderr).toMatch(/^\d+ peringatan \((?:[A-Z_]+ \d+, )*[A-Z_]+ \d+\); rinciannya: sakip check atau build --rinci\.$/m);
    expect(ringkas.stderr).not.toMatch(/saran:/);
    expect(ringkas.stdout).toMatch(/^2 berkas ditulis ke .* dalam \d+,\d\d detik\.$/m);
    const rinci = run('build', '--jenis', 'iku', '--format', 'pdf', '--keluaran', keluaran, '--rinci');
    expect(rinci.stderr).toMatch(/: peringatan \[[A-Z_]+\] [\s\S]*\n  saran: /);
  });
  it('check writes nothing but its cache and exits 0 on the default content; answered the second time, as without cache', () => {
    const r = run('check');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Konten dan templat valid/);
    for (const lagi of [run('check'), run('check', '--tanpa-cache')]) expect([lagi.status, lagi.stdout, lagi.stderr]).toEqual([0, r.stdout, r.stderr]);
  });
});

describe('compiled CLI', () => {
  it('the JavaScript that npm ci compiles (dist/, templates precompiled) writes the same bytes as the TypeScript sources', async () => {
    // compiled next to dist/ (same depth, so templates/ and fonts/ resolve the same way)
    const compiled = fs.mkdtempSync(path.join(ROOT, '.dist-uji-'));
    try {
      const tsc = spawnSync(path.join(ROOT, 'node_modules/.bin/tsc'), ['-p', path.join(ROOT, 'tsconfig.build.json'), '--noCheck', '--outDir', compiled], { encoding: 'utf8' });
      expect(tsc.status, tsc.stdout + tsc.stderr).toBe(0);
      // the built-in templates precompiled as `npm run compile` does (src/render/templat-pra.ts): the JS build below
      // compiles none of them; an edited template text has no file
      const templates = readTemplates();
      const { tulisTemplatPra } = await import(pathToFileURL(path.join(ROOT, 'scripts/templat-pra.mjs')).href) as { tulisTemplatPra(root: string, dist: string): Promise<number> };
      expect(await tulisTemplatPra(ROOT, compiled)).toBe(Object.keys(templates).length);
      const { specPra } = await import(pathToFileURL(path.join(compiled, 'render/templat-pra.js')).href) as typeof import('../src/render/templat-pra.ts');
      for (const [nama, src] of Object.entries(templates)) expect(typeof (specPra(src) as { main?: unknown } | undefined)?.main, nama).toBe('function');
      expect(specPra(`${templates['pk/dokumen']} `)).toBeUndefined();
      const outs = ['js', 'ts'].map((k) => fs.mkdtempSync(path.join(os.tmpdir(), `sakip-${k}-`)));
      const args = ['build', '--jenis', 'iku,pedoman', '--keluaran'];
      const js = spawnSync('node', [path.join(compiled, 'cli/main.js'), ...args, outs[0]], { encoding: 'utf8', cwd: ROOT });
      const ts = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'src/cli/main.ts'), ...args, outs[1]], { encoding: 'utf8', cwd: ROOT });
      expect([js.status, ts.status]).toEqual([0, 0]);
      const files = (d: string) => fs.readdirSync(d, { recursive: true }).map(String).filter((f) => /\.(pdf|docx)$/.test(f)).sort();
      expect(files(outs[0])).toHaveLength(6);
      expect(files(outs[0])).toEqual(files(outs[1]));
      for (const f of files(outs[0])) expect(Buffer.compare(fs.readFileSync(path.join(outs[0], f)), fs.readFileSync(path.join(outs[1], f))), f).toBe(0);
    } finally {
      fs.rmSync(compiled, { recursive: true, force: true });
    }
  }, 180_000); // tsc and two cold builds (each test file has its own empty cache: test/setup-cache.ts)
});
