// `sakip check` through the build cache (src/pipeline/periksa-cache.ts): after each of a series of edits to copies of
// the default content, the example agency and a synthetic Pemda, the cached check's diagnostics equal the uncached
// checkAll's; a check where nothing changed is answered from its stored entry, an edit runs only the templates it
// reaches, damaged entries are checked again, and a check with errors stores nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buatPemda } from '../scripts/pemda-sintetis.ts';
import { daftarInstansi } from '../src/pemda/akar.ts';
import { checkPemda } from '../src/pemda/bangun.ts';
import { checkAll } from '../src/pipeline.ts';
import { checkCache } from '../src/pipeline/periksa-cache.ts';
import { ROOT, ubahBerkas } from './helpers.ts';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-check-cache-'));
function salin(dari: string): string {
  const d = path.join(tmp(), 'k');
  fs.cpSync(dari, d, { recursive: true });
  return d;
}
/** The cached check against the uncached one: same diagnostics; what the cached one did. */
function periksa(konten: string, cache: string, templat?: string) {
  const dibaca: number[] = [];
  const c = checkCache(konten, templat, cache, { dibaca: (n) => { dibaca.push(n); } });
  const penuh: number[] = [];
  expect(c.diagnostics).toEqual(checkAll(konten, templat, { dibaca: (n) => { penuh.push(n); } }));
  expect(dibaca).toEqual(penuh);
  return { tetap: c.tetap, templat: c.templat, galat: c.diagnostics.filter((d) => d.severity === 'galat').map((d) => d.code) };
}

describe('check with the build cache', () => {
  it('default content: the same diagnostics after every edit; unchanged answered, an edit reruns only what it reaches', () => {
    const konten = salin(path.join(ROOT, 'content'));
    const templat = salin(path.join(ROOT, 'templates'));
    const cache = path.join(tmp(), 'cache');
    expect(periksa(konten, cache, templat)).toEqual({ tetap: false, templat: 40, galat: [] });
    expect(periksa(konten, cache, templat)).toEqual({ tetap: true, templat: 0, galat: [] });

    ubahBerkas(konten, 'pk/2025/01-kepala-dinas.md', /\n(## .*)\n/, '\n$1\n\nCatatan tambahan, lihat Tabel 9.9.\n'); // a paragraph citing no table
    const paragraf = periksa(konten, cache, templat);
    expect(paragraf.tetap).toBe(false);
    expect(paragraf.templat).toBeGreaterThan(0);
    expect(paragraf.templat).toBeLessThan(5);
    expect(checkAll(konten, templat).map((d) => d.message).join('\n')).toContain('9.9'); // the reference check ran on it

    ubahBerkas(konten, 'pk/2025/01-kepala-dinas.md', /(\n\s+target: )\d+\n/, '$177\n'); // a target
    expect(periksa(konten, cache, templat).templat).toBeGreaterThan(1);
    ubahBerkas(konten, 'orang/orang.yaml', 'nama: BUDIMAN', 'nama: BUDIMAN SUNTING'); // a registry
    periksa(konten, cache, templat);

    const f = path.join(konten, 'anggaran', fs.readdirSync(path.join(konten, 'anggaran'))[0]);
    const baik = fs.readFileSync(f, 'utf8');
    fs.writeFileSync(f, `${baik}\n  : [tidak: valid\n`); // a YAML error: no answer stored
    expect(periksa(konten, cache, templat).galat).toContain('YAML_SINTAKS');
    expect(periksa(konten, cache, templat).tetap).toBe(false);
    fs.writeFileSync(f, baik); // back to the last good state: its stored answer
    expect(periksa(konten, cache, templat)).toEqual({ tetap: true, templat: 0, galat: [] });

    ubahBerkas(templat, 'pk/tabel-kinerja.hbs', /\n/, '\n{{!-- sunting --}}\n'); // a template: every document again
    expect(periksa(konten, cache, templat).templat).toBe(40);
    ubahBerkas(templat, 'pk/tabel-kinerja.hbs', '{{!-- sunting --}}', '{{nama_tidak_ada}}'); // a template error
    expect(periksa(konten, cache, templat).galat).toEqual(['TEMPLAT']);

    // damaged entries: checked again, same answer
    ubahBerkas(templat, 'pk/tabel-kinerja.hbs', '{{nama_tidak_ada}}', '');
    periksa(konten, cache, templat);
    for (const n of fs.readdirSync(cache)) if (n.endsWith('.sakip')) fs.writeFileSync(path.join(cache, n), 'rusak');
    expect(periksa(konten, cache, templat).tetap).toBe(false);
    expect(periksa(konten, cache, templat).tetap).toBe(true);
  }, 300_000);

  it('example agency and a synthetic Pemda (in this thread and in a worker pool): the same diagnostics, then answered', async () => {
    const contoh = salin(path.join(ROOT, 'contoh/dinas-pangan'));
    const cache = path.join(tmp(), 'cache');
    expect(periksa(contoh, cache).tetap).toBe(false);
    expect(periksa(contoh, cache).tetap).toBe(true);
    ubahBerkas(contoh, 'instansi.yaml', /\n/, '\n# sunting\n');
    periksa(contoh, cache);

    const { akar } = buatPemda(2, path.join(tmp(), 'pemda'));
    const ids = daftarInstansi(akar);
    const tanpa = await checkPemda(akar, ids, undefined, undefined, undefined, 1);
    expect(await checkPemda(akar, ids, undefined, undefined, cache, 2)).toEqual(tanpa); // workers, cold cache
    expect(await checkPemda(akar, ids, undefined, undefined, cache, 2)).toEqual(tanpa);
    expect(await checkPemda(akar, ids, undefined, undefined, cache, 1)).toEqual(tanpa); // this thread, answered
    expect(await checkPemda(akar, ids, undefined, undefined, undefined, 2)).toEqual(tanpa); // workers without cache
    ubahBerkas(path.join(akar, 'instansi', ids[1]), 'instansi.yaml', /\n/, '\n# sunting\n'); // one agency edited: checked in this thread
    expect(await checkPemda(akar, ids, undefined, undefined, cache, 2)).toEqual(await checkPemda(akar, ids, undefined, undefined, undefined, 1));
  }, 300_000);
});
