// pdfkit's cipher module deferred (src/cli/tunda-aes.ts): loading pdfkit no longer runs it (its AES tables); the first
// read of it loads the real module, whose functions then encrypt as the real ones do. In a new process: require's
// cache is per process.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-tunda-aes-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function jalankan(tunda: boolean): Record<string, unknown> {
  const skrip = path.join(tmp, `s${tunda ? 1 : 0}.mts`);
  fs.writeFileSync(skrip, `import { createRequire } from 'node:module';
import { berkasAes, tundaAes } from ${JSON.stringify(path.join(ROOT, 'src/cli/tunda-aes.ts'))};
const f = berkasAes()!;
const ditunda = ${tunda} ? tundaAes() : false;
const req = createRequire(${JSON.stringify(path.join(ROOT, 'x.js'))});
const PDFDocument = req('pdfkit');
const polyval = Object.keys(req.cache).some((k) => k.endsWith('_polyval.js'));
const aes = createRequire(req.resolve('pdfkit'))('@noble/ciphers/aes');
const key = new Uint8Array(16).map((_, i) => i), iv = new Uint8Array(16).fill(7);
const sandi = Buffer.from(aes.cbc(key, iv).encrypt(new TextEncoder().encode('realisasi 97,5 %'))).toString('hex');
const doc = new PDFDocument({ userPassword: 'x', pdfVersion: '1.7', info: { CreationDate: new Date(0) } });
const n: Buffer[] = [];
doc.on('data', (b: Buffer) => n.push(b));
const selesai = new Promise((r) => doc.on('end', r));
doc.text('capaian'); doc.end(); await selesai;
console.log(JSON.stringify({ ditunda, lagi: tundaAes(), polyval, sandi, dimuat: Object.keys(req.cache).includes(f), pdf: Buffer.concat(n).includes('/Filter /Standard') }));`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', skrip], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

describe('tundaAes', () => {
  it('pdfkit loads without running the cipher module; its first read loads the real one, which encrypts alike', () => {
    const tunda = jalankan(true), biasa = jalankan(false);
    expect(tunda.ditunda).toBe(true);
    expect(tunda.lagi).toBe(false); // loaded by then: never put in again
    expect(tunda.polyval).toBe(false); // aes.js (which requires _polyval.js) did not run with pdfkit
    expect(biasa.polyval).toBe(true);
    expect(tunda.sandi).toBe(biasa.sandi);
    expect(tunda.dimuat).toBe(true);
    expect(tunda.pdf).toBe(true); // an encrypted PDF still written
    expect(biasa.pdf).toBe(true);
  });
});
