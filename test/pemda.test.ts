// A Pemda content tree (src/pemda/): a synthetic Pemda assembled in a temp dir from contoh/dinas-pangan
// (scripts/pemda-sintetis.ts: the example agency unchanged plus a renamed clone, shared registries in bersama/);
// builds per agency equal to building the agency alone, --instansi, and every cross-agency diagnostic.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { CommanderError } from 'commander';
import { beforeAll, describe, expect, it } from 'vitest';
import { buatPemda } from '../scripts/pemda-sintetis.ts';
import { instansiPemda } from '../src/cli/build-options.ts';
import { bersamaPemda, pilihInstansi } from '../src/pemda/akar.ts';
import { buildPemda, periksaLintas } from '../src/pemda/bangun.ts';
import { build, check, type Options } from '../src/pipeline.ts';
import type { Diagnostic } from '../src/validate/diagnostics.ts';
import { lineOf, ROOT } from './helpers.ts';

const CONTOH = path.join(ROOT, 'contoh/dinas-pangan');
const [A, B] = ['dkpp-contoh', 'dkpp-contoh-sintetis-02'];
const opsi = (konten: string, keluaran: string, extra: Partial<Options> = {}): Options =>
  ({ konten, keluaran, jenis: ['pk'], hanya: ['01-kepala-dinas', '02-sekretaris'], format: ['pdf', 'docx'], kertas: 'A4', ...extra });
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-pemda-uji-'));
/** A fresh two-agency Pemda; `ubah` edits files relative to its root. */
function pemda(ubah: Record<string, (teks: string) => string> = {}): string {
  const { akar } = buatPemda(2, path.join(tmp(), 'pemda'), { sumber: [CONTOH], asli: true });
  for (const [f, u] of Object.entries(ubah)) {
    const p = path.join(akar, f);
    const lama = fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : '';
    const baru = u(lama);
    if (baru === lama) throw new Error(`ubahan tidak berlaku: ${f}`);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, baru);
  }
  return akar;
}
const kode = (ds: Diagnostic[], c: string) => ds.filter((d) => d.code === c);
const PK_B = `instansi/${B}/pk/2025/01-kepala-dinas.md`;

describe('Pemda: build', () => {
  let akar: string, keluaran: string, sendiri: string;
  let hasil: Awaited<ReturnType<typeof buildPemda>>;
  beforeAll(async () => {
    akar = pemda();
    [keluaran, sendiri] = [tmp(), tmp()];
    hasil = await buildPemda(opsi(akar, keluaran), [A, B]);
    const r = await build(opsi(CONTOH, sendiri));
    expect(r.outputs).toHaveLength(4);
  });

  it('the layout: pemda.yaml, bersama/ with the kepala daerah, legal bases, indicators and his targets, one folder per agency without them', () => {
    expect(fs.readdirSync(path.join(akar, 'instansi')).sort()).toEqual([A, B]);
    expect(fs.readdirSync(path.join(akar, 'bersama')).sort()).toEqual(['dasar-hukum', 'indikator', 'jabatan', 'orang', 'rpjmd']);
    expect(fs.existsSync(path.join(akar, 'instansi', A, 'indikator'))).toBe(false);
    expect(bersamaPemda(path.join(akar, 'instansi', A))).toBe(path.join(akar, 'bersama'));
    expect(bersamaPemda(CONTOH)).toBeUndefined(); // the single-agency layout reads no shared folder
  });

  it('builds every agency into <keluaran>/<id>/ without errors and without cross-agency findings', () => {
    expect(hasil.diagnostics.filter((d) => d.severity === 'galat')).toEqual([]);
    expect(hasil.diagnostics.filter((d) => d.code.startsWith('PEMDA_'))).toEqual([]);
    expect(hasil.instansi.map((i) => [i.id, i.berkas, i.galat])).toEqual([[A, 4, false], [B, 4, false]]);
    expect(hasil.outputs.map((o) => path.relative(keluaran, o.path)).sort()).toEqual(
      [A, B].flatMap((id) => ['01-kepala-dinas', '02-sekretaris'].flatMap((s) => ['docx', 'pdf'].map((f) => `${id}/pk/2025/${s}.${f}`))).sort());
  });

  it('the unchanged agency equals building contoh/dinas-pangan alone, byte for byte', () => {
    for (const f of ['01-kepala-dinas.pdf', '01-kepala-dinas.docx', '02-sekretaris.pdf', '02-sekretaris.docx']) {
      expect(Buffer.compare(fs.readFileSync(path.join(keluaran, A, 'pk/2025', f)), fs.readFileSync(path.join(sendiri, 'pk/2025', f))), f).toBe(0);
    }
    // the clone is another agency: other name, other NIPs
    expect(Buffer.compare(fs.readFileSync(path.join(keluaran, B, 'pk/2025/01-kepala-dinas.pdf')), fs.readFileSync(path.join(sendiri, 'pk/2025/01-kepala-dinas.pdf')))).not.toBe(0);
  });

  it('a warning in a shared file (bersama/) is reported once, not once per agency', async () => {
    const akar = pemda({ 'bersama/indikator/bersama.yaml': (t) => t.replace(/^(- id: .*)$/m, '$1\n  satuan_lain: "%"') });
    const r = await buildPemda(opsi(akar, tmp(), { format: ['pdf'], hanya: ['02-sekretaris'] }), [A, B]);
    expect(kode(r.diagnostics, 'KUNCI_TIDAK_DIKENAL').filter((d) => d.file === path.join(akar, 'bersama/indikator/bersama.yaml'))).toHaveLength(1);
  });

  it('--bagian splits the Pemda: every document in exactly one share, each agency rotated', async () => {
    const bagian = await Promise.all([1, 2].map((ke) => buildPemda(opsi(akar, tmp(), { format: ['pdf'], bagian: { ke, dari: 2 } }), [A, B])));
    const jalur = bagian.map((r, i) => r.outputs.map((o) => `${i}:${o.path.split('/').slice(-4).join('/')}`));
    const semua = jalur.flat().map((j) => j.slice(2)).sort();
    expect(semua).toEqual([A, B].flatMap((id) => [`${id}/pk/2025/01-kepala-dinas.pdf`, `${id}/pk/2025/02-sekretaris.pdf`]).sort());
    // the heavier document of each agency (the Kepala Dinas PK, with its budget table) goes to a different runner
    const kepala = jalur.map((j) => j.filter((x) => x.includes('01-kepala-dinas')).length);
    expect(kepala).toEqual([1, 1]);
  });
});

