// The cross-agency checks read the shared registries (bersama/orang, jabatan, indikator) once per build, not once
// per agency, with the same findings; a worker pool starts the heaviest agencies first, results in the Pemda's order.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it, vi } from 'vitest';
import { buatPemda } from '../scripts/pemda-sintetis.ts';
import { daftarInstansi, dirInstansi } from '../src/pemda/akar.ts';
import { perInstansi, periksaLintas } from '../src/pemda/per-instansi.ts';
import { beratFolder, urutBerat } from '../src/pemda/urut-berat.ts';
import { parseYaml } from '../src/load/yaml-source.ts';

vi.mock('../src/load/yaml-source.ts', async (asli) => {
  const m = await asli<typeof import('../src/load/yaml-source.ts')>();
  return { ...m, parseYaml: vi.fn(m.parseYaml) };
});

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-pemda-lintas-'));

it('shared registries parsed once for 4 agencies; the findings unchanged', () => {
  const { akar } = buatPemda(4, path.join(tmp(), 'pemda'));
  // a shared indicator and a second shared person, so that every shared registry has a file
  fs.mkdirSync(path.join(akar, 'bersama/indikator'), { recursive: true });
  fs.writeFileSync(path.join(akar, 'bersama/indikator/ikk.yaml'), '# SINTETIS\n- id: ikk-sintetis\n  nama: Indikator sintetis\n  satuan: persen\n');
  const ids = daftarInstansi(akar);
  const hitung = vi.mocked(parseYaml);
  hitung.mockClear();
  const d = periksaLintas(akar, ids);
  const bersama = hitung.mock.calls.map((c) => c[0]).filter((f) => f.includes('/bersama/') && !f.includes('/rpjmd/'));
  expect(bersama.sort()).toEqual([`${akar}/bersama/indikator/ikk.yaml`, `${akar}/bersama/jabatan/kepala-daerah.yaml`, `${akar}/bersama/orang/kepala-daerah.yaml`]);
  // every agency's own files are still read (its instansi.yaml once per agency)
  expect(hitung.mock.calls.filter((c) => c[0].endsWith('/instansi.yaml')).length).toBe(4);
  expect(d.filter((x) => x.severity === 'galat')).toEqual([]);
  // a shared indicator is known to every agency: an RPJMD target on it is no unknown reference
  fs.appendFileSync(path.join(akar, 'bersama/rpjmd/2025-2029.yaml'), `  - ref: ikk-sintetis\n    instansi: ${ids[1]}\n    target: {"2031": "1"}\n`);
  const d2 = periksaLintas(akar, ids);
  expect(d2.map((x) => x.code)).toContain('SKEMA'); // the year outside the period
  expect(d2.map((x) => x.message).join('\n')).not.toContain('tidak ada di katalog indikator');
}, 120_000);

it('a pool starts the heaviest agency first; results in the Pemda order', async () => {
  const { akar } = buatPemda(3, path.join(tmp(), 'pemda'), { sumber: ['contoh/dinas-pangan'] });
  const ids = daftarInstansi(akar);
  expect(new Set(ids.map((id) => beratFolder(dirInstansi(akar, id)))).size).toBe(1); // clones: equal weight
  fs.writeFileSync(path.join(dirInstansi(akar, ids[2]), 'README.md'), 'x'.repeat(1 << 20));
  fs.mkdirSync(path.join(dirInstansi(akar, ids[1]), '.sakip-cache'));
  fs.writeFileSync(path.join(dirInstansi(akar, ids[1]), '.sakip-cache/besar'), 'x'.repeat(2 << 20)); // not counted
  expect(urutBerat(ids, (id) => dirInstansi(akar, id))).toEqual([ids[2], ids[0], ids[1]]);
  const mulai: string[] = [];
  const r = await perInstansi(akar, ids, async (id) => { mulai.push(id); return { diagnostics: [] }; }, true);
  expect(mulai).toEqual([ids[2], ids[0], ids[1]]);
  expect(r.instansi.map((i) => i.id)).toEqual(ids);
  const satuSatu: string[] = [];
  await perInstansi(akar, ids, async (id) => { satuSatu.push(id); return { diagnostics: [] }; });
  expect(satuSatu).toEqual(ids); // one at a time: the Pemda order
}, 120_000);
