// Incremental checks and views (src/cache/lacak.ts, view-deps.ts, cek-deps.ts): after each of a series of edits
// to a copy of the default content and of the example agency, the diagnostics of the incremental checks equal a
// full check, and every job's view hash (reused or computed) equals the hash of the view computed from scratch;
// what is recomputed is only what the edit can reach. End to end: a watching build's bytes (PDF written before
// the DOCX is rendered) equal a build without any cache after edits.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cekTerlacak } from '../src/cache/cek-deps.ts';
import { sidikView } from '../src/cache/model.ts';
import { sidikKonten } from '../src/cache/sidik-konten.ts';
import { jobsTerlacak, MemoDeps } from '../src/cache/view-deps.ts';
import { DOCUMENTS } from '../src/documents.ts';
import { JENIS } from '../src/jenis/index.ts';
import { build, check, selectJobs, type BuildMemory } from '../src/pipeline.ts';
import { hasErrors } from '../src/validate/diagnostics.ts';
import { ROOT, ubahBerkas } from './helpers.ts';

const MODUL = JENIS.flatMap((k) => (k.sumber ? [k.sumber.folder] : []));
const SEMUA = Object.keys(DOCUMENTS);

function salin(dari: string): string {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-inkremental-'));
  fs.cpSync(dari, tmp, { recursive: true });
  return tmp;
}

/** One incremental step against the full computation; returns what was recomputed. */
function langkah(konten: string, memo: MemoDeps): { cek: number; view: string[]; galat: boolean } {
  const sidik = sidikKonten(konten, MODUL);
  let disimpan: string[] = [];
  const simpan = memo.simpan.bind(memo);
  memo.simpan = (k, b, s, h) => { disimpan.push(k); simpan(k, b, s, h); };
  const inc = check(konten, undefined, (c, checks) => cekTerlacak(c, checks, sidik, memo));
  const full = check(konten);
  expect(inc.diagnostics).toEqual(full.diagnostics);
  const cek = disimpan.length;
  disimpan = [];
  if (hasErrors(full.diagnostics)) return { cek, view: [], galat: true };
  const js = jobsTerlacak(inc.content, { jenis: SEMUA }, sidik, memo);
  const segar = selectJobs(full.content, { jenis: SEMUA });
  expect(js.map((j) => `${j.job.jenis}/${j.job.slug}`)).toEqual(segar.map((j) => `${j.jenis}/${j.slug}`));
  const view: string[] = [];
  js.forEach((j, i) => {
    const n = disimpan.length;
    expect(j.sidikView(), `${j.job.jenis}/${j.job.slug}`).toBe(sidikView(segar[i].view));
    if (disimpan.length > n) view.push(j.job.slug);
  });
  return { cek, view, galat: false };
}

