// The table of document kinds: every kind has a template folder, views are computed only for selected documents,
// and content folders no kind claims are reported.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PkView } from '../src/compute/pk.ts';
import { JENIS } from '../src/jenis/index.ts';
import { check, selectJobs } from '../src/pipeline.ts';
import { ROOT, tempCopy } from './helpers.ts';

const CONTENT = path.join(ROOT, 'content');

describe('tabel jenis dokumen', () => {
  it('each row names a distinct kind whose templates/<templat>/dokumen.hbs exists', () => {
    expect(new Set(JENIS.map((k) => k.jenis)).size).toBe(JENIS.length);
    for (const k of JENIS) expect(fs.existsSync(path.join(ROOT, 'templates', k.templat, 'dokumen.hbs')), k.jenis).toBe(true);
  });
  it('a view is computed only when read: selecting one PK does not compute the other 26', () => {
    // without instansi.yaml every PK view throws when computed, so selecting must not touch any view
    const dir = tempCopy(CONTENT);
    fs.rmSync(path.join(dir, 'instansi.yaml'));
    const { content } = check(dir);
    const jobs = selectJobs(content, { jenis: ['pk'], hanya: ['02-sekretaris'] });
    expect(jobs.map((j) => j.slug)).toEqual(['02-sekretaris']);
    expect(() => jobs[0].view).toThrow();
  });
  it("a document's Excel tables come from its own kind, read from the view computed once", () => {
    const { content } = check(CONTENT);
    const jobs = selectJobs(content, { jenis: ['pk', 'pedoman'] });
    const pk = jobs.find((j) => j.jenis === 'pk' && j.slug === '01-kepala-dinas')!;
    const tabel = pk.tabel!();
    expect(tabel.length).toBeGreaterThan(0);
    const indikator = (pk.view as PkView).sasaran[0].indikator[0].nama;
    expect(JSON.stringify(tabel)).toContain(JSON.stringify(indikator));
    expect(pk.view).toBe(pk.view); // one computation, kept
    expect(jobs.find((j) => j.jenis === 'pedoman')!.tabel).toBeUndefined(); // the guideline exports no workbook
    for (const k of JENIS) expect(typeof k.jobs, k.jenis).toBe('function');
  });
  it("a folder of the content that no kind claims is BERKAS_TIDAK_DIKENAL; a kind's own folder is not", () => {
    const dir = tempCopy(CONTENT, [{ file: 'rencana-kerja/2025/renja.yaml', content: 'tahun: 2025\n' }]);
    const d = check(dir).diagnostics.filter((x) => x.code === 'BERKAS_TIDAK_DIKENAL');
    expect(d.map((x) => x.file)).toEqual([path.join(dir, 'rencana-kerja')]);
  });
});
