// Issue 12, the fixes one by one: one root cause reported once (measured cases on the default content: error
// count and the cause first), positions of encoding errors, BOM, links, runaway and partial templates.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pesanYaml } from '../src/load/yaml-messages.ts';
import { check, checkAll } from '../src/pipeline.ts';
import type { Diagnostic } from '../src/validate/diagnostics.ts';
import { BASE, lineOf, ROOT, tempCopy } from './helpers.ts';

const KONTEN = path.join(ROOT, 'content');
const galat = (ds: Diagnostic[]) => ds.filter((d) => d.severity === 'galat');
const rel = (dir: string, d: Diagnostic) => `${path.relative(dir, d.file)}:${d.line}:${d.column} ${d.code}`;
const ubahByte = (dir: string, file: string, f: (b: Buffer) => Buffer) => fs.writeFileSync(path.join(dir, file), f(fs.readFileSync(path.join(dir, file))));

describe('satu akar masalah, satu laporan (konten bawaan)', () => {
  // before: 60, 69, 29 and 2 errors (the first a symptom in the last two); the cause at the end of its line for a quote
  it.each([
    ['pagu dengan titik ribuan', { file: 'anggaran/2025.yaml', find: 'pagu: 27668500', replace: 'pagu: 27.668.500' }, 'anggaran/2025.yaml:30:19 SKEMA'],
    ['tab di anggaran', { file: 'anggaran/2025.yaml', find: '            pagu: 27668500', replace: '\t\t\tpagu: 27668500' }, 'anggaran/2025.yaml:30:1 YAML_SINTAKS'],
    ['orang.yaml kosong', { file: 'orang/orang.yaml', content: '' }, 'orang/orang.yaml:1:1 BERKAS_KOSONG'],
    ['sintaks YAML di instansi.yaml', { file: 'instansi.yaml', find: 'ibukota: Malili', replace: 'ibukota: "Malili' }, 'instansi.yaml:9:17 YAML_SINTAKS'],
  ])('%s: one error, the cause', (_n, edit, cause) => {
    const dir = tempCopy(KONTEN, [edit]);
    const ds = check(dir).diagnostics;
    expect(galat(ds).map((d) => rel(dir, d))).toEqual([cause]);
    expect(rel(dir, ds[0])).toBe(cause);
  });
});

