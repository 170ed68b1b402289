// LKIP Bab III: the analyses of an IKU are lettered a., b., c., … in order, whichever apply (without a Renstra the
// national comparison is c., not d.: the example LKIP 2025 ran a., b., d.). Default LKIP 2024 (with its Renstra) and
// the example agency's LKIP 2025 (without).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, models } from '../src/pipeline.ts';
import { teksPolos, type Block, type Inline } from '../src/render/model.ts';
import { ROOT } from './helpers.ts';

const teks = (bs: Block[]): string[] => bs.flatMap((b) => (b.kind === 'p' ? [teksPolos(b.runs as Inline[])] : b.kind === 'table' ? b.rows.flatMap((r) => r.cells.flatMap((c) => teks(c.blocks))) : []));

describe('huruf analisis IKU', () => {
  for (const [nama, konten, tahun] of [['bawaan 2024', 'content', 2024], ['contoh 2025', 'contoh/dinas-pangan', 2025]] as const) {
    it(nama, () => {
      const r = models(check(path.join(ROOT, konten)).content, { jenis: ['lkip'], tahun, kertas: 'A4' });
      if ('code' in r) throw new Error(r.message);
      const huruf = teks(r.models[0].sections.flatMap((s) => s.blocks)).filter((t) => /^[a-h]\. Perbandingan /.test(t)).map((t) => t[0]);
      expect(huruf.length).toBeGreaterThan(0);
      // each IKU's run starts at a and goes on one letter at a time
      huruf.forEach((h, i) => expect(h === 'a' || h.charCodeAt(0) === huruf[i - 1].charCodeAt(0) + 1, huruf.join('')).toBe(true));
    });
  }
});
