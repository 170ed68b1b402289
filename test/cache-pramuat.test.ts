// A CLI rebuild's preloading worker (src/pipeline.ts, src/pramuat.ts; src/pekerja.ts with `muat`): started only
// when the whole-build entry misses on content built before with this cache and a core is free, never for a first
// build nor an unchanged one; it renders a small rebuild with the same bytes and diagnostics as a build without any
// cache, and is stopped unused when more than a few documents are to be rendered.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it, vi } from 'vitest';
import { DOCUMENTS } from '../src/documents.ts';
import { build, type Options } from '../src/pipeline.ts';
import { ROOT } from './helpers.ts';

const jejak = vi.hoisted(() => ({ dibuat: [] as unknown[][], dirender: 0, luang: true }));
vi.mock('../src/pramuat.ts', async (asli) => ({ ...await asli<typeof import('../src/pramuat.ts')>(), intiLuang: () => jejak.luang })); // not the test machine's load
vi.mock('../src/pekerja.ts', async (asli) => {
  const m = await asli<typeof import('../src/pekerja.ts')>();
  class Tercatat extends m.KolamPekerja {
    constructor(...a: ConstructorParameters<typeof m.KolamPekerja>) { super(...a); jejak.dibuat.push(a); }
    override render(...a: Parameters<InstanceType<typeof m.KolamPekerja>['render']>) { jejak.dirender++; return super.render(...a); }
  }
  return { ...m, KolamPekerja: Tercatat };
});

const relatif = (dir: string, xs: { path: string; bytes: Uint8Array }[]) => xs.map((x) => [path.relative(dir, x.path), Buffer.from(x.bytes).toString('base64')]);

it('preloading worker: only for a rebuild of content built before, same bytes and diagnostics as without cache, unused beyond a few documents', async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-pramuat-'));
  try {
    const konten = path.join(tmp, 'konten');
    fs.cpSync(path.join(ROOT, 'contoh/dinas-pangan'), konten, { recursive: true });
    const o: Options = { konten, keluaran: path.join(tmp, 'keluaran'), cache: path.join(tmp, 'cache'), jenis: Object.keys(DOCUMENTS), format: ['pdf', 'docx'], kertas: 'A4' };
    await build(o);
    expect(jejak.dibuat).toEqual([]); // first build: nothing known of this content
    await build(o);
    expect(jejak.dibuat).toEqual([]); // unchanged: the whole-build entry, no worker

    const pk = path.join(konten, 'pk/2025/01-kepala-dinas.md');
    const lama = fs.readFileSync(pk, 'utf8');
    // a busy machine (no core to spare): no worker, the same build in this thread
    jejak.luang = false;
    fs.writeFileSync(pk, lama.replace(/\n(## .*)\n/, '\n$1\n\nCatatan sibuk.\n'));
    expect((await build(o)).dirender).toBe(1);
    expect(jejak.dibuat).toEqual([]);
    jejak.luang = true;
    fs.writeFileSync(pk, lama.replace(/\n(## .*)\n/, '\n$1\n\nCatatan tambahan.\n'));
    expect(fs.readFileSync(pk, 'utf8')).not.toBe(lama);
    const r = await build(o);
    expect(jejak.dibuat).toEqual([[1, ['pdf']]]); // the worker loads the PDF backend; the DOCX is rendered here (src/pramuat.ts)
    expect(jejak.dirender).toBe(1); // the edited PK alone, its PDF on the worker
    const polos = await build({ ...o, cache: undefined, keluaran: path.join(tmp, 'polos') });
    expect(r.diagnostics).toEqual(polos.diagnostics);
    expect(relatif(o.keluaran, r.outputs)).toEqual(relatif(path.join(tmp, 'polos'), polos.outputs));

    // the LKIP's text: a document with a table of contents, both formats from the worker (page labels of the PDF)
    jejak.dirender = 0;
    const lkip = path.join(konten, 'lkip/2025/lkip.md');
    fs.writeFileSync(lkip, fs.readFileSync(lkip, 'utf8').replace(/\n(## gambaran-umum)\n/, '\n$1\n\nCatatan tambahan.\n'));
    const r2 = await build(o);
    expect(jejak.dibuat).toHaveLength(2);
    expect(r2.dirender).toBe(1);
    expect(jejak.dirender).toBe(1);
    const polos2 = await build({ ...o, cache: undefined, keluaran: path.join(tmp, 'polos2') });
    expect(r2.diagnostics).toEqual(polos2.diagnostics);
    expect(relatif(o.keluaran, r2.outputs)).toEqual(relatif(path.join(tmp, 'polos2'), polos2.outputs));

    // an error in the content: the worker, started before the checks, is stopped; nothing written
    fs.writeFileSync(pk, lama.replace(/(\n\s+target: )\d+\n/, '$1bukan-angka\n'));
    const galat = await build(o);
    expect(jejak.dibuat).toHaveLength(3);
    expect(galat.diagnostics.some((d) => d.severity === 'galat')).toBe(true);
    expect(galat.outputs).toEqual([]);
    fs.writeFileSync(pk, lama);

    // another paper size: every document changes, more than the worker takes; this thread renders them
    jejak.dibuat.length = 0;
    jejak.dirender = 0;
    const f4 = await build({ ...o, kertas: 'F4', format: ['pdf'] });
    expect(jejak.dibuat).toEqual([[1, ['pdf']]]);
    expect(jejak.dirender).toBe(0);
    expect(f4.dirender).toBe(11);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}, 600_000);
