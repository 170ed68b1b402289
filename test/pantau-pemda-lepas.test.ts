// pantau on a Pemda root: an agency held back by an error in the Pemda's files is rebuilt when that error is fixed
// in ANOTHER agency's file (which its own watcher does not see), once, and its preview mark "ditahan" clears; an
// agency still held back by its own finding is not rebuilt. The error: bersama/rpjmd/ names an indicator missing
// from agency A's catalogue (ID_TIDAK_DIKENAL, holds every agency back), fixed by adding it to instansi/A/indikator/.
// A synthetic two-agency Pemda from contoh/dinas-pangan (scripts/pemda-sintetis.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buatPemda } from '../scripts/pemda-sintetis.ts';
import { pantauPemda } from '../src/pemda/pantau.ts';
import { KeadaanPemda } from '../src/pratinjau/keadaan-pemda.ts';
import type { BuildResult } from '../src/pipeline.ts';
import { ROOT } from './helpers.ts';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-pantau-lepas-'));
const tidur = (ms: number) => new Promise((r) => setTimeout(r, ms));
const galat = (r: BuildResult) => r.diagnostics.filter((d) => d.severity === 'galat').map((d) => d.code);
const INDIKATOR = `# SINTETIS: indikator uji (test/pantau-pemda-lepas.test.ts), bukan data instansi mana pun.
- id: "iku-uji-lepas"
  nama: "Indikator uji"
  satuan: "%"
  relevansi: "Uji pemantauan"
  formulasi: "Uji dibagi uji dikali 100%"
  sumber_data: "Uji"
`;

/** A Pemda whose rpjmd names "iku-uji-lepas" for agency A, missing from every catalogue. */
function pemdaRusak() {
  const { akar, ids } = buatPemda(2, path.join(tmp(), 'pemda'), { sumber: [path.join(ROOT, 'contoh/dinas-pangan')], asli: true });
  const rpjmd = path.join(akar, 'bersama/rpjmd/2025-2029.yaml');
  fs.appendFileSync(rpjmd, `  - ref: iku-uji-lepas\n    instansi: ${ids[0]}\n    target: {"2025": "1"}\n`);
  return { akar, ids, katalogA: path.join(akar, 'instansi', ids[0], 'indikator/uji.yaml') };
}

function mulai(akar: string, ids: string[]) {
  const keluaran = tmp();
  const builds: { id: string; r: BuildResult; sebab: string[] }[] = [];
  const errors: unknown[] = [];
  const k = new KeadaanPemda(akar, ids, keluaran, ['pdf'], () => {});
  const p = pantauPemda({ konten: akar, keluaran, jenis: ['pk'], hanya: ['01-kepala-dinas'], format: ['pdf'], kertas: 'A4' }, ids,
    (id, r, d, sebab) => { builds.push({ id, r, sebab }); k.selesai(id, r, d, sebab); }, (_id, e) => errors.push(e), undefined, (id, ds) => k.lintasBaru(id, ds));
  const tunggu = async (n: number) => {
    for (let t = 0; builds.length < n; t += 50) {
      if (t > 40_000) throw new Error(`menunggu build ke-${n}, baru ${builds.length}`);
      await tidur(50);
    }
    await tidur(1500); // and nothing follows
  };
  const pdf = (id: string) => path.join(keluaran, id, 'pk/2025/01-kepala-dinas.pdf');
  return { p, k, builds, errors, tunggu, pdf };
}

describe('pantau on a Pemda root: a hold-back lifted in another agency', () => {
  it('the fix in A\'s catalogue rebuilds A (its save) and B (queued, without touching B\'s files), once each', async () => {
    const { akar, ids: [A, B], katalogA } = pemdaRusak();
    const { p, k, builds, errors, tunggu, pdf } = mulai(akar, [A, B]);
    try {
      await p.ready;
      await tunggu(2);
      expect(builds.map((b) => [b.id, galat(b.r), b.r.outputs.length])).toEqual([[A, ['ID_TIDAK_DIKENAL'], 0], [B, ['ID_TIDAK_DIKENAL'], 0]]);
      expect(fs.existsSync(pdf(B))).toBe(false);
      const isiB = fs.readdirSync(path.join(akar, 'instansi', B), { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
        .map((e) => [path.join(e.parentPath, e.name), fs.statSync(path.join(e.parentPath, e.name)).mtimeMs]);

      fs.mkdirSync(path.dirname(katalogA), { recursive: true });
      fs.writeFileSync(katalogA, INDIKATOR);
      await tunggu(4);
      expect(builds.slice(2).map((b) => [b.id, b.sebab, galat(b.r)])).toEqual([[A, [katalogA], []], [B, [katalogA], []]]);
      expect(fs.existsSync(pdf(A)) && fs.existsSync(pdf(B))).toBe(true);
      expect(builds.length).toBe(4); // B's rebuild queued nothing more
      for (const [f, m] of isiB) expect(fs.statSync(f as string).mtimeMs, f as string).toBe(m); // B's files untouched
      expect(k.statusPemda().instansi.map((i) => [i.id, i.keadaan])).toEqual([[A, 'dibangun'], [B, 'dibangun']]);
      expect(errors).toEqual([]);
    } finally {
      await p.close();
    }
  }, 120_000);

  it('an agency still held back by its own error is not rebuilt; nor again and again while it stays so', async () => {
    const { akar, ids: [A, B], katalogA } = pemdaRusak();
    const pkB = path.join(akar, `instansi/${B}/pk/2025/01-kepala-dinas.md`);
    fs.writeFileSync(pkB, fs.readFileSync(pkB, 'utf8').replace('pihak_kedua: bupati', 'pihak_kedua: sekretaris'));
    const { p, k, builds, errors, tunggu } = mulai(akar, [A, B]);
    try {
      await p.ready;
      await tunggu(2);
      expect(galat(builds[1].r).sort()).toEqual(['ID_TIDAK_DIKENAL', 'PEMDA_KEPALA_DAERAH']);
      fs.mkdirSync(path.dirname(katalogA), { recursive: true });
      fs.writeFileSync(katalogA, INDIKATOR);
      await tunggu(3);
      expect(builds.map((b) => b.id)).toEqual([A, B, A]); // B still held back by its own PK: not queued
      expect(k.statusPemda().instansi.map((i) => [i.id, i.keadaan])).toEqual([[A, 'dibangun'], [B, 'galat']]);
      fs.writeFileSync(katalogA, `${INDIKATOR}# disimpan lagi\n`); // another round of A: B still not queued
      await tunggu(4);
      expect(builds.map((b) => b.id)).toEqual([A, B, A, A]);
      expect(errors).toEqual([]);
    } finally {
      await p.close();
    }
  }, 120_000);
});
