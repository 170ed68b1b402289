// src/cli/pustaka-ringan.ts through the V8 code-cache hook (src/cli/kode-v8.ts): tiny-inflate answered by zlib (same
// bytes for every table the PDF libraries inflate at load, same contract otherwise) and brotli loaded only when
// fontkit calls it. Module swaps in new processes: require's cache is per process.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { inflateZlib, penggantiModul } from '../src/cli/pustaka-ringan.ts';
import { ROOT } from './helpers.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-pustaka-ringan-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function jalankan(nama: string, isi: string): Record<string, unknown> {
  const skrip = path.join(tmp, `${nama}.mts`);
  fs.writeFileSync(skrip, `import Module, { createRequire } from 'node:module';
import { inflateZlib } from ${JSON.stringify(path.join(ROOT, 'src/cli/pustaka-ringan.ts'))};
import { pasangKodeV8 } from ${JSON.stringify(path.join(ROOT, 'src/cli/kode-v8.ts'))};
const req = createRequire(${JSON.stringify(path.join(ROOT, 'x.js'))});
const pk = createRequire(req.resolve('pdfkit'));
const berkasInflate = () => [createRequire(pk.resolve('fontkit')).resolve('tiny-inflate')];
${isi}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', skrip], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

const pdfkit = createRequire(createRequire(path.join(ROOT, 'x.js')).resolve('pdfkit'));
const fInflate = createRequire(pdfkit.resolve('fontkit')).resolve('tiny-inflate');
const asli = createRequire(fInflate)(fInflate) as (s: Uint8Array, d: Uint8Array) => Uint8Array;
const zl = inflateZlib(() => asli);

describe('pustaka-ringan', () => {
  it('every table linebreak, unicode-properties and fontkit inflate at load: the same bytes as tiny-inflate', () => {
    const r = jalankan('rekam', `const f = berkasInflate()[0];
const real = req(f);
const zl = inflateZlib(() => real);
let n = 0, beda = 0, bytes = 0;
const m = new Module(f); m.filename = f; m.loaded = true;
m.exports = (s, d) => { const a = real(s, new Uint8Array(d.length)), b = zl(s, new Uint8Array(d.length)); n++; bytes += a.length;
  if (a.length !== b.length || !Buffer.from(a).equals(Buffer.from(b))) beda++; return real(s, d); };
Module._cache[f] = m;
const pdfkit = createRequire(req.resolve('pdfkit'));
pdfkit('linebreak'); pdfkit('fontkit'); createRequire(pdfkit.resolve('fontkit'))('unicode-properties');
console.log(JSON.stringify({ n, beda, bytes }));`);
    expect(r.beda).toBe(0);
    expect(r.n).toBeGreaterThanOrEqual(3); // linebreak's, unicode-properties' and fontkit's tables at least
    expect(r.bytes).toBeGreaterThan(100_000);
  });

  it('installed: no tiny-inflate nor brotli dictionary runs; fontkit lays out, linebreak breaks; brotli works when called', () => {
    const isi = (pasang: boolean) => `const selesai = ${pasang} ? pasangKodeV8(${JSON.stringify(path.join(tmp, 'cache'))}) : undefined;
const pdfkit = createRequire(req.resolve('pdfkit'));
const LineBreaker = pdfkit('linebreak'); const fontkit = pdfkit('fontkit');
const font = fontkit.openSync(${JSON.stringify(path.join(ROOT, 'fonts/Tinos_400Regular.ttf'))});
const glyf = font.layout('Capaian realisasi 97,5 % — ﬁ “efisiensi”').glyphs.map((g) => g.id).join(',');
const br = new LineBreaker('Sasaran strategis: meningkatnya daya saing UMKM, koperasi-industri.'); const putus = []; let b;
while ((b = br.nextBreak())) putus.push(b.position);
const kamus = Object.keys(req.cache).some((k) => k.includes('brotli') && k.includes('dictionary'));
const dek = createRequire(pdfkit.resolve('fontkit'))('brotli/decompress.js');
const teks = Buffer.from('Perjanjian Kinerja '.repeat(50));
const z = await import('node:zlib');
const balik = Buffer.from(dek(z.brotliCompressSync(teks))).equals(teks);
const inflasi = Object.keys(req.cache).filter((k) => k.endsWith('tiny-inflate/index.js')).map((k) => req.cache[k].exports.name);
let galat; try { req(berkasInflate()[0])(Buffer.from([255, 255, 255, 255]), new Uint8Array(10)); } catch (e) { galat = e.message; } // the real module's error
selesai?.();
console.log(JSON.stringify({ glyf, putus, kamus, balik, inflasi, galat }));`;
    const pasang = jalankan('pasang', isi(true)), biasa = jalankan('biasa', isi(false));
    expect(pasang.kamus).toBe(false); // brotli's dictionary not decoded by loading fontkit
    expect(biasa.kamus).toBe(true);
    expect(pasang.inflasi).toEqual(['inflate']); // the stand-in (tiny-inflate's own is tinf_uncompress)
    expect(biasa.inflasi).toEqual(['tinf_uncompress']);
    expect(pasang.galat).toBe('Data error'); // zlib refused: the real module, compiled apart, threw its own
    expect(biasa.galat).toBe('Data error');
    expect(pasang.glyf).toBe(biasa.glyf);
    expect(pasang.putus).toEqual(biasa.putus);
    expect(pasang.balik).toBe(true); // the stand-in loaded the real decompressor at its call
  });

  it('matched by the path inside node_modules only', () => {
    expect(penggantiModul(fInflate)).toBeDefined();
    expect(penggantiModul(path.join(path.dirname(fInflate), '..', 'brotli', 'decompress.js'))).toBeDefined();
    expect(penggantiModul(path.join(ROOT, 'src', 'tiny-inflate', 'index.js'))).toBeUndefined();
    expect(penggantiModul(path.join(path.dirname(fInflate), 'lain.js'))).toBeUndefined();
  });

  it("tiny-inflate's contract: shorter output returned as a copy, longer cut, bad data throws its error", () => {
    const data = Buffer.from('target 100 realisasi 97,5 capaian 97,50 '.repeat(40));
    const raw = zlib.deflateRawSync(data);
    for (const n of [data.length, data.length + 10, 100]) {
      const a = asli(raw, new Uint8Array(n)), b = zl(raw, new Uint8Array(n));
      expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
      expect(b.length).toBe(a.length);
    }
    const d = new Uint8Array(data.length + 10);
    expect(zl(raw, d)).not.toBe(d); // a copy of the filled part, as tiny-inflate's slice
    const rusak = Buffer.from([0xff, 0xff, 0xff, 0xff]);
    expect(() => asli(rusak, new Uint8Array(10))).toThrow('Data error');
    expect(() => zl(rusak, new Uint8Array(10))).toThrow('Data error');
  });
});