describe('Pemda: --instansi', () => {
  const akar = pemda();
  it('picks some agencies in the Pemda order; an unknown id names the known ones (exit code 2)', async () => {
    expect(pilihInstansi(akar, [B])).toEqual({ ids: [B] });
    expect(instansiPemda(akar)).toEqual([A, B]);
    expect(instansiPemda(CONTOH)).toBeUndefined();
    expect(() => instansiPemda(CONTOH, [A])).toThrow(/hanya untuk akar Pemda/);
    let e: unknown;
    try { instansiPemda(akar, ['dinas-lain', A]); } catch (x) { e = x; }
    expect(e).toBeInstanceOf(CommanderError);
    expect((e as CommanderError).exitCode).toBe(2);
    expect((e as Error).message).toBe(`instansi tidak dikenal: dinas-lain (instansi di ${akar}/instansi/: ${A}, ${B})`);
    const keluaran = tmp();
    const r = await buildPemda(opsi(akar, keluaran, { format: ['pdf'], hanya: ['01-kepala-dinas'] }), [B]);
    expect(r.outputs.map((o) => path.relative(keluaran, o.path))).toEqual([`${B}/pk/2025/01-kepala-dinas.pdf`]);
    expect(fs.existsSync(path.join(keluaran, A))).toBe(false);
  });

  it('the CLI: an unknown --instansi exits 2 before building anything', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/sakip.js'), 'build', '--konten', akar, '--instansi', 'dinas-lain', '--keluaran', tmp()], { encoding: 'utf8', cwd: ROOT });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`galat: instansi tidak dikenal: dinas-lain (instansi di ${akar}/instansi/: ${A}, ${B})`);
  });
});

