// One fuzz case run in process, and the invariants it must keep: no exception escapes, no "galat internal", every
// diagnostic well formed and in Indonesian, nothing written and the content untouched on errors, a content that
// passes the checks renders through the unchanged templates, and no NaN / Infinity / undefined / [object Object]
// in any computed view or rendered model (unless the mutated content itself carries the word).
import fs from 'node:fs';
import path from 'node:path';
import { build, check, models } from '../../src/pipeline.ts';
import { CODES, hasErrors, type Diagnostic } from '../../src/validate/diagnostics.ts';
import { terapkan, type Berkas, type Kasus } from './mutasi.ts';

export interface Pelanggaran { kelas: string; rinci: string }
export interface Dasar { nama: string; berkas: Berkas; jenis: string[] }

/** The files of a content tree (the fuzz base), and the document kinds it renders cleanly. */
export function muatDasar(dir: string, jenis: string[]): Dasar {
  const berkas: Berkas = new Map();
  for (const f of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const p = path.join(dir, f);
    if (fs.statSync(p).isFile()) berkas.set(f.split(path.sep).join('/'), fs.readFileSync(p));
  }
  return { nama: path.basename(dir), berkas, jenis };
}

export const KATA = ['NaN', 'Infinity', 'undefined', '[object Object]'];
const PESAN_JS = /Cannot read propert|is not a function|is not defined|is not iterable|Maximum call stack|Invalid array length|of undefined|of null/;

/** Where a walked value breaks the invariant: a non-finite number or a string with a forbidden word. */
interface Buruk { jalur: string; apa: string; nilai: string }
export function cariBuruk(v: unknown, kata: string[], jalur: string, seen = new WeakSet<object>()): Buruk | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? undefined : { jalur, apa: String(v), nilai: String(v) };
  if (typeof v === 'string') { const w = kata.find((k) => v.includes(k)); return w ? { jalur, apa: w, nilai: v.slice(0, 120) } : undefined; }
  if (!v || typeof v !== 'object' || ArrayBuffer.isView(v) || seen.has(v)) return undefined;
  seen.add(v);
  for (const [k, x] of Object.entries(v)) { const r = cariBuruk(x, kata, `${jalur}.${k}`, seen); if (r) return r; }
  return undefined;
}

const tempat = (e: unknown) => (e instanceof Error ? (e.stack ?? '').split('\n').find((l) => /\/src\//.test(l))?.replace(/^.*\/(src\/[^:]+:\d+).*$/, '$1') ?? '' : '');
/** An error message without the input it quotes, so that one cause is one class ("Invalid argument: ~" and
 *  "Invalid argument: Malili" alike). */
const tanpaData = (m: string) => m.split('\n')[0].replace(/(Invalid argument|Unexpected token):.*/, '$1: …').replace(/"[^"]*"/g, '"…"').slice(0, 100);
const pengecualian = (tahap: string, e: unknown): Pelanggaran => ({
  kelas: `${tahap}: ${e instanceof Error ? `${e.name}: ${tanpaData(e.message)}` : String(e)} @ ${tempat(e).replace(/:\d+$/, '')}`,
  rinci: e instanceof Error ? e.stack ?? e.message : String(e),
});

export function periksaDiagnostik(ds: Diagnostic[], kata: string[]): Pelanggaran[] {
  const out: Pelanggaran[] = [];
  for (const d of ds) {
    const info = CODES[d.code as keyof typeof CODES];
    const salah = !info ? 'kode tidak ada di katalog' : info.severity !== d.severity ? 'tingkat berbeda dari katalog'
      : !d.file || !Number.isInteger(d.line) || !Number.isInteger(d.column) || d.line < 0 || d.column < 0 ? 'lokasi tidak sah'
      : !d.message?.trim() ? 'pesan kosong' : /galat internal/i.test(d.message) ? 'galat internal'
      : PESAN_JS.test(d.message) ? 'pesan galat JavaScript' : kata.filter((k) => d.message.includes(k)).map((k) => `pesan memuat "${k}"`)[0];
    if (salah) out.push({ kelas: `diagnostik ${d.code}: ${salah}`, rinci: `${d.file}:${d.line}:${d.column}: ${d.message}` });
  }
  return out;
}

function tulisKonten(dir: string, berkas: Berkas): void {
  fs.rmSync(dir, { recursive: true, force: true });
  for (const [f, b] of berkas) { fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true }); fs.writeFileSync(path.join(dir, f), b); }
}
const sama = (dir: string, berkas: Berkas) => [...berkas].every(([f, b]) => fs.readFileSync(path.join(dir, f)).equals(b));

/** Runs one case in `kerja` (a scratch directory); `contoh` also renders the first document to PDF and DOCX. */
export async function jalankan(d: Dasar, k: Kasus, kerja: string, contoh = false): Promise<Pelanggaran[]> {
  const berkas = terapkan(d.berkas, k);
  const konten = path.join(kerja, 'konten'), keluaran = path.join(kerja, 'keluaran');
  tulisKonten(konten, berkas);
  fs.rmSync(keluaran, { recursive: true, force: true });
  const teks = [...berkas.values()].map((b) => b.toString('latin1')).join('\n');
  const kata = KATA.filter((w) => !teks.includes(w));
  const out: Pelanggaran[] = [];
  try {
    const { content, diagnostics } = check(konten);
    out.push(...periksaDiagnostik(diagnostics, kata));
    if (hasErrors(diagnostics)) {
      const r = await build({ konten, keluaran, jenis: d.jenis, format: ['pdf', 'docx'], kertas: 'A4' });
      if (r.outputs.length || fs.existsSync(keluaran)) out.push({ kelas: 'galat, tetapi berkas ditulis', rinci: keluaran });
    } else {
      const r = models(content, { jenis: d.jenis, kertas: 'A4' });
      if ('code' in r) out.push({ kelas: `konten lolos pemeriksaan, templat gagal di ${r.file}: ${r.message.slice(0, 100)}`, rinci: `${r.file}:${r.line}:${r.column}: ${r.message}` });
      else {
        r.jobs.forEach((j, i) => {
          const buruk = cariBuruk(j.view, kata, `view ${j.slug}`) ?? cariBuruk(r.models[i], kata, `model ${j.slug}`);
          if (buruk) out.push({ kelas: `${buruk.apa} di ${buruk.jalur.split(' ')[0]} ${j.jenis}, kunci ${buruk.jalur.replace(/^.*\./, '')}`, rinci: `${buruk.jalur} = ${buruk.nilai}` });
        });
        if (contoh && r.models.length) {
          const [{ renderPdf }, { renderDocx }] = await Promise.all([import('../../src/backends/pdf.ts'), import('../../src/backends/docx.ts')]);
          const pdf = await renderPdf(r.models[0]);
          await renderDocx(r.models[0], pdf.layout);
        }
      }
    }
  } catch (e) {
    out.push(pengecualian('pengecualian', e));
  }
  if (!sama(konten, berkas)) out.push({ kelas: 'konten berubah', rinci: konten });
  return out;
}
