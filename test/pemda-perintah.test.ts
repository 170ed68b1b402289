// The other commands on a Pemda root (src/pemda/): ekspor and paket per agency, isian/impor/verifikasi finding the
// agency from the file's path, pantau watching bersama/ and rebuilding only the agencies a save concerns, and
// check counting each file read once. A synthetic two-agency Pemda from contoh/dinas-pangan (scripts/pemda-sintetis.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { buatPemda } from '../scripts/pemda-sintetis.ts';
import { ekspor } from '../src/excel/ekspor.ts';
import { jalurPantau } from '../src/pemda/akar.ts';
import { checkPemda } from '../src/pemda/bangun.ts';
import { berkasPemda } from '../src/pemda/dibaca.ts';
import { eksporPemda, paketPemda } from '../src/pemda/ekspor-paket.ts';
import { kontenImpor } from '../src/pemda/isian.ts';
import { pantauPemda } from '../src/pemda/pantau.ts';
import { verifikasiPemda } from '../src/pemda/verifikasi.ts';
import type { Pantauan } from '../src/cli/pantau.ts';
import { build, checkAll, type BuildResult } from '../src/pipeline.ts';
import { ROOT } from './helpers.ts';

const CONTOH = path.join(ROOT, 'contoh/dinas-pangan');
const [A, B] = ['dkpp-contoh', 'dkpp-contoh-sintetis-02'];
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-pemda-perintah-'));
const pemda = () => buatPemda(2, path.join(tmp(), 'pemda'), { sumber: [CONTOH], asli: true }).akar;
const rel = (dir: string, ps: { path: string }[]) => ps.map((p) => path.relative(dir, p.path)).sort();

describe('Pemda: ekspor and paket', () => {
  const akar = pemda();

  it('ekspor writes each agency\'s workbooks into <keluaran>/<id>/, as exporting the agency alone', async () => {
    const keluaran = tmp();
    const r = await eksporPemda({ konten: akar, keluaran, jenis: ['pk'], tahun: 2025, hanya: ['02-sekretaris'] }, [A, B], ekspor);
    expect(r.instansi.map((i) => [i.id, i.galat])).toEqual([[A, false], [B, false]]);
    expect(rel(keluaran, r.outputs)).toEqual([`${A}/pk/2025/02-sekretaris.xlsx`, `${B}/pk/2025/02-sekretaris.xlsx`].sort());
    const sendiri = tmp();
    await ekspor({ konten: CONTOH, keluaran: sendiri, jenis: ['pk'], tahun: 2025, hanya: ['02-sekretaris'] });
    expect(Buffer.compare(fs.readFileSync(path.join(keluaran, A, 'pk/2025/02-sekretaris.xlsx')), fs.readFileSync(path.join(sendiri, 'pk/2025/02-sekretaris.xlsx')))).toBe(0);
  }, 60_000);

  it('paket: one zip per agency named by its id; an agency held back by a cross-agency error writes none', async () => {
    const rusak = pemda();
    const pk = path.join(rusak, `instansi/${B}/pk/2025/01-kepala-dinas.md`);
    fs.writeFileSync(pk, fs.readFileSync(pk, 'utf8').replace('pihak_kedua: bupati', 'pihak_kedua: sekretaris'));
    const keluaran = tmp();
    const r = await paketPemda({ konten: rusak, keluaran, tahun: 2025, kertas: 'A4' }, [A, B]);
    expect(r.instansi.map((i) => [i.id, i.galat, !!i.dilewati])).toEqual([[A, false, false], [B, true, true]]);
    expect(fs.readdirSync(path.join(keluaran, 'paket'))).toEqual([`esakip-${A}-2025.zip`]);
    expect([...r.manifest.values()][0].length).toBeGreaterThan(3);
    expect(r.diagnostics.filter((d) => d.severity === 'galat').map((d) => d.code)).toEqual(['PEMDA_KEPALA_DAERAH']);
  }, 120_000);

  it('the CLI: ekspor on the root with --instansi names the agencies in its closing line', () => {
    const keluaran = tmp();
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/sakip.js'), 'ekspor', '--konten', akar, '--instansi', B, '--jenis', 'pk', '--hanya', '02-sekretaris', '--keluaran', keluaran], { encoding: 'utf8', cwd: ROOT });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`${path.join(keluaran, B, 'pk/2025/02-sekretaris.xlsx')}\n1 buku kerja ditulis ke ${keluaran}/ (1 dari 1 instansi).`);
    expect(fs.existsSync(path.join(keluaran, A))).toBe(false);
  }, 60_000);
});

