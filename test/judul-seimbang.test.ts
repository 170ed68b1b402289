// src/backends/judul-seimbang.ts: a centred paragraph that wraps onto two lines breaks where its lines are most even
// (both backends get the same explicit break); one-line, three-line, left-aligned paragraphs stay as they are. And in
// the built PKs no title line under the header holds a single word (every PK printed "PERINDUSTRIAN" alone).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seimbangkan } from '../src/backends/judul-seimbang.ts';
import { textWidth } from '../src/backends/text-width.ts';
import type { Paragraph } from '../src/render/model.ts';
import { teksPolos } from '../src/render/model.ts';
import { build } from '../src/pipeline.ts';
import { ROOT, which } from './helpers.ts';

const p = (text: string, align: Paragraph['align'] = 'center'): Paragraph => ({ kind: 'p', runs: [{ kind: 'text', text, bold: true }], align });
const baris = (q: Paragraph) => {
  const out: string[] = [''];
  for (const r of q.runs) if (r.kind === 'br') out.push(''); else if (r.kind === 'text') out[out.length - 1] += r.text;
  return out;
};

describe('judul seimbang', () => {
  it('the PK header: two lines of near width instead of a lone last word', () => {
    const q = seimbangkan(p('DINAS PERDAGANGAN, KOPERASI, USAHA KECIL MENENGAH DAN PERINDUSTRIAN'), 439, 12);
    expect(baris(q)).toEqual(['DINAS PERDAGANGAN, KOPERASI, USAHA', 'KECIL MENENGAH DAN PERINDUSTRIAN']);
  });
  it('any centred text: unchanged when it fits one line or needs three, else two lines within the width, most even, same words', () => {
    const kata = fc.array(fc.stringMatching(/^[A-Za-z]{1,12}$/), { minLength: 1, maxLength: 30 });
    fc.assert(fc.property(kata, fc.integer({ min: 120, max: 500 }), (ws, lebar) => {
      const text = ws.join(' ');
      const total = textWidth(text, 12, true);
      const q = seimbangkan(p(text), lebar, 12);
      const ls = baris(q);
      expect(teksPolos(q.runs.map((r) => (r.kind === 'br' ? { kind: 'text' as const, text: ' ' } : r)))).toBe(teksPolos(p(text).runs));
      if (total <= lebar || total > 2 * lebar) expect(ls.length).toBe(1);
      if (ls.length === 2) {
        const [a, b] = ls.map((l) => textWidth(l, 12, true));
        expect(Math.max(a, b)).toBeLessThanOrEqual(lebar - 2 + 1e-9);
        // no other break point is more even
        const w = text.split(' ');
        for (let k = 1; k < w.length; k++) {
          const x = textWidth(w.slice(0, k).join(' '), 12, true), y = textWidth(w.slice(k).join(' '), 12, true);
          if (x <= lebar - 2 && y <= lebar - 2) expect(Math.max(a, b)).toBeLessThanOrEqual(Math.max(x, y) + 1e-9);
        }
      }
    }), { numRuns: 300 });
    expect(baris(seimbangkan(p('DINAS PERDAGANGAN, KOPERASI, USAHA KECIL MENENGAH DAN PERINDUSTRIAN', 'left'), 439, 12))).toHaveLength(1);
  });
});

describe.skipIf(!which('pdftotext'))('judul PK tercetak', () => {
  it('no line of a PK\'s page-1 and page-2 heading is a single word (default and example agency)', async () => {
    for (const [konten, hanya] of [['content', ['01-kepala-dinas', '27-penelaah-teknis-koperasi']], ['contoh/dinas-pangan', ['03-kabid-peternakan']]] as const) {
      const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-judul-'));
      const r = await build({ konten: path.join(ROOT, konten), keluaran: out, jenis: ['pk'], tahun: 2025, hanya: [...hanya], format: ['pdf'], kertas: 'A4' });
      expect(r.diagnostics.filter((d) => d.severity === 'galat')).toEqual([]);
      for (const h of hanya) for (const hal of [1, 2, 3]) {
        const t = execFileSync('pdftotext', ['-f', String(hal), '-l', String(hal), '-layout', path.join(out, 'pk/2025', `${h}.pdf`), '-'], { encoding: 'utf8' });
        // the centred capitals at the top of the page, up to the first line that is not
        const judul = t.split('\n').map((l) => l.trim()).filter(Boolean);
        const atas = judul.slice(0, judul.findIndex((l) => !/^[A-Z0-9 ,.()/-]+$/.test(l)));
        for (const l of atas) expect(l.split(' ').length, `${h} hal. ${hal}: "${l}"`).toBeGreaterThan(1);
      }
    }
  });
});
