// The CLI as `npm ci` leaves it: scripts/compile.mjs writes tsc's output and the esbuild bundle dist/bundel/ that
// bin/sakip.js runs. The bundle must write the same bytes as the sources, and load only what a command needs:
// every module a run loads is recorded by test/fixtures/modul/catat.mjs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.ts';

const CATAT = path.join(ROOT, 'test/fixtures/modul/catat.mjs');
const VERSI = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
// beside dist/ (same depth: templates/, fonts/ and package.json resolve as from dist/)
const dist = fs.mkdtempSync(path.join(ROOT, '.dist-uji-bundel-'));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-bundel-'));
const bundel = path.join(dist, 'bundel');
let n = 0;

/** Runs the bundled CLI; returns its output and the files of every module it loaded. */
function jalan(...args: string[]) {
  const log = path.join(tmp, `modul-${n++}.txt`);
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(CATAT).href, path.join(bundel, 'main.js'), ...args],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, SAKIP_CATAT_MODUL: log }, timeout: 120_000 });
  const modul = fs.existsSync(log) ? [...new Set(fs.readFileSync(log, 'utf8').split('\n').filter((u) => u.startsWith('file:')))].map((u) => fileURLToPath(u)) : [];
  // the sources in the loaded bundle files, by the "// src/…" and "// node_modules/…" comments esbuild writes
  const isi = modul.filter((f) => f.startsWith(bundel + path.sep)).map((f) => fs.readFileSync(f, 'utf8')).join('\n');
  return { ...r, modul, isi };
}

