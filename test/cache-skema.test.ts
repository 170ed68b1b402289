// Schema results across CLI builds (src/cache/skema.ts): a build with a cache keeps the schema outputs of the
// values that gave no diagnostic; the next process's check with that memo gives the same content and diagnostics as
// a check without it, validating again only the values it has not seen (an edited file, a value with diagnostics).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { bukaMemoSkemaCache, MemoSkemaCache } from '../src/cache/skema.ts';
import { bukaCache } from '../src/cache/simpanan.ts';
import { DOCUMENTS } from '../src/documents.ts';
import { build, check } from '../src/pipeline.ts';
import { pakaiMemoSkema } from '../src/validate/memo-skema.ts';
import { ROOT } from './helpers.ts';

/** Content as text: every value (undefined members, Maps in order) but functions (closures of each load). */
const teks = (c: unknown) => JSON.stringify(c, (_k, v: unknown) => (v === undefined ? '\u0000u' : typeof v === 'function' ? '\u0000f' : v instanceof Map ? ['\u0000m', ...v] : v));

/** check() with the cache's schema memo installed: its result and how many values came from the memo. */
function denganMemo(konten: string, cache: string): { r: ReturnType<typeof check>; kena: number; semua: number } {
  const memo = bukaMemoSkemaCache(bukaCache(cache), konten);
  let kena = 0, semua = 0;
  const ambil = memo.ambil.bind(memo);
  memo.ambil = (...a) => { const x = ambil(...a); semua++; if (x) kena++; return x; };
  pakaiMemoSkema(memo);
  try { return { r: check(konten), kena, semua }; } finally { pakaiMemoSkema(undefined); }
}

it('schema memo in the cache: same content and diagnostics as without it, only unseen values validated', async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-skema-'));
  try {
    const konten = path.join(tmp, 'konten');
    fs.cpSync(path.join(ROOT, 'contoh/dinas-pangan'), konten, { recursive: true });
    const o = { konten, keluaran: path.join(tmp, 'keluaran'), cache: path.join(tmp, 'cache'), jenis: Object.keys(DOCUMENTS), format: ['pdf' as const], kertas: 'A4' as const, hanya: ['01-kepala-dinas'] };
    await build(o);
    expect(bukaMemoSkemaCache(bukaCache(o.cache), konten)).toBeInstanceOf(MemoSkemaCache);

    const a = denganMemo(konten, o.cache);
    expect(a.r.diagnostics).toEqual(check(konten).diagnostics);
    expect(teks(a.r.content)).toBe(teks(check(konten).content));
    expect(a.kena).toBeGreaterThan(20);
    expect(a.kena).toBe(a.semua); // nothing changed: every value from the memo

    // a target edited, and an unknown key (a diagnostic: that value is never kept)
    const pk = path.join(konten, 'pk/2025/01-kepala-dinas.md');
    const lama = fs.readFileSync(pk, 'utf8');
    const baru = lama.replace(/(\n\s+target: )\d+\n/, '$191\n').replace(/\n---\n/, '\nkunci_asing: 1\n---\n');
    expect(baru).not.toBe(lama);
    fs.writeFileSync(pk, baru);
    for (let i = 0; i < 2; i++) { // the second build reads what the first kept
      await build(o);
      const b = denganMemo(konten, o.cache);
      const penuh = check(konten);
      expect(penuh.diagnostics.some((d) => d.code === 'KUNCI_TIDAK_DIKENAL')).toBe(true);
      expect(b.r.diagnostics).toEqual(penuh.diagnostics);
      expect(teks(b.r.content)).toBe(teks(penuh.content));
      expect(b.kena).toBe(b.semua - 1); // the PK's front matter, with its diagnostic, validated again
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}, 300_000);