describe('incremental checks and views', () => {
  it('default content: every edit gives the full check\'s diagnostics and the fresh views; only what it reaches is recomputed', () => {
    const konten = salin(path.join(ROOT, 'content'));
    let memo = new MemoDeps();
    const maju = () => { const r = langkah(konten, memo); memo = memo.berikut(); return r; };
    try {
      const awal = maju();
      expect(awal.view.length).toBe(40);
      expect(maju()).toEqual({ cek: 0, view: [], galat: false }); // nothing changed: nothing recomputed

      ubahBerkas(konten, 'pk/2025/01-kepala-dinas.md', /\n(## .*)\n/, '\n$1\n\nCatatan tambahan.\n'); // a paragraph
      const paragraf = maju();
      expect(paragraf.view).toEqual(['01-kepala-dinas']);
      expect(paragraf.cek).toBeLessThan(awal.cek);

      ubahBerkas(konten, 'pk/2025/01-kepala-dinas.md', /(\n\s+target: )\d+\n/, '$177\n'); // a target
      const target = maju().view;
      for (const s of ['01-kepala-dinas', 'pedoman-2025', 'rencana-aksi-01-kepala-dinas', 'pohon-kinerja-2025']) expect(target).toContain(s);
      expect(target).not.toContain('02-sekretaris');

      ubahBerkas(konten, 'orang/orang.yaml', 'nama: BUDIMAN', 'nama: BUDIMAN SUNTING');
      expect(maju().view.length).toBeGreaterThan(1);
      ubahBerkas(konten, 'lkip/2024/lkip.md', /(\n## iku-ketersediaan-bapok\/konteks\n)/, '$1\nNaik sebesar 12,34% dari tahun lalu.\n');
      const prosa = check(konten).diagnostics;
      expect(prosa.some((d) => d.code === 'PROSA_ANGKA' && d.message.includes('12,34%'))).toBe(true);
      expect(maju().view).toContain('lkip-2024');
      ubahBerkas(konten, 'lkip/2024/kinerja.yaml', /(\n\s+target: )97\n/, '$196\n');
      expect(maju().view).toContain('pengukuran-2024-tw4');
      ubahBerkas(konten, 'anggaran/2025.yaml', 'pagu: 27668500', 'pagu: 27668600');
      maju();
      fs.copyFileSync(path.join(konten, 'pk/2025/02-sekretaris.md'), path.join(konten, 'pk/2025/30-salinan.md')); // a new file
      expect(maju().view.length).toBe(41);
      fs.rmSync(path.join(konten, 'pk/2025/30-salinan.md'));
      maju();
      ubahBerkas(konten, 'pk/2025/01-kepala-dinas.md', 'ref: iku-ketersediaan-bapok', 'ref: iku-tidak-ada'); // an error
      expect(maju().galat).toBe(true);
      ubahBerkas(konten, 'pk/2025/01-kepala-dinas.md', 'ref: iku-tidak-ada', 'ref: iku-ketersediaan-bapok');
      expect(maju().galat).toBe(false);
      ubahBerkas(konten, 'instansi.yaml', /\nnama: (.*)\n/, '\nnama: $1 Sunting\n');
      expect(maju().view.length).toBe(40);
    } finally {
      fs.rmSync(konten, { recursive: true, force: true });
    }
  }, 240_000);

  it('example agency: Rencana Aksi realisasi (the default quarter of its evaluation moves), Renja prose, the logo', () => {
    const konten = salin(path.join(ROOT, 'contoh/dinas-pangan'));
    let memo = new MemoDeps();
    const maju = () => { const r = langkah(konten, memo); memo = memo.berikut(); return r; };
    try {
      maju();
      ubahBerkas(konten, 'rencana-aksi/2025/01-kepala-dinas.yaml', 'realisasi: [3.1, 4.3]', 'realisasi: [3.1, 4.4]');
      expect(maju().view).toContain('rencana-aksi-01-kepala-dinas');
      ubahBerkas(konten, 'rencana-aksi/2025/01-kepala-dinas.yaml', 'realisasi: [3.1, 4.4]', 'realisasi: [3.1, 4.4, 3.9]');
      expect(maju().view.some((s) => s.startsWith('evaluasi-rencana-aksi-01-kepala-dinas-tw'))).toBe(true);
      ubahBerkas(konten, 'evaluasi-renja/2025/evaluasi-renja.yaml', 'berjalan sesuai jadwal', 'berjalan lancar');
      expect(maju().view).toEqual(['evaluasi-renja-2025']);
      const logo = path.join(konten, 'logo.png');
      fs.writeFileSync(logo, Buffer.concat([fs.readFileSync(logo), Buffer.from([0])])); // other bytes, same image
      expect(maju().view).toEqual(['iku-2025-2029']); // the one letterhead with the logo: the IKU decree (src/compute/kop.ts)
    } finally {
      fs.rmSync(konten, { recursive: true, force: true });
    }
  }, 120_000);

  it('a watching build after edits writes the bytes of a build without cache (its PDFs before its DOCX)', async () => {
    const konten = salin(path.join(ROOT, 'contoh/dinas-pangan'));
    const keluaran = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-inkremental-out-'));
    const segar = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-inkremental-segar-'));
    const o = { konten, jenis: ['pk', 'rencana-aksi', 'evaluasi-rencana-aksi'], format: ['pdf' as const, 'docx' as const], kertas: 'A4' as const };
    try {
      const memory: BuildMemory = new Map();
      await build({ ...o, keluaran }, memory);
      ubahBerkas(konten, 'pk/2025/01-kepala-dinas.md', /(\n\s+target: )[\d.,-]+\n/, '$12-5\n');
      ubahBerkas(konten, 'rencana-aksi/2025/01-kepala-dinas.yaml', 'realisasi: [3.1, 4.3]', 'realisasi: [3.1, 4.3, 3.9]');
      ubahBerkas(konten, 'pk/2025/02-sekretaris.md', /\ntahun: /, '\ncatatan_lain: x\ntahun: '); // a warning (unknown key)
      const r = await build({ ...o, keluaran }, memory);
      expect(r.diagnostics.filter((d) => d.severity === 'galat')).toEqual([]);
      expect(r.diagnostics.some((d) => d.code === 'KUNCI_TIDAK_DIKENAL' && d.file.endsWith('02-sekretaris.md'))).toBe(true);
      const lagi = await build({ ...o, keluaran }, memory); // unchanged: checks, schema results and views from memory
      expect(lagi.dirender).toBe(0);
      const penuh = await build({ ...o, keluaran: segar });
      expect(r.diagnostics).toEqual(penuh.diagnostics);
      expect(lagi.diagnostics).toEqual(penuh.diagnostics);
      const daftar = (d: string) => fs.readdirSync(d, { recursive: true }).map(String).filter((f) => /\.(pdf|docx)$/.test(f)).sort();
      expect(daftar(segar).length).toBeGreaterThan(5);
      for (const f of daftar(segar)) expect(fs.readFileSync(path.join(keluaran, f)).equals(fs.readFileSync(path.join(segar, f))), f).toBe(true);
    } finally {
      for (const d of [konten, keluaran, segar]) fs.rmSync(d, { recursive: true, force: true });
    }
  }, 180_000);
});