describe('Pemda: cross-agency checks', () => {
  it('the same NIP in two agencies\' orang/ and the same person as pihak pertama of two PKs of one year', () => {
    const akar = pemda({ [`instansi/${B}/orang/orang.yaml`]: () => fs.readFileSync(path.join(CONTOH, 'orang/orang.yaml'), 'utf8').replace(/- id: bupati-contoh[\s\S]*?\n\n/, '') });
    const ds = periksaLintas(akar, [A, B]);
    const ganda = kode(ds, 'PEMDA_ORANG_GANDA');
    expect(ganda.length).toBeGreaterThan(3);
    const f = path.join(akar, `instansi/${B}/orang/orang.yaml`);
    expect(ganda[0]).toMatchObject({ file: f, line: lineOf(f, 'nip: 197503152000031002'), severity: 'peringatan' });
    expect(ganda[0].message).toContain(`NIP 197503152000031002 (BUDI SANTOSO) juga tercatat di orang/ instansi "${A}"`);
    const pihak = kode(ds, 'PEMDA_PIHAK_GANDA');
    expect(pihak.map((d) => path.relative(akar, d.file)).sort()).toEqual(['01-kepala-dinas', '02-sekretaris', '03-kabid-peternakan', '04-medik-veteriner'].map((s) => `instansi/${B}/pk/2025/${s}.md`));
    expect(pihak[0].message).toMatch(/^BUDI SANTOSO menjadi pihak pertama PK 2025 di instansi "dkpp-contoh-sintetis-02" dan "dkpp-contoh"/);
  });

  it('with the build cache\'s parse memo (memo-lintas.ts): the same findings and positions, cold, warm and after lines move', () => {
    const akar = pemda({ [`instansi/${B}/orang/orang.yaml`]: () => fs.readFileSync(path.join(CONTOH, 'orang/orang.yaml'), 'utf8').replace(/- id: bupati-contoh[\s\S]*?\n\n/, '') });
    const cache = path.join(tmp(), 'cache');
    const tanpa = periksaLintas(akar, [A, B]);
    expect(kode(tanpa, 'PEMDA_ORANG_GANDA').length).toBeGreaterThan(3);
    expect(periksaLintas(akar, [A, B], cache)).toEqual(tanpa); // cold: parsed, stored
    expect(fs.readdirSync(cache).some((n) => n.endsWith('-parse.sakip'))).toBe(true);
    expect(periksaLintas(akar, [A, B], cache)).toEqual(tanpa); // warm: data and positions from the memo
    const f = path.join(akar, `instansi/${B}/orang/orang.yaml`);
    fs.writeFileSync(f, `# baris baru\n# baris baru\n${fs.readFileSync(f, 'utf8')}`); // every position in this file moves
    const sesudah = periksaLintas(akar, [A, B]);
    expect(kode(sesudah, 'PEMDA_ORANG_GANDA')[0].line).toBe(kode(tanpa, 'PEMDA_ORANG_GANDA')[0].line + 2);
    expect(periksaLintas(akar, [A, B], cache)).toEqual(sesudah);
    expect(periksaLintas(akar, [A, B], cache)).toEqual(sesudah);
  });

  it('a Kepala Dinas PK whose pihak kedua is not the Pemda\'s kepala daerah is an error; that agency alone is not built', async () => {
    const akar = pemda({ [PK_B]: (t) => t.replace('pihak_kedua: bupati', 'pihak_kedua: sekretaris') });
    const ds = periksaLintas(akar, [A, B]);
    const f = path.join(akar, PK_B);
    expect(kode(ds, 'PEMDA_KEPALA_DAERAH')).toEqual([expect.objectContaining({ file: f, line: lineOf(f, 'pihak_kedua:'), column: 14, severity: 'galat',
      message: `pihak kedua PK 2025 Kepala Dinas "${B}" adalah "sekretaris", bukan kepala daerah Pemda "bupati"` })]);
    const keluaran = tmp();
    const r = await buildPemda(opsi(akar, keluaran, { format: ['pdf'], hanya: ['01-kepala-dinas'] }), [A, B]);
    expect(r.instansi).toEqual([{ id: A, berkas: 1, galat: false }, { id: B, berkas: 0, galat: true, dilewati: true }]);
    expect(fs.existsSync(path.join(keluaran, B))).toBe(false);
  });

  it('the kepala daerah of pemda.yaml must be a shared jabatan; an agency naming another pemda or kepala daerah is reported', () => {
    const akar = pemda({
      'pemda.yaml': (t) => t.replace('kepala_daerah: bupati', 'kepala_daerah: walikota'),
      [`instansi/${B}/instansi.yaml`]: (t) => t.replace(/^pemda: .*$/m, 'pemda: Kabupaten Lain'),
    });
    const ds = periksaLintas(akar, [A, B]);
    const kd = kode(ds, 'PEMDA_KEPALA_DAERAH');
    expect(kd.map((d) => path.relative(akar, d.file))).toEqual(['pemda.yaml', `instansi/${A}/instansi.yaml`, `instansi/${A}/pk/2025/01-kepala-dinas.md`, `instansi/${B}/instansi.yaml`, PK_B]);
    expect(kd[0]).toMatchObject({ line: 3, message: 'jabatan kepala daerah "walikota" tidak ada di bersama/jabatan/ dengan jenis kepala_daerah' });
    expect(kode(ds, 'PEMDA_NAMA')).toEqual([expect.objectContaining({ file: path.join(akar, `instansi/${B}/instansi.yaml`), message: `instansi "${B}" menyebut pemda "Kabupaten Lain", pemda.yaml "Kabupaten Contoh"` })]);
  });

  it('the kepala daerah\'s targets (bersama/rpjmd/) against each Kepala Dinas\'s PK: equal, different, missing; unknown agency, indicator or year', () => {
    const rpjmd = ['# SINTETIS (uji): target kepala daerah disalin dari PK contoh, satu diubah', 'periode: 2025-2029', 'indikator:',
      '  - ref: iku-inflasi-pangan', `    instansi: [${A}, ${B}]`, '    target:', '      "2025": 2–4',
      '  - ref: iku-pou', `    instansi: ${A}`, '    target:', '      "2025": 9', '      "2026": 8',
      '  - ref: sek-dokumen-tepat-waktu', `    instansi: ${B}`, '    target: {"2025": 1}',
      '  - ref: iku-pou', '    instansi: [dinas-lain]', '    target: {"2025": "8,5"}',
      '  - ref: iku-salah-eja', `    instansi: ${A}`, '    target: {"2030": 1}', ''].join('\n');
    const akar = pemda({ 'bersama/rpjmd/2025-2029.yaml': () => rpjmd });
    const ds = periksaLintas(akar, [A, B]);
    const beda = kode(ds, 'PEMDA_TARGET_BEDA');
    const pkA = path.join(akar, `instansi/${A}/pk/2025/01-kepala-dinas.md`);
    const r = path.join(akar, 'bersama/rpjmd/2025-2029.yaml');
    expect(beda).toEqual([
      expect.objectContaining({ file: pkA, line: lineOf(pkA, 'target: 8,5'), severity: 'peringatan', message: `target PK 2025 Kepala Dinas "${A}" untuk "iku-pou" 8,5, target kepala daerah 2025 9 (${r}:11)` }),
      expect.objectContaining({ file: path.join(akar, PK_B), message: `indikator "sek-dokumen-tepat-waktu" tidak ada di PK 2025 Kepala Dinas "${B}"; target kepala daerah 2025 1 (${r}:15)` }),
    ]);
    expect(kode(ds, 'ID_TIDAK_DIKENAL')).toEqual([
      expect.objectContaining({ file: r, line: 17, message: `instansi "dinas-lain" tidak ada di instansi/ (dikenal: ${A}, ${B})` }),
      expect.objectContaining({ file: r, line: 19, message: `indikator "iku-salah-eja" tidak ada di katalog indikator instansi "${A}" (bersama/indikator/ dan instansi/${A}/indikator/)` }),
    ]);
    expect(kode(ds, 'SKEMA')).toEqual([expect.objectContaining({ file: r, line: 21, message: 'tahun 2030 di luar periode 2025-2029' })]);
    // with --instansi B only, A's PK is not compared
    expect(kode(periksaLintas(akar, [B]), 'PEMDA_TARGET_BEDA')).toHaveLength(1);
  });

  it('an entry of a shared registry defined again by an agency is ID_DUPLIKAT at the agency\'s file', () => {
    const akar = pemda({ [`instansi/${B}/jabatan/jabatan.yaml`]: (t) => `${t}\n- id: bupati\n  nama: Bupati Contoh\n  jenis: kepala_daerah\n  pejabat: budi-santoso-contoh\n` });
    const f = path.join(akar, `instansi/${B}/jabatan/jabatan.yaml`);
    const dup = kode(check(path.join(akar, 'instansi', B)).diagnostics, 'ID_DUPLIKAT');
    expect(dup).toEqual([expect.objectContaining({ file: f, message: `id jabatan "bupati" sudah dipakai di ${path.join(akar, 'bersama/jabatan/kepala-daerah.yaml')}:2` })]);
  });
});
