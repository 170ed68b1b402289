// The CLI's preloading worker (src/cli/pramuat-awal.ts): started as soon as the no-change answer misses, before the
// pipeline's modules load, and handed to the pipeline; none without a cache, with --tanpa-cache, --pekerja n > 1 or
// without a core to spare. Its libraries are compiled with the build cache's V8 code cache (src/pekerja-render.ts),
// whose entries are checked like the main thread's (src/cli/kode-v8.ts): written once, damaged ones written again.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setEnvironmentData } from 'node:worker_threads';
import { Command } from 'commander';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { DATA_KODE_V8 } from '../src/cli/kode-v8.ts';
import type { DocModel } from '../src/render/model.ts';
import { ROOT } from './helpers.ts';

const jejak = vi.hoisted(() => ({ urutan: [] as string[], awal: [] as unknown[], kunci: [] as unknown[], luang: true, asli: false, tetap: false, lebihBaru: true }));
vi.mock('../src/pramuat.ts', async (asli) => ({ ...await asli<typeof import('../src/pramuat.ts')>(), intiLuang: () => jejak.luang }));
vi.mock('../src/cache/build-tetap.ts', () => ({
  buildTetap: async (o: { cache?: string }) => { // the no-change answer misses unless jejak.tetap
    jejak.urutan.push('tetap');
    return jejak.tetap ? { hasil: { diagnostics: [], outputs: [], unchanged: 0 } } : o.cache ? { kunci: 'k1' } : {};
  },
  kontenLebihBaru: () => jejak.lebihBaru, // an edited content file: a miss is likely
}));
const pipelinePalsu = () => {
  jejak.urutan.push('pipeline'); // when the module loads
  return { build: async (_o: unknown, _m: unknown, _p: unknown, siap: { kunci?: string; pramuat?: unknown }) => {
    jejak.awal.push(siap.pramuat);
    jejak.kunci.push(siap.kunci);
    return { diagnostics: [], outputs: [], unchanged: 0 };
  } };
};
vi.mock('../src/pekerja.ts', async (asli) => {
  const m = await asli<typeof import('../src/pekerja.ts')>();
  class Tercatat extends m.KolamPekerja {
    constructor(...a: ConstructorParameters<typeof m.KolamPekerja>) {
      if (jejak.asli) super(...a); else super(0); // no thread for the CLI cases
      jejak.urutan.push(`pekerja ${JSON.stringify(a)}`);
    }
    override async tutup() { jejak.urutan.push('tutup'); await super.tutup(); }
  }
  return { ...m, KolamPekerja: Tercatat };
});

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-pramuat-awal-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function build(...x: string[]) {
  vi.resetModules(); // the pipeline module loads anew in each run
  vi.doMock('../src/pipeline.ts', pipelinePalsu);
  const { daftarBuild } = await import('../src/cli/perintah.ts');
  const program = new Command().exitOverride();
  daftarBuild(program, () => undefined);
  jejak.urutan.length = 0;
  jejak.awal.length = 0;
  jejak.kunci.length = 0;
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
  await program.parseAsync(['build', '--konten', path.join(ROOT, 'contoh/dinas-pangan'), '--keluaran', path.join(tmp, 'keluaran'), '--senyap', ...x], { from: 'user' });
  return { urutan: [...jejak.urutan], awal: jejak.awal[0], kunci: jejak.kunci[0] };
}

