// The malformed-input corpus (issue 12): each case a small mutation of the fixture content, the default content
// or a copy of the templates. Asserted for each: the expected code (first among the errors, or a warning that was
// not there before), every diagnostic with file, line, column, a catalogue code, its hint and an Indonesian
// message; nothing written to the output directory; the content (and templates) untouched. Plus CLI options
// (spawned) and a coverage test: every code of the catalogue has a case.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, check, checkAll } from '../src/pipeline.ts';
import { CODES, hasErrors, type Diagnostic } from '../src/validate/diagnostics.ts';
import { KASUS_BERKAS } from './fixtures/korpus/kasus-berkas.ts';
import { KASUS_LAIN, KODE_DARI_PEKERJAAN_LAIN, KODE_TANPA_PEMERIKSAAN } from './fixtures/korpus/kasus-lain.ts';
import { KASUS_NILAI } from './fixtures/korpus/kasus-nilai.ts';
import { KASUS_TEMPLAT } from './fixtures/korpus/kasus-templat.ts';
import { KASUS_YAML } from './fixtures/korpus/kasus-yaml.ts';
import { sidik, terapkan, type Kasus } from './fixtures/korpus/ubah.ts';
import { Command, CommanderError } from 'commander';
import { addBuildOptions, toOptions } from '../src/cli/build-options.ts';
import { KASUS_CLI, KASUS_OPSI, jalankanCli } from './fixtures/korpus/kasus-cli.ts';
import { BASE, ROOT, tempCopy } from './helpers.ts';

const DASAR = { dasar: BASE, konten: path.join(ROOT, 'content'), contoh: path.join(ROOT, 'contoh/dinas-pangan') };
/** English library text that must never reach the user. */
const INGGRIS = /\b(expected|unexpected|cannot|undefined|invalid|expecting|not defined|must|missing|could not|received|required|error)\b/i;
const SEMUA = [...KASUS_YAML, ...KASUS_BERKAS, ...KASUS_NILAI, ...KASUS_TEMPLAT, ...KASUS_LAIN];
const sementara: string[] = [];
const tmp = (awalan: string) => { const d = fs.mkdtempSync(path.join(os.tmpdir(), awalan)); sementara.push(d); return d; };

const hitung = (ds: Diagnostic[]) => ds.reduce((m, d) => m.set(d.code, (m.get(d.code) ?? 0) + 1), new Map<string, number>());
const awal = new Map<string, Map<string, number>>();
const dasarAwal = (k: keyof typeof DASAR) => { if (!awal.has(k)) awal.set(k, hitung(check(DASAR[k]).diagnostics)); return awal.get(k)!; };

function bentuk(d: Diagnostic) {
  const info = CODES[d.code as keyof typeof CODES];
  expect(info, d.code).toBeDefined();
  expect(d.severity).toBe(info.severity);
  expect(d.hint).toBe(info.hint);
  expect(d.file).toMatch(/\S/);
  expect(Number.isInteger(d.line) && d.line >= 1, `baris ${d.line}`).toBe(true);
  expect(Number.isInteger(d.column) && d.column >= 1, `kolom ${d.column}`).toBe(true);
  expect(d.message).toMatch(/\S/);
  expect(d.message).not.toMatch(INGGRIS);
}

