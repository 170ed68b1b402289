// A rebuild writes only outputs whose bytes changed: a file already holding its bytes is not touched (mtime kept),
// a file altered or removed by hand is written again; the build's result still lists every output.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, type Options } from '../src/pipeline.ts';
import { BASE } from './helpers.ts';

describe('keluaran yang tidak berubah', () => {
  it('is left alone; an altered or missing file is written again', async () => {
    const keluaran = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-tulis-'));
    const o: Options = { konten: BASE, keluaran, jenis: ['iku'], format: ['pdf', 'docx'], kertas: 'A4', cache: path.join(keluaran, '.cache') };
    const r1 = await build(o);
    expect(r1.outputs.length).toBeGreaterThanOrEqual(2);
    const [a, b] = r1.outputs.map((x) => x.path);
    const lampau = new Date(2000, 0, 1);
    for (const f of [a, b]) fs.utimesSync(f, lampau, lampau);
    fs.writeFileSync(b, 'diubah tangan');
    const r2 = await build(o);
    expect(r2.outputs.map((x) => x.path)).toEqual(r1.outputs.map((x) => x.path));
    expect(fs.statSync(a).mtimeMs).toBe(lampau.getTime());
    expect(fs.readFileSync(b)).toEqual(Buffer.from(r1.outputs[1].bytes));
    fs.rmSync(a);
    await build(o);
    expect(fs.readFileSync(a)).toEqual(Buffer.from(r1.outputs[0].bytes));
  }, 120_000);
});
