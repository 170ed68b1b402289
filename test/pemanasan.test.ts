// The preloading worker's warm-up (src/pemanasan.ts): the warm-up document renders (a broken one would fail
// silently in the worker, and warm nothing), a worker that laid it out renders a real PK with the same bytes as this
// thread, and the CLI asks for it only while constructing its worker.
import { getEnvironmentData, setEnvironmentData } from 'node:worker_threads';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { renderDokumen } from '../src/cache/render.ts';
import { DATA_PEMANASAN, MODEL_PEMANASAN } from '../src/pemanasan.ts';
import { KolamPekerja } from '../src/pekerja.ts';
import { check, models } from '../src/pipeline.ts';
import { ROOT } from './helpers.ts';

const dibuat = vi.hoisted(() => [] as unknown[]);
vi.mock('../src/pramuat.ts', async (asli) => ({ ...await asli<typeof import('../src/pramuat.ts')>(), intiLuang: () => true }));

describe('pemanasan', () => {
  it('the warm-up document renders to a one-page PDF', async () => {
    const { bytes } = await renderDokumen(MODEL_PEMANASAN, ['pdf']);
    const teks = Buffer.from(bytes.pdf!).toString('latin1');
    expect(teks.startsWith('%PDF-')).toBe(true);
    expect(teks.match(/\/Type \/Page\b/g)?.length).toBe(1);
  });

  it('a worker that laid out the warm-up first renders a PK with the bytes of this thread', async () => {
    const { content, diagnostics } = check(path.join(ROOT, 'contoh/dinas-pangan'));
    expect(diagnostics.filter((d) => d.severity === 'galat')).toEqual([]);
    const r = models(content, { jenis: ['pk'], kertas: 'A4' });
    if ('code' in r) throw new Error(r.message);
    const model = r.models[0];
    setEnvironmentData(DATA_PEMANASAN, true);
    const kolam = new KolamPekerja(1, ['pdf']);
    setEnvironmentData(DATA_PEMANASAN, undefined);
    try {
      await new Promise((s) => setTimeout(s, 300)); // the warm-up under way or done when the model arrives
      const [pekerja, sini] = await Promise.all([kolam.render(model, ['pdf', 'docx']), renderDokumen(model, ['pdf', 'docx'])]);
      expect(Buffer.from(pekerja.pdf!).equals(Buffer.from(sini.bytes.pdf!))).toBe(true);
      expect(Buffer.from(pekerja.docx!).equals(Buffer.from(sini.bytes.docx!))).toBe(true);
    } finally { await kolam.tutup(); }
  }, 120_000);

  it('the CLI sets the request for its worker only, and not with pemanasan false', async () => {
    vi.resetModules();
    vi.doMock('../src/pekerja.ts', () => ({ KolamPekerja: class { constructor() { dibuat.push(getEnvironmentData(DATA_PEMANASAN)); } } }));
    const { mulaiPramuat } = await import('../src/cli/pramuat-awal.ts');
    const o = { konten: 'x', keluaran: 'y', cache: ROOT, jenis: ['pk'], format: ['pdf' as const], kertas: 'A4' as const };
    expect(mulaiPramuat(o)).toBeDefined();
    expect(getEnvironmentData(DATA_PEMANASAN)).toBeUndefined();
    mulaiPramuat(o, false);
    expect(dibuat).toEqual([true, undefined]);
    vi.doUnmock('../src/pekerja.ts');
  });
});
