// The V8 code cache for CommonJS libraries (src/cli/kode-v8.ts): a module runs as under Node's own loader, its
// data is written once and taken by the next process; damaged data is ignored and written again. One process per
// load: V8 keeps compiled sources in memory and would not read the data twice in one process.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { pangkas } from '../src/cli/kode-v8.ts';
import { ROOT } from './helpers.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-kode-v8-'));
const lib = path.join(tmp, 'node_modules', 'contoh');
fs.mkdirSync(lib, { recursive: true });
fs.writeFileSync(path.join(lib, 'package.json'), '{"name":"contoh","main":"index.js"}');
fs.writeFileSync(path.join(lib, 'index.js'), `'use strict';
const b = require('./b.js');
module.exports = { dua: b.kali(21, 2), file: __filename, dir: __dirname, ini: this === module.exports,
  resolve: require.resolve('./b.js'), paths: Array.isArray(require.resolve.paths('x')), cache: require.cache === require('node:module')._cache };`);
fs.writeFileSync(path.join(lib, 'b.js'), 'exports.kali = (a, b) => a * b;');
fs.writeFileSync(path.join(lib, 'dinamis.js'), 'module.exports = () => import("node:path");');
const cache = path.join(tmp, 'cache');
const dir = path.join(cache, 'kode-v8');
const skrip = path.join(tmp, 'muat.mts');
fs.writeFileSync(skrip, `import { createRequire } from 'node:module';
import { pasangKodeV8 } from ${JSON.stringify(path.join(ROOT, 'src/cli/kode-v8.ts'))};
const selesai = pasangKodeV8(${JSON.stringify(cache)});
const m = createRequire(${JSON.stringify(path.join(tmp, 'x.js'))})(process.argv[2]);
const ditulis = selesai();
console.log(JSON.stringify({ m: typeof m === 'function' ? (await m()).sep : m, ditulis }));`);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Loads the fixture library in a new process under the hook: its exports and how many data files it wrote. */
function muat(nama = 'contoh'): { m: unknown; ditulis: number } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', skrip, nama], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as { m: unknown; ditulis: number };
}

describe('V8 code cache for CommonJS libraries', () => {
  it('runs a module as Node does; its data is written once, then taken; damaged data is written again', () => {
    const a = muat();
    expect(a).toEqual({ m: { dua: 42, file: path.join(lib, 'index.js'), dir: lib, ini: true, resolve: path.join(lib, 'b.js'), paths: true, cache: true }, ditulis: 2 });
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.bin'))).toHaveLength(2);
    expect(muat()).toEqual({ ...a, ditulis: 0 }); // both taken from the cache
    // a flipped byte V8 itself would take, and a truncated entry: ignored, written again
    const [f1, f2] = fs.readdirSync(dir).map((f) => path.join(dir, f));
    const b = fs.readFileSync(f1);
    b[b.length - 5] ^= 0xff;
    fs.writeFileSync(f1, b);
    fs.writeFileSync(f2, fs.readFileSync(f2).subarray(0, 40));
    expect(muat()).toEqual(a);
    expect(muat().ditulis).toBe(0);
  });

  it('an entry of the earlier format (SHA-256 first) or with a flipped header byte is written again', () => {
    const fs2 = fs.readdirSync(dir).filter((f) => f.endsWith('.bin')).map((f) => path.join(dir, f));
    expect(fs2).toHaveLength(2);
    const [lama, kepala] = fs2;
    const d = fs.readFileSync(lama).subarray(8);
    fs.writeFileSync(lama, Buffer.concat([crypto.createHash('sha256').update(d).digest(), d]));
    const b = fs.readFileSync(kepala);
    b[5] ^= 0x01; // the CRC
    fs.writeFileSync(kepala, b);
    const a = muat();
    expect(a.ditulis).toBe(2);
    expect(fs.readFileSync(lama).subarray(0, 4).toString()).toBe('SKV8');
    expect(muat().ditulis).toBe(0);
  });

  it('a source rewritten with the same length gets new data, not the old', () => {
    const f = path.join(lib, 'sama.js');
    fs.writeFileSync(f, 'module.exports = 1;');
    expect(muat('contoh/sama.js')).toEqual({ m: 1, ditulis: 1 });
    expect(muat('contoh/sama.js')).toEqual({ m: 1, ditulis: 0 });
    const t = fs.statSync(f).mtime;
    fs.writeFileSync(f, 'module.exports = 2;');
    fs.utimesSync(f, t, t); // even with the old mtime: the ctime changed
    expect(muat('contoh/sama.js')).toEqual({ m: 2, ditulis: 1 });
  });

  it("a module with a dynamic import is left to Node's loader", () => {
    expect(muat('contoh/dinamis.js')).toEqual({ m: path.sep, ditulis: 0 });
  });

  it("the bundle's chunks: data written only when asked (a small rebuild), then taken; one importing an ES module left to Node", () => {
    const bundel = path.join(tmp, 'bundel');
    fs.mkdirSync(bundel);
    // a template like src/pekerja-baru.ts's holds the text "import(": only the bundler's mark counts
    fs.writeFileSync(path.join(bundel, 'chunk.cjs'), 'exports.sep = () => require("./esm.cjs").sep(); exports.file = __filename; exports.t = (u) => `import(${u})`;');
    fs.writeFileSync(path.join(bundel, 'esm.cjs'), 'exports.sep = () => import(/* esm */ "node:path").then((m) => m.sep);');
    const s = path.join(tmp, 'bundel.mts');
    fs.writeFileSync(s, `import { createRequire } from 'node:module';
import { pasangKodeV8 } from ${JSON.stringify(path.join(ROOT, 'src/cli/kode-v8.ts'))};
const selesai = pasangKodeV8(${JSON.stringify(path.join(tmp, 'cache-bundel'))}, ${JSON.stringify(bundel + path.sep)});
const m = createRequire(${JSON.stringify(path.join(bundel, 'x.js'))})('./chunk.cjs');
console.log(JSON.stringify({ sep: await m.sep(), file: m.file, ditulis: selesai(process.argv[2] === 'ya') }));`);
    const jalan = (tulis: boolean) => {
      const r = spawnSync(process.execPath, ['--import', 'tsx', s, tulis ? 'ya' : 'tidak'], { cwd: ROOT, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      return JSON.parse(r.stdout) as { sep: string; file: string; ditulis: number };
    };
    const a = { sep: path.sep, file: path.join(bundel, 'chunk.cjs') };
    expect(jalan(false)).toEqual({ ...a, ditulis: 0 }); // a large build: the bundle's data not written
    expect(jalan(true)).toEqual({ ...a, ditulis: 1 });
    expect(jalan(true)).toEqual({ ...a, ditulis: 0 }); // taken
  });

  it('keeps the directory bounded: the oldest entries go first', () => {
    const d = path.join(tmp, 'pangkas');
    fs.mkdirSync(d);
    for (const [i, n] of ['a', 'b', 'c'].entries()) {
      fs.writeFileSync(path.join(d, `${n}.bin`), Buffer.alloc(100));
      fs.utimesSync(path.join(d, `${n}.bin`), new Date(2020, 0, i + 1), new Date(2020, 0, i + 1));
    }
    pangkas(d, 250);
    expect(fs.readdirSync(d).sort()).toEqual(['b.bin', 'c.bin']);
  });
});