beforeAll(() => {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/compile.mjs'), dist], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status, r.stdout + r.stderr).toBe(0);
  expect(fs.existsSync(path.join(bundel, 'main.js')), 'dist/bundel/main.js').toBe(true);
}, 180_000);
afterAll(() => {
  fs.rmSync(dist, { recursive: true, force: true });
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('bundled CLI (dist/bundel/)', () => {
  it('--versi prints the version and loads neither the pipeline, the libraries nor tsc output', () => {
    const r = jalan('--versi');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe(VERSI);
    expect(r.modul.filter((f) => f.includes(`${path.sep}node_modules${path.sep}`))).toEqual([]);
    expect(r.modul.filter((f) => f.startsWith(dist + path.sep) && !f.startsWith(bundel + path.sep))).toEqual([]);
    expect(r.modul.length).toBeLessThan(10); // the sources run 450 modules
    for (const m of [/^\/\/ src\/pipeline\.ts$/m, /^\/\/ src\/jenis\//m, /^\/\/ src\/validate\//m, /^\/\/ \S*node_modules\/zod\//m, /^\/\/ \S*node_modules\/handlebars\//m]) expect(r.isi).not.toMatch(m);
    expect(r.isi).toMatch(/^\/\/ src\/cli\/main\.ts$/m);
  });

  it('builds contoh/dinas-pangan to the same bytes as the sources; the backends load only to render', () => {
    const args = (keluaran: string, ...x: string[]) => ['build', '--konten', 'contoh/dinas-pangan', '--jenis', 'iku', '--keluaran', keluaran, '--senyap', ...x];
    const cache = path.join(tmp, 'cache');
    const dingin = jalan(...args(path.join(tmp, 'bundel'), '--cache', cache));
    expect(dingin.status, dingin.stderr).toBe(0);
    expect(dingin.isi).toMatch(/^\/\/ src\/pipeline\.ts$/m);
    expect(dingin.isi).toMatch(/^\/\/ \S*node_modules\/zod\//m); // bundled, as the markers --versi must not load
    expect(dingin.modul.filter((f) => f.startsWith(bundel + path.sep) && f.endsWith('.cjs')).length).toBeGreaterThan(3); // CommonJS chunks (V8 code cache)
    expect(dingin.modul).toContain(path.join(bundel, 'backend-pdf.cjs')); // CommonJS: pdfkit is patched before pdfmake loads
    expect(dingin.modul.filter((f) => f.startsWith(path.join(dist, 'backends') + path.sep))).toEqual([]);
    expect(dingin.modul.some((f) => f.includes(`${path.sep}node_modules${path.sep}pdfmake${path.sep}`))).toBe(true);
    // nothing to render: the cache answers and the backends stay unloaded
    const hangat = jalan(...args(path.join(tmp, 'bundel'), '--cache', cache));
    expect(hangat.status, hangat.stderr).toBe(0);
    expect(hangat.modul.filter((f) => f.includes(`${path.sep}backends${path.sep}`) || f.includes(`${path.sep}backend-`) || f.includes(`${path.sep}pdfmake${path.sep}`))).toEqual([]);

    const ts = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'src/cli/main.ts'), ...args(path.join(tmp, 'ts'), '--tanpa-cache')], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(ts.status, ts.stderr).toBe(0);
    const berkas = (d: string) => fs.readdirSync(d, { recursive: true }).map(String).filter((f) => /\.(pdf|docx)$/.test(f)).sort();
    expect(berkas(path.join(tmp, 'bundel')).length).toBeGreaterThan(0);
    expect(berkas(path.join(tmp, 'bundel'))).toEqual(berkas(path.join(tmp, 'ts')));
    for (const f of berkas(path.join(tmp, 'ts'))) expect(Buffer.compare(fs.readFileSync(path.join(tmp, 'bundel', f)), fs.readFileSync(path.join(tmp, 'ts', f))), f).toBe(0);
  }, 180_000);

  it("worker threads render with the backends' CommonJS bundles too, not tsc's dist/backends/; same bytes", () => {
    const keluaran = path.join(tmp, 'pekerja');
    const r = jalan('build', '--konten', 'contoh/dinas-pangan', '--jenis', 'iku,pk', '--keluaran', keluaran, '--senyap', '--tanpa-cache', '--pekerja', '2');
    expect(r.status, r.stderr).toBe(0);
    expect(r.modul).toContain(path.join(bundel, 'pekerja-render.cjs')); // the workers ran, from their CommonJS bundle
    expect(r.modul).not.toContain(path.join(dist, 'pekerja-render.js'));
    expect(r.modul).toContain(path.join(bundel, 'backend-pdf.cjs'));
    expect(r.modul.filter((f) => f.startsWith(path.join(dist, 'backends') + path.sep))).toEqual([]);
    const ts = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'src/cli/main.ts'), 'build', '--konten', 'contoh/dinas-pangan', '--jenis', 'iku,pk', '--keluaran', path.join(tmp, 'pekerja-ts'), '--senyap', '--tanpa-cache'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(ts.status, ts.stderr).toBe(0);
    const berkas = (d: string) => fs.readdirSync(d, { recursive: true }).map(String).filter((f) => /\.(pdf|docx)$/.test(f)).sort();
    expect(berkas(keluaran)).toEqual(berkas(path.join(tmp, 'pekerja-ts')));
    for (const f of berkas(keluaran)) expect(Buffer.compare(fs.readFileSync(path.join(keluaran, f)), fs.readFileSync(path.join(tmp, 'pekerja-ts', f))), f).toBe(0);
  }, 180_000);

  it('a no-change build is answered before the pipeline, the kinds or zod load; any change still reaches the pipeline', () => {
    const konten = fs.mkdtempSync(path.join(tmp, 'konten-'));
    fs.cpSync(path.join(ROOT, 'contoh/dinas-pangan'), konten, { recursive: true });
    const keluaran = path.join(tmp, 'tetap'), cache = path.join(tmp, 'cache-tetap');
    const build = (...x: string[]) => jalan('build', '--konten', konten, '--jenis', 'iku,pk', '--keluaran', keluaran, '--cache', cache, ...x);
    const pipeline = (r: ReturnType<typeof jalan>) => /^\/\/ src\/pipeline\.ts$/m.test(r.isi);
    const dingin = build();
    expect(dingin.status, dingin.stderr).toBe(0);
    expect(pipeline(dingin)).toBe(true);
    const berkas = fs.readdirSync(keluaran, { recursive: true }).map(String).filter((f) => /\.(pdf|docx)$/.test(f)).sort();
    const bytes = new Map(berkas.map((f) => [f, fs.readFileSync(path.join(keluaran, f))]));
    const ringkas = (s: string) => s.split('\n').filter((l) => /peringatan/.test(l)).join('\n');
    const tetap = build();
    expect(tetap.status, tetap.stderr).toBe(0);
    for (const m of [/^\/\/ src\/pipeline\.ts$/m, /^\/\/ src\/jenis\//m, /^\/\/ src\/validate\/checks\//m, /^\/\/ \S*node_modules\/zod\//m, /^\/\/ \S*node_modules\/handlebars\//m]) expect(tetap.isi).not.toMatch(m);
    expect(tetap.isi).toMatch(/^\/\/ src\/cache\/build-tetap\.ts$/m);
    expect(ringkas(tetap.stderr)).toBe(ringkas(dingin.stderr)); // the cached build's warnings
    expect(ringkas(tetap.stderr)).not.toBe('');
    expect(tetap.stdout).toMatch(new RegExp(`^${berkas.length} berkas ditulis ke `));
    // a deleted output: still answered from the cache, the file written again
    fs.rmSync(path.join(keluaran, berkas[0]));
    const hapus = build();
    expect([hapus.status, pipeline(hapus)]).toEqual([0, false]);
    for (const f of berkas) expect(Buffer.compare(fs.readFileSync(path.join(keluaran, f)), bytes.get(f)!), f).toBe(0);
    // another option, an edited content file, another tool fingerprint (dist/ edited by hand): the pipeline runs
    expect(pipeline(build('--kertas', 'F4'))).toBe(true);
    const iku = path.join(konten, 'iku/2025-2029.md');
    fs.appendFileSync(iku, '\n');
    expect(pipeline(build())).toBe(true);
    expect(pipeline(build())).toBe(false);
    fs.appendFileSync(path.join(dist, 'cache', 'manifest.js'), '\n// disunting\n');
    const alat = build();
    expect([alat.status, pipeline(alat)]).toEqual([0, true]);
    expect(pipeline(build())).toBe(false); // the fingerprint is hashed now, the same each time
    for (const f of berkas) expect(Buffer.compare(fs.readFileSync(path.join(keluaran, f)), bytes.get(f)!), f).toBe(0);
  }, 180_000);

  it('help of every command and a bad option read as from the sources', () => {
    for (const a of [['--help'], ['pratinjau', '--help'], ['bild'], ['build', '--jenis', 'xx']]) {
      const b = jalan(...a);
      const ts = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'src/cli/main.ts'), ...a], { cwd: ROOT, encoding: 'utf8' });
      expect([b.status, b.stdout, b.stderr], a.join(' ')).toEqual([ts.status, ts.stdout, ts.stderr]);
    }
  }, 120_000);
});
