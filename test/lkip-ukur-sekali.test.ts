// Audit figures computed once: the LKIP check (AUDIT_DILAPORKAN …) and the printed view read one measurement
// (src/compute/lkip-ukur.ts), so a finding and the figure it is about cannot come from two computations.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeLkip } from '../src/compute/lkip.ts';
import { ukurLkip } from '../src/compute/lkip-ukur.ts';
import { check } from '../src/pipeline.ts';
import { ROOT } from './helpers.ts';

describe.each(['content', 'contoh/dinas-pangan'])('LKIP measurement of %s', (dir) => {
  const { content } = check(path.join(ROOT, dir));
  it('the check measured it, and the view prints those very result objects', () => {
    expect(content.lkip.length).toBeGreaterThan(0);
    for (const l of content.lkip) {
      const hasil = ukurLkip(content, l);
      expect(ukurLkip(content, l)).toBe(hasil); // memoised per content: the validate stage already filled it
      const view = computeLkip(content, l);
      const printed = view.sasaran.flatMap((s) => s.iku);
      expect(printed.length).toBe(hasil.iku.length);
      for (const x of printed) {
        const asal = hasil.iku.find((h) => h.ref === x.ref && h.sasaran === x.sasaran)!;
        expect(x.riwayat).toBe(asal.riwayat); // the same array, not an equal recomputation
        expect(x.capaian).toEqual(asal.capaian);
      }
    }
  });
  it('another content object gets its own measurement', () => {
    const other = check(path.join(ROOT, dir)).content;
    expect(ukurLkip(other, other.lkip[0])).not.toBe(ukurLkip(content, content.lkip[0]));
  });
});
