// Any module may be imported first: each kind module (src/jenis/<jenis>/index.ts) is imported before anything else
// in a fresh worker thread (own module graph), then the table of kinds. A kind whose checks import a module that imports
// the table of kinds (src/jenis/index.ts) would meet its own row uninitialised ("Cannot access … before
// initialization"). One child process runs a worker per kind, in parallel.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.ts';

const kinds = fs.readdirSync(path.join(ROOT, 'src/jenis')).filter((d) => fs.existsSync(path.join(ROOT, 'src/jenis', d, 'index.ts'))).sort();

const SKRIP = `
import { Worker } from 'node:worker_threads';
const [root, ...kinds] = process.argv.slice(1);
// an ES module (the worker inherits --input-type=module) registering tsx's loader in its own thread
const code = "import { workerData as w, parentPort } from 'node:worker_threads'; import { register } from 'tsx/esm/api'; register();" +
  "try { await import(w.kind); const { JENIS } = await import(w.tabel); parentPort.postMessage(JENIS.length > 1 ? 'ok' : 'JENIS kosong'); }" +
  " catch (e) { parentPort.postMessage(String(e?.message ?? e).split('\\\\n')[0]); }";
const out = {};
await Promise.all(kinds.map(async (k) => {
  out[k] = await new Promise((res) => {
    const w = new Worker(code, { eval: true, workerData: { kind: root + '/src/jenis/' + k + '/index.ts', tabel: root + '/src/jenis/index.ts' } });
    w.once('message', (m) => { res(m); w.terminate(); });
    w.once('error', (e) => res(String(e.message)));
  });
}));
console.log(JSON.stringify(out));
`;

describe('import order', () => {
  it('every kind module can be imported first (before the table of kinds)', () => {
    expect(kinds).toContain('pohon-kinerja');
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', SKRIP, ROOT, ...kinds], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    const hasil = JSON.parse(r.stdout.trim().split('\n').at(-1)!);
    expect(hasil).toEqual(Object.fromEntries(kinds.map((k) => [k, 'ok'])));
  }, 150_000);
});