async function jalankan(k: Kasus) {
  const dir = tempCopy(DASAR[k.dasar ?? 'dasar']);
  sementara.push(dir);
  terapkan(dir, k.ubah ?? []);
  const templat = k.templat && tmp('sakip-templat-');
  if (templat) { fs.cpSync(path.join(ROOT, 'templates'), templat, { recursive: true }); terapkan(templat, k.templat!); }
  const sebelum = [sidik(dir), templat && sidik(templat)];
  const keluaran = tmp('sakip-keluaran-');
  const galat = k.code !== 'OK' && CODES[k.code].severity === 'galat';
  let ds: Diagnostic[];
  if (galat) {
    const r = await build({ konten: dir, keluaran, templat, jenis: ['pk'], format: ['docx'], kertas: 'A4' });
    expect(r.outputs).toEqual([]);
    ds = r.diagnostics;
  } else ds = templat || k.dokumen ? checkAll(dir, templat) : check(dir).diagnostics;
  const rinci = JSON.stringify(ds.slice(0, 5), null, 1);
  // the exit code `sakip check`/`build` would give: 1 with an error, 0 for accepted content
  if (galat || (k.code === 'OK' && !templat)) expect(hasErrors(ds) ? 1 : 0, rinci).toBe(galat ? 1 : 0);
  ds.forEach(bentuk);
  // accepted: the same diagnostics as the unchanged content with the built-in templates (file names aside)
  const tanpaBerkas = (xs: Diagnostic[]) => xs.map((d) => `${d.code} ${d.line}:${d.column} ${d.message}`);
  if (k.code === 'OK') expect(tanpaBerkas(ds), rinci).toEqual(templat ? tanpaBerkas(checkAll(dir)) : []);
  else if (galat) {
    const pertama = ds.find((d) => d.severity === 'galat');
    expect(pertama?.code, rinci).toBe(k.code);
    const lokasi = path.resolve(pertama!.file);
    if (k.di) expect(lokasi).toBe(path.join(templat!, k.di));
    else expect(lokasi === dir || lokasi.startsWith(dir + path.sep), lokasi).toBe(true);
  } else expect(hitung(ds).get(k.code) ?? 0, rinci).toBeGreaterThan(dasarAwal(k.dasar ?? 'dasar').get(k.code) ?? 0);
  expect(fs.readdirSync(keluaran)).toEqual([]);
  expect([sidik(dir), templat && sidik(templat)]).toEqual(sebelum);
}

afterAll(() => { for (const d of sementara) fs.rmSync(d, { recursive: true, force: true }); });

describe('korpus masukan rusak', () => {
  for (const k of SEMUA) it(k.nama, () => jalankan(k));
});

describe('korpus: opsi CLI (proses terpisah)', () => {
  let hasil: Awaited<ReturnType<typeof jalankanCli>>;
  beforeAll(async () => { hasil = await jalankanCli(); });
  for (const c of KASUS_CLI) {
    it(c.nama, () => {
      const r = hasil.get(c.nama)!;
      expect(r.kode, r.keluaran).toBe(c.kode);
      expect(r.keluaran).toMatch(c.pola);
      expect(r.keluaran).not.toMatch(/galat internal|\n\s+at .+:\d+:\d+\)?\n/);
      expect(r.keluaran).not.toMatch(INGGRIS);
    });
  }
});

describe('korpus: opsi build (dalam proses)', () => {
  for (const c of KASUS_OPSI) {
    it(c.nama, () => {
      let pesan = '';
      const cmd = addBuildOptions(new Command('build')).exitOverride().configureOutput({ writeErr: (x) => { pesan += x; }, writeOut: () => {} });
      let galat: unknown;
      try { toOptions(cmd.parse(c.args, { from: 'user' }).opts()); } catch (e) { galat = e; }
      expect(galat).toBeInstanceOf(CommanderError);
      const e = galat as CommanderError;
      // option values the CLI checks itself exit with 2; commander's own parse errors exit with 1 and main() maps them to 2
      expect([1, 2]).toContain(e.exitCode);
      expect(`${e.message}\n${pesan}`).toMatch(c.pola);
    });
  }
});

describe('korpus: cakupan', () => {
  it('every code of the catalogue has at least one case', () => {
    const ada = new Set<string>(SEMUA.map((k) => k.code));
    const kecuali = [...KODE_DARI_PEKERJAAN_LAIN, ...KODE_TANPA_PEMERIKSAAN];
    expect(Object.keys(CODES).filter((c) => !ada.has(c) && !kecuali.includes(c))).toEqual([]);
  });
  it('holds at least 150 cases', () => {
    expect(SEMUA.length + KASUS_CLI.length + KASUS_OPSI.length).toBeGreaterThanOrEqual(150);
  });
});
