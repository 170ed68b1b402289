// A thread building one content after another (a Pemda's agency worker) compiles the templates once: the second
// build's models come from the same compiled templates, byte-equal to a fresh compile; edited templates recompile.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Handlebars from 'handlebars';
import { expect, it, vi } from 'vitest';
import { check } from '../src/pipeline.ts';
import { modelDokumen } from '../src/pipeline/model-dokumen.ts';
import type { Options } from '../src/pipeline/opsi.ts';
import { ROOT } from './helpers.ts';

const KONTEN = path.join(ROOT, 'contoh/dinas-pangan');
const opsi = (templat?: string): Options => ({ konten: KONTEN, keluaran: '/tmp/tidak-ditulis', jenis: ['pk', 'iku'], format: ['pdf'], kertas: 'A4', templat });
const model = (o: Options) => {
  const r = modelDokumen(check(KONTEN).content, o, undefined, undefined, { templat: 0 });
  if (!Array.isArray(r)) throw new Error(r.message);
  return JSON.stringify(r.map((d) => d.model));
};

it('templates compiled once per thread across builds without memory; edited templates compiled again', () => {
  const buat = vi.spyOn(Handlebars, 'create');
  const pertama = model(opsi());
  const n = buat.mock.calls.length;
  expect(model(opsi())).toBe(pertama);
  expect(buat.mock.calls.length).toBe(n); // the second build made no renderer
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-renderer-utas-'));
  fs.cpSync(path.join(ROOT, 'templates'), dir, { recursive: true });
  const f = fs.readdirSync(dir, { recursive: true }).map(String).find((x) => x.endsWith('.hbs'))!;
  fs.appendFileSync(path.join(dir, f), '{{!-- diubah --}}');
  expect(model(opsi(dir))).toBe(pertama); // a comment changes no model
  expect(buat.mock.calls.length).toBe(n + 1);
  buat.mockRestore();
});