describe('Pemda: the agency of a file (verifikasi, impor)', () => {
  const akar = pemda();
  const keluaran = tmp();
  const opsi = { keluaran, jenis: ['pk'], hanya: ['02-sekretaris'], format: ['pdf' as const], kertas: 'A4' as const };

  it('verifikasi: a PDF under <keluaran>/<id>/ is checked against that agency; a copy elsewhere is found among the agencies', async () => {
    for (const id of [A, B]) await build({ ...opsi, konten: path.join(akar, 'instansi', id), keluaran: path.join(keluaran, id) });
    const pdfB = path.join(keluaran, B, 'pk/2025/02-sekretaris.pdf');
    expect(verifikasiPemda(pdfB, akar)).toMatchObject({ id: B, hasil: { status: 'cocok' } });
    const lain = path.join(tmp(), 'unduhan.pdf');
    fs.copyFileSync(pdfB, lain);
    expect(verifikasiPemda(lain, akar)).toMatchObject({ id: B, hasil: { status: 'cocok' } });
    // A's document in B's folder: compared with B's, which differs
    const salah = path.join(keluaran, B, 'dari-a.pdf');
    fs.copyFileSync(path.join(keluaran, A, 'pk/2025/02-sekretaris.pdf'), salah);
    expect(verifikasiPemda(salah, akar)).toMatchObject({ id: B, hasil: { status: 'berubah' } });
    // a changed content: no agency's document matches a copy kept elsewhere
    const sek = path.join(akar, `instansi/${B}/pk/2025/02-sekretaris.md`);
    fs.writeFileSync(sek, fs.readFileSync(sek, 'utf8').replace('tempat: ', 'tempat: Kota '));
    expect(verifikasiPemda(lain, akar)).toEqual({});
  }, 60_000);

  it('impor: the agency from the workbook\'s path, else a message naming the per-agency form', () => {
    expect(kontenImpor(akar, path.join(keluaran, A, 'isian/isian-2025-tw2.xlsx'))).toBe(path.join(akar, 'instansi', A));
    expect(kontenImpor(CONTOH, '/tmp/isian.xlsx')).toBe(CONTOH);
    expect(kontenImpor(akar, '/tmp/isian.xlsx')).toEqual({ pesan: `${akar} adalah akar Pemda dan jalur /tmp/isian.xlsx tidak menyebut instansinya (<dir>/<id>/isian/…): impor per instansi, sakip impor /tmp/isian.xlsx --konten ${akar}/instansi/<id> (instansi: ${A}, ${B})` });
  });
});

describe('Pemda: check counts each file read once', () => {
  it('shared registries once, plus pemda.yaml and bersama/rpjmd/ (agencies checked in a worker pool)', async () => {
    const akar = pemda();
    const satu = (id: string) => { let n = 0; checkAll(path.join(akar, 'instansi', id), undefined, { dibaca: (x) => { n = x; } }); return n; };
    const [a, b] = [satu(A), satu(B)];
    const registri = ['orang', 'jabatan', 'dasar-hukum', 'indikator'].flatMap((k) => { const d = path.join(akar, 'bersama', k); return fs.existsSync(d) ? fs.readdirSync(d) : []; }).length;
    expect(berkasPemda(akar)).toEqual({ registri, sendiri: 2 }); // pemda.yaml and bersama/rpjmd/2025-2029.yaml
    let dibaca = 0;
    const langkah: string[] = [];
    await checkPemda(akar, [A, B], undefined, { dibaca: (n) => { dibaca = n; }, instansi: (i, n, id) => { langkah.push(`${i}/${n} ${id}`); } });
    expect(langkah.map((l) => l.split(' ')[0])).toEqual(['1/2', '2/2']); // progress per agency checked (pool: either first)
    expect(langkah.map((l) => l.split(' ')[1]).sort()).toEqual([A, B].sort());
    expect(registri).toBeGreaterThan(1);
    expect(dibaca).toBe(a + b - registri + 2);
    await checkPemda(akar, [B], undefined, { dibaca: (n) => { dibaca = n; } });
    expect(dibaca).toBe(b + 2);
  }, 60_000);
});