describe('enkoding dan berkas', () => {
  it('invalid UTF-8 and NUL: ENKODING at the line and column of the bad byte', () => {
    const dir = tempCopy(BASE);
    ubahByte(dir, 'instansi.yaml', (b) => Buffer.from(b.toString().replace('ibukota: Malili', 'ibukota: Malili caf\u0001')).map((x) => (x === 1 ? 0xe9 : x)) as Buffer);
    ubahByte(dir, 'pk/2025/16-analis-perdagangan.md', (b) => Buffer.from(b.toString().replace('tempat: Malili', 'tempat: Ma\u0000lili')));
    const ds = check(dir).diagnostics.filter((d) => d.code === 'ENKODING');
    expect(ds.map((d) => rel(dir, d))).toEqual(['instansi.yaml:6:20 ENKODING', 'pk/2025/16-analis-perdagangan.md:6:11 ENKODING']);
    expect(ds[0].message).toMatch(/bita 0xE9/);
  });

  it('a BOM and CRLF change nothing: same diagnostics, same content', () => {
    const dir = tempCopy(BASE);
    ubahByte(dir, 'pk/2025/01-kepala-dinas.md', (b) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(b.toString().replace(/\n/g, '\r\n'))]));
    const a = check(BASE);
    const b = check(dir);
    expect(b.diagnostics).toEqual([]);
    expect(b.content.pk.map((p) => [p.front, p.sections])).toEqual(a.content.pk.map((p) => [p.front, p.sections]));
  });

  it('an empty .md and a YAML alias bomb are diagnostics, not crashes', () => {
    const dir = tempCopy(BASE, [{ file: 'pk/2025/02-kosong.md', content: '' },
      { file: 'instansi.yaml', find: 'ibukota: Malili', replace: `ibukota: Malili\na: &a [x,x,x,x,x,x,x,x,x]\n${'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`).join('\n')}` }]);
    const ds = galat(check(dir).diagnostics);
    expect(ds.map((d) => rel(dir, d))).toEqual(['instansi.yaml:8:8 YAML_SINTAKS', 'pk/2025/02-kosong.md:1:1 BERKAS_KOSONG']);
    expect(ds[0].message).toMatch(/bom alias/);
  });

  it('a link leaving the content directory is reported and not read; a linked folder inside is followed', () => {
    const dir = tempCopy(BASE);
    fs.symlinkSync('/etc/passwd', path.join(dir, 'orang/passwd.yaml'));
    fs.renameSync(path.join(dir, 'pk/2025'), path.join(dir, '.arsip'));
    fs.symlinkSync('../.arsip', path.join(dir, 'pk/2025'));
    const { diagnostics, content } = check(dir);
    expect(diagnostics.map((d) => rel(dir, d))).toEqual(['orang/passwd.yaml:1:1 TAUTAN_LUAR']);
    expect(JSON.stringify(diagnostics)).not.toMatch(/root:/);
    expect(content.pk.map((p) => p.slug)).toEqual(['01-kepala-dinas', '16-analis-perdagangan']);
  });

  it('files no document reads are warned, README.md is not; a year folder must match tahun', () => {
    const dir = tempCopy(BASE, [{ file: 'pk/2025/catatan.txt', content: 'x' }, { file: 'pk/2025/16-analis-perdagangan.md', find: 'tahun: 2025', replace: 'tahun: 2024' }]);
    const ds = check(dir).diagnostics.filter((d) => d.severity === 'peringatan').map((d) => `${rel(dir, d)} ${d.message}`);
    expect(ds).toEqual([
      'pk/2025/16-analis-perdagangan.md:3:8 TAHUN_FOLDER tahun: 2024 berbeda dari tahun pada folder (2025)',
      'pk/2025/catatan.txt:1:1 BERKAS_TIDAK_DIKENAL berkas "pk/2025/catatan.txt" tidak dibaca oleh jenis dokumen mana pun; diabaikan',
    ]);
  });

  it('a file name that is not UTF-8 is NAMA_BERKAS, not a crash or a silent skip', () => {
    const dir = tempCopy(BASE);
    fs.writeFileSync(Buffer.concat([Buffer.from(`${dir}/orang/caf`), Buffer.from([0xe9]), Buffer.from('.yaml')]), '- id: x\n');
    expect(check(dir).diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual(['NAMA_BERKAS nama "caf\uFFFD.yaml" bukan nama UTF-8 yang sah (disimpan dengan enkoding lain)']);
  });

  it('YAML messages are Indonesian for every code, and for an unknown one', () => {
    for (const code of ['BAD_INDENT', 'TAB_AS_INDENT', 'DUPLICATE_KEY', 'MISSING_CHAR', 'BLOCK_AS_IMPLICIT_KEY', 'UNEXPECTED_TOKEN', 'MULTILINE_IMPLICIT_KEY', 'BAD_SCALAR_START', 'BAD_DIRECTIVE', 'KEY_OVER_1024_CHARS', 'ALIAS_PROPS', 'KODE_BARU']) {
      expect(pesanYaml(code, 'Some English text')).toMatch(/^YAML tidak valid: /);
      expect(pesanYaml(code, 'Some English text')).not.toMatch(/English|\b(the|must|not|expected|invalid)\b/i);
    }
  });
});

describe('templat', () => {
  const salin = (edit: Record<string, (s: string) => string>) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-templat-'));
    fs.cpSync(path.join(ROOT, 'templates'), dir, { recursive: true });
    for (const [f, e] of Object.entries(edit)) fs.writeFileSync(path.join(dir, f), e(fs.readFileSync(path.join(dir, f), 'utf8')));
    return dir;
  };
  const templat = (dir: string) => checkAll(BASE, dir).filter((d) => d.code === 'TEMPLAT').map((d) => `${path.relative(dir, d.file)}:${d.line}:${d.column} ${d.message}`);

  it('seven nested {{#each @root}} stop within the budget, at the loop', () => {
    const dir = salin({ 'pk/kop.hbs': (s) => `${s}${'{{#each @root}}'.repeat(7)}x${'{{/each}}'.repeat(7)}\n` });
    const t0 = Date.now();
    const [d] = templat(dir);
    expect(Date.now() - t0).toBeLessThan(20_000);
    expect(d).toMatch(/^pk\/kop\.hbs:5:\d+ templat berhenti: lebih dari 500\.000 langkah/);
  });

  it('bad markup in a partial is reported at the partial, not at pk/dokumen.hbs:1:1', () => {
    const dir = salin({ 'pk/kop.hbs': (s) => s.replace('<b>{{kapital pemda}}</b>', '<b>{{kapital pemda}}</i>') });
    expect(templat(dir)).toEqual([`pk/kop.hbs:${lineOf(path.join(dir, 'pk/kop.hbs'), '</i>')}:56 markup keluaran templat: tag penutup </i> tidak cocok dengan <b>`]);
  });

  it('parser errors in Indonesian at the parser position; a missing partial named at its include', () => {
    const dir = salin({ 'pk/kop.hbs': (s) => `${s}{{#if tahun}}x{{else if}}\n`, 'pk/pihak.hbs': (s) => `${s}{{> pk/tidak-ada}}\n` });
    const [kop] = templat(dir);
    expect(kop).toMatch(/^pk\/kop\.hbs:5:\d+ sintaks Handlebars salah: diharapkan .*\{\{else …\}\}.*; ditemukan akhir templat$/);
    expect(kop).not.toMatch(/OPEN_|Expecting/);
    const dir2 = salin({ 'pk/pihak.hbs': (s) => `${s}{{> pk/tidak-ada}}\n` });
    expect(templat(dir2)).toEqual(['pk/pihak.hbs:6:1 templat bagian "pk/tidak-ada" tidak ditemukan']);
  });
});
