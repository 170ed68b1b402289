// A Pemda build with its agencies on worker threads (src/pemda/kolam-instansi.ts) writes the same files, byte for
// byte, with the same diagnostics, as the same build in one thread; a refused write keeps its kind (GagalTulis).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { buatPemda } from '../scripts/pemda-sintetis.ts';
import { daftarInstansi } from '../src/pemda/akar.ts';
import { buildPemda } from '../src/pemda/bangun.ts';
import { jumlahPekerja } from '../src/pemda/kolam-instansi.ts';
import { GagalTulis } from '../src/write/gagal-tulis.ts';
import { build, type Options } from '../src/pipeline.ts';
import { ROOT } from './helpers.ts';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-pemda-pekerja-'));
const semuaBerkas = (dir: string) => fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => /\.(pdf|docx)$/.test(f)).sort();

it('3 agencies on 2 workers: same files, same bytes, same diagnostics as one thread', async () => {
  const { akar } = buatPemda(3, path.join(tmp(), 'pemda'), { sumber: [path.join(ROOT, 'contoh/dinas-pangan')] });
  const ids = daftarInstansi(akar);
  const opsi = (keluaran: string): Options => ({ konten: akar, keluaran, jenis: ['pk', 'iku'], format: ['pdf', 'docx'], kertas: 'A4' });
  const [satu, dua] = [tmp(), tmp()];
  const r1 = await buildPemda(opsi(satu), ids, undefined, 1);
  const kemajuan: string[] = [];
  const r2 = await buildPemda(opsi(dua), ids, { dokumen: (_s, _t, job) => { if (job) kemajuan.push(`${job.jenis}/${job.slug}`); } }, 2);
  expect(r2.diagnostics).toEqual(r1.diagnostics);
  expect(r2.instansi).toEqual(r1.instansi);
  expect(r2.outputs.map((o) => path.relative(dua, o.path))).toEqual(r1.outputs.map((o) => path.relative(satu, o.path)));
  const berkas = semuaBerkas(satu);
  expect(berkas.length).toBeGreaterThan(6);
  expect(semuaBerkas(dua)).toEqual(berkas);
  for (const f of berkas) expect(Buffer.compare(fs.readFileSync(path.join(satu, f)), fs.readFileSync(path.join(dua, f))), f).toBe(0);
  // progress lines come from the workers, named by agency
  for (const id of ids) expect(kemajuan.some((k) => k.startsWith(`${id}/pk/`))).toBe(true);
  // the workers' own CPU (Linux: /proc/thread-self), part of the process's; none without a pool
  expect(r1.cpuPekerjaMs).toBeUndefined();
  if (process.platform === 'linux') {
    expect(r2.cpuPekerjaMs).toBeGreaterThan(0);
    expect(r2.cpuPekerjaMs!).toBeLessThan((process.cpuUsage().user + process.cpuUsage().system) / 1000);
  }
}, 300_000);

it('a refused write in a worker stays a GagalTulis naming the output path', async () => {
  const { akar } = buatPemda(2, path.join(tmp(), 'pemda'), { sumber: [path.join(ROOT, 'contoh/dinas-pangan')] });
  const ids = daftarInstansi(akar);
  const keluaran = tmp();
  fs.writeFileSync(path.join(keluaran, ids[1]), 'bukan direktori'); // the agency's output folder is a file
  const r = buildPemda({ konten: akar, keluaran, jenis: ['iku'], format: ['pdf'], kertas: 'A4' }, ids, undefined, 2);
  await expect(r).rejects.toBeInstanceOf(GagalTulis);
  await expect(r).rejects.toThrow(ids[1]);
}, 300_000);

it('pool size: one per core, at most one per agency, at least one', () => {
  expect(jumlahPekerja(1)).toBe(1);
  expect(jumlahPekerja(40, 2)).toBe(2);
  expect(jumlahPekerja(3, 8)).toBe(3);
  expect(jumlahPekerja(5, 0)).toBe(1);
});

it('the CLI: --pekerja 1 builds a Pemda one agency after the other; a bad count exits 2', () => {
  const { akar } = buatPemda(2, path.join(tmp(), 'pemda'), { sumber: [path.join(ROOT, 'contoh/dinas-pangan')] });
  const sakip = (...a: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'bin/sakip.js'), 'build', '--senyap', ...a], { encoding: 'utf8', cwd: ROOT });
  const keluaran = tmp();
  const r = sakip('--konten', akar, '--keluaran', keluaran, '--jenis', 'iku', '--format', 'pdf', '--pekerja', '1');
  expect(r.status, r.stderr).toBe(0);
  expect(r.stdout).toMatch(/berkas ditulis ke .* \(2 dari 2 instansi\)/);
  expect(semuaBerkas(keluaran).length).toBeGreaterThanOrEqual(2);
  for (const [v, pesan] of [['0', '--pekerja harus bilangan bulat 1-64: 0'], ['dua', '--pekerja harus bilangan bulat 1-64: dua']]) {
    const x = sakip('--konten', akar, '--keluaran', tmp(), '--pekerja', v);
    expect(x.status).toBe(2);
    expect(x.stderr).toContain(pesan);
  }
}, 120_000);

it('one agency with --pekerja 2: its documents rendered on two worker threads, the same bytes as one thread; a build from the cache renders nothing', async () => {
  const konten = path.join(ROOT, 'contoh/dinas-pangan');
  const opsi = (keluaran: string, extra: Partial<Options> = {}): Options => ({ konten, keluaran, jenis: ['pk', 'lkip', 'iku'], format: ['pdf', 'docx'], kertas: 'A4', ...extra });
  const [satu, dua, tiga] = [tmp(), tmp(), tmp()];
  const cache = tmp();
  const r1 = await build(opsi(satu));
  const r2 = await build(opsi(dua, { pekerja: 2, cache }));
  expect(r2.diagnostics).toEqual(r1.diagnostics);
  expect(r2.dirender).toBe(r1.outputs.length / 2);
  const berkas = semuaBerkas(satu);
  expect(berkas.length).toBeGreaterThan(6);
  expect(semuaBerkas(dua)).toEqual(berkas);
  for (const f of berkas) expect(Buffer.compare(fs.readFileSync(path.join(satu, f)), fs.readFileSync(path.join(dua, f))), f).toBe(0);
  const r3 = await build(opsi(tiga, { pekerja: 2, cache, hanya: ['01-kepala-dinas'] })); // from the cache: nothing rendered
  expect(r3.dirender).toBe(0);
  expect(Buffer.compare(fs.readFileSync(path.join(tiga, 'pk/2025/01-kepala-dinas.pdf')), fs.readFileSync(path.join(satu, 'pk/2025/01-kepala-dinas.pdf')))).toBe(0);
}, 300_000);