describe('Pemda: pantau', () => {
  const akar = pemda();
  const keluaran = tmp();
  const builds: { id: string; r: BuildResult; sebab: string[] }[] = [];
  const errors: unknown[] = [];
  let p: Pantauan | undefined;
  afterAll(async () => { await p?.close(); });
  const tunggu = async (n: number) => {
    for (let t = 0; builds.length < n; t += 50) {
      if (t > 30_000) throw new Error(`menunggu build ke-${n}, baru ${builds.length}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  it('an agency folder of a Pemda watches bersama/ and pemda.yaml too; a single agency only its folder', () => {
    const dir = path.join(akar, 'instansi', A);
    expect(jalurPantau(dir)).toEqual([dir, path.join(akar, 'bersama'), path.join(akar, 'pemda.yaml')]);
    expect(jalurPantau(CONTOH)).toEqual([CONTOH]);
  });

  it('on the root: a save in bersama/ rewrites every agency\'s output, a save in one agency rebuilds that agency only', async () => {
    p = pantauPemda({ konten: akar, keluaran, jenis: ['pk'], hanya: ['01-kepala-dinas'], format: ['pdf'], kertas: 'A4' }, [A, B],
      (id, r, _d, sebab) => builds.push({ id, r, sebab }), (_id, e) => errors.push(e));
    await p.ready;
    await tunggu(2);
    expect(builds.map((b) => [b.id, rel(keluaran, b.r.outputs)])).toEqual([[A, [`${A}/pk/2025/01-kepala-dinas.pdf`]], [B, [`${B}/pk/2025/01-kepala-dinas.pdf`]]]);
    const pdf = (id: string) => path.join(keluaran, id, 'pk/2025/01-kepala-dinas.pdf');
    const [lamaA, lamaB] = [fs.readFileSync(pdf(A)), fs.readFileSync(pdf(B))];

    // the kepala daerah (pihak kedua of each Kepala Dinas PK) lives in bersama/
    const kd = path.join(akar, 'bersama/orang/kepala-daerah.yaml');
    fs.writeFileSync(kd, fs.readFileSync(kd, 'utf8').replace('ADI CONTOHWIJAYA', 'ADI CONTOHSAPUTRA'));
    await tunggu(4);
    expect(builds.slice(2).map((b) => [b.id, b.sebab, rel(keluaran, b.r.outputs)]).sort()).toEqual([[A, [kd], [`${A}/pk/2025/01-kepala-dinas.pdf`]], [B, [kd], [`${B}/pk/2025/01-kepala-dinas.pdf`]]]);
    expect(Buffer.compare(fs.readFileSync(pdf(A)), lamaA)).not.toBe(0);
    expect(Buffer.compare(fs.readFileSync(pdf(B)), lamaB)).not.toBe(0);

    const pkB = path.join(akar, `instansi/${B}/pk/2025/01-kepala-dinas.md`);
    const baruA = fs.statSync(pdf(A)).mtimeMs;
    fs.writeFileSync(pkB, fs.readFileSync(pkB, 'utf8').replace('tempat: ', 'tempat: Kota '));
    await tunggu(5);
    await new Promise((r) => setTimeout(r, 500)); // no second build follows
    expect(builds.slice(4).map((b) => [b.id, b.sebab])).toEqual([[B, [pkB]]]);
    expect(fs.statSync(pdf(A)).mtimeMs).toBe(baruA);
    expect(errors).toEqual([]);
  }, 90_000);

  it('runs the cross-agency checks before each build: an error in an agency holds its rebuild back, the fix builds it', async () => {
    const akar2 = pemda();
    const keluaran2 = tmp();
    const hasil: { id: string; r: BuildResult }[] = [];
    const q = pantauPemda({ konten: akar2, keluaran: keluaran2, jenis: ['pk'], hanya: ['01-kepala-dinas'], format: ['pdf'], kertas: 'A4' }, [A, B],
      (id, r) => hasil.push({ id, r }), (_id, e) => errors.push(e));
    try {
      await q.ready;
      const tunggu2 = async (n: number) => { for (let t = 0; hasil.length < n; t += 50) { if (t > 30_000) throw new Error(`build ke-${n}`); await new Promise((r) => setTimeout(r, 50)); } };
      await tunggu2(2);
      const pkB = path.join(akar2, `instansi/${B}/pk/2025/01-kepala-dinas.md`);
      const asli = fs.readFileSync(pkB, 'utf8');
      const pdfB = path.join(keluaran2, B, 'pk/2025/01-kepala-dinas.pdf');
      const lama = fs.readFileSync(pdfB);
      fs.writeFileSync(pkB, asli.replace('pihak_kedua: bupati', 'pihak_kedua: sekretaris').replace('tempat: ', 'tempat: Kota '));
      await tunggu2(3);
      expect(hasil[2].id).toBe(B);
      expect(hasil[2].r.outputs).toEqual([]);
      expect(hasil[2].r.diagnostics.filter((d) => d.severity === 'galat').map((d) => [d.code, d.file])).toEqual([['PEMDA_KEPALA_DAERAH', pkB]]);
      expect(fs.readFileSync(pdfB).equals(lama)).toBe(true); // nothing written
      fs.writeFileSync(pkB, asli.replace('tempat: ', 'tempat: Kota '));
      await tunggu2(4);
      expect(hasil[3].r.diagnostics.filter((d) => d.severity === 'galat')).toEqual([]);
      expect(rel(keluaran2, hasil[3].r.outputs)).toEqual([`${B}/pk/2025/01-kepala-dinas.pdf`]);
      expect(fs.readFileSync(pdfB).equals(lama)).toBe(false);
    } finally {
      await q.close();
    }
  }, 120_000);
});
