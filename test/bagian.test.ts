// --bagian i/n: every document in exactly one share for any n, the same assignment whatever the listing order,
// and the union of the share builds equals a full build byte for byte.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bacaBagian, bagiDokumen } from '../src/bagian.ts';
import { build, type Options } from '../src/pipeline.ts';
import { ROOT } from './helpers.ts';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-bagian-'));
const files = (d: string) => Object.fromEntries(fs.readdirSync(d, { recursive: true }).map(String).filter((f) => /\.(pdf|docx)$/.test(f))
  .sort().map((f) => [f, fs.readFileSync(path.join(d, f)).toString('base64')]));

describe('bagiDokumen', () => {
  it('assigns each document one share in 1..n, independent of the listing order, weight-balanced', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.string({ minLength: 1 }), { minLength: 0, maxLength: 60 }), fc.integer({ min: 1, max: 9 }), fc.nat(), (jalur, n, seed) => {
      const docs = jalur.map((j, i) => ({ jalur: j, bobot: ((i * 7919 + seed) % 97) + 1 }));
      const s = bagiDokumen(docs, n);
      expect(s).toHaveLength(docs.length);
      for (const k of s) expect(k >= 1 && k <= n).toBe(true);
      const balik = [...docs].reverse();
      const sBalik = bagiDokumen(balik, n);
      const peta = new Map(docs.map((d, i) => [d.jalur, s[i]]));
      balik.forEach((d, i) => expect(sBalik[i]).toBe(peta.get(d.jalur)));
      // greedy bound: no share exceeds the lightest by more than the heaviest document
      const muatan = Array.from({ length: n }, (_, k) => docs.reduce((a, d, i) => a + (s[i] === k + 1 ? d.bobot : 0), 0));
      if (docs.length) expect(Math.max(...muatan) - Math.min(...muatan)).toBeLessThanOrEqual(Math.max(...docs.map((d) => d.bobot)));
    }));
  });

  it('reads i/n and refuses the rest', () => {
    expect(bacaBagian('2/4')).toEqual({ ke: 2, dari: 4 });
    expect(bacaBagian(' 1 / 1 ')).toEqual({ ke: 1, dari: 1 });
    for (const s of ['0/3', '4/3', '1/0', '2', 'a/b', '1/2/3']) expect(typeof bacaBagian(s)).toBe('string');
  });
});

describe('build per bagian', () => {
  it('the shares of 3 cover every document once; their union equals the full build byte for byte', async () => {
    const konten = path.join(ROOT, 'contoh/dinas-pangan');
    const opts = (keluaran: string, extra: Partial<Options> = {}): Options =>
      ({ konten, keluaran, jenis: ['pk', 'lkip', 'pengukuran', 'iku'], format: ['pdf', 'docx'], kertas: 'A4', ...extra });
    const penuh = tmp();
    await build(opts(penuh));
    const gabung: Record<string, string> = {};
    const jumlah: number[] = [];
    for (let ke = 1; ke <= 3; ke++) {
      const d = tmp();
      const r = await build(opts(d, { bagian: { ke, dari: 3 } }));
      const f = files(d);
      jumlah.push(r.outputs.length);
      for (const k of Object.keys(f)) expect(gabung[k], `${k} in two shares`).toBeUndefined();
      Object.assign(gabung, f);
    }
    expect(jumlah.every((n) => n > 0)).toBe(true);
    expect(Object.keys(gabung).sort()).toEqual(Object.keys(files(penuh)));
    expect(gabung).toEqual(files(penuh));
  }, 300_000);
});