describe('CLI preloading worker', () => {
  it('started before the pipeline loads and handed to it; none without a (filled) cache, a spare core, or with --pekerja 2', async () => {
    const cache = path.join(tmp, 'cache');
    expect((await build('--cache', cache)).awal).toBeUndefined(); // no cache yet: a first build
    fs.mkdirSync(cache);
    const r = await build('--cache', cache);
    expect(r.urutan).toEqual(['pekerja [1,["pdf"]]', 'tetap', 'pipeline']); // started before the no-change look-up, the pipeline after
    expect(r.awal?.constructor.name).toBe('Tercatat');
    expect(r.kunci).toBe('k1'); // the key the no-change answer hashed, not hashed again
    expect((await build('--cache', cache, '--tanpa-cache')).kunci).toBeUndefined();
    expect((await build('--cache', cache, '--format', 'docx')).urutan).toEqual(['pekerja [1,["docx"]]', 'tetap', 'pipeline']);
    jejak.tetap = true; // a no-change answer: the worker stopped, the pipeline never loaded
    expect((await build('--cache', cache)).urutan).toEqual(['pekerja [1,["pdf"]]', 'tetap', 'tutup']);
    jejak.lebihBaru = false; // nothing newer than the cache: no worker before the answer, none after it
    expect((await build('--cache', cache)).urutan).toEqual(['tetap']);
    jejak.tetap = false; // ... and after a miss
    expect((await build('--cache', cache)).urutan).toEqual(['tetap', 'pekerja [1,["pdf"]]', 'pipeline']);
    jejak.lebihBaru = true;
    expect((await build('--cache', cache, '--pekerja', '2')).awal).toBeUndefined();
    expect((await build('--cache', cache, '--tanpa-cache')).awal).toBeUndefined();
    jejak.luang = false;
    expect((await build('--cache', cache)).awal).toBeUndefined();
    jejak.luang = true;
  });

  it('the pipeline stores the build under the key the CLI hashed and looked up, without hashing the content again', async () => {
    vi.resetModules();
    vi.doUnmock('../src/pipeline.ts');
    vi.doUnmock('../src/cache/build-tetap.ts');
    jejak.luang = false; // no worker
    const { build } = await import('../src/pipeline.ts');
    const { ambilBuild, kunciBuild } = await import('../src/cache/manifest.ts');
    const { bukaCache } = await import('../src/cache/simpanan.ts');
    const o = { konten: path.join(ROOT, 'contoh/dinas-pangan'), keluaran: path.join(tmp, 'kunci-out'), cache: path.join(tmp, 'kunci-cache'), jenis: ['iku'], format: ['pdf' as const], kertas: 'A4' as const };
    const r = await build(o, undefined, undefined, { kunci: 'kunci-cli' });
    expect(r.outputs.length).toBeGreaterThan(0);
    expect(ambilBuild(bukaCache(o.cache), 'kunci-cli')?.outputs.map((x) => x.path)).toEqual(r.outputs.map((x) => x.path));
    expect(ambilBuild(bukaCache(o.cache), kunciBuild(o))).toBeUndefined();
    jejak.luang = true;
  }, 120_000);

  it("the worker's libraries from the V8 code cache: entries written after its first render, taken next time, a damaged one written again", async () => {
    const { KolamPekerja } = await import('../src/pekerja.ts');
    const cache = path.join(tmp, 'cache-kode'), dir = path.join(cache, 'kode-v8');
    const p = (text: string) => ({ kind: 'p' as const, runs: [{ kind: 'text' as const, text }] });
    const model: DocModel = { title: 'Uji', fontSize: 12, sections: [{ page: 'A4', orientation: 'portrait', margins: [40, 40, 40, 40], header: [], footer: [], pageNumbers: 'decimal', blocks: [p('Paragraf uji.')] }] };
    const render = async () => {
      jejak.asli = true;
      setEnvironmentData(DATA_KODE_V8, cache);
      const kolam = new KolamPekerja(1, ['pdf']);
      setEnvironmentData(DATA_KODE_V8, undefined);
      jejak.asli = false;
      try { return Buffer.from((await kolam.render(model, ['pdf'])).pdf!); } finally { await kolam.tutup(); }
    };
    const pdf = await render();
    const entri = () => fs.readdirSync(dir).sort();
    const pertama = entri();
    expect(pertama.filter((f) => f.endsWith('.bin')).length).toBeGreaterThan(5); // pdfmake, pdfkit, fontkit …
    expect(pertama.filter((f) => !f.endsWith('.bin'))).toEqual([]); // no temporary file left
    const waktu = new Map(pertama.map((f) => [f, fs.statSync(path.join(dir, f)).mtimeMs]));
    const f1 = path.join(dir, pertama[0]);
    const b = fs.readFileSync(f1);
    b[b.length - 5] ^= 0xff; // V8 would take it: the SHA-256 does not
    fs.writeFileSync(f1, b);
    await new Promise((r) => setTimeout(r, 20));
    expect((await render()).equals(pdf)).toBe(true);
    expect(entri()).toEqual(pertama);
    const ditulisLagi = entri().filter((f) => fs.statSync(path.join(dir, f)).mtimeMs !== waktu.get(f));
    expect(ditulisLagi).toEqual([pertama[0]]); // only the damaged entry
    expect(fs.readFileSync(f1).equals(b)).toBe(false);
  }, 120_000);
});
