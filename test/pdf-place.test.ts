// pdf-place.ts: blocks kept together are placed with their own lines and vectors (no copies) unless a repeatable
// (a table's header rows) holds their items: same PDFs as pdfmake's addFragment, which copies every item.
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../src/backends/pdf.ts';
import { pdfmakeAddFragment, shared } from '../src/backends/pdf-place.ts';
import { pdfmakeClass } from '../src/backends/pdfmake-class.ts';
import { modelKonten } from './helpers-model.ts';

const ElementWriter = pdfmakeClass('ElementWriter');
const PageElementWriter = pdfmakeClass('PageElementWriter');

describe('pdf-place: kept-together blocks placed without copies', () => {
  it('same PDFs as pdfmake copying every item (tables whose header rows repeat on later pages, agreements)', async () => {
    const r = modelKonten(['lkip', 'renstra', 'pk']);
    const picked = r.models.filter((_, i) => r.jobs[i].jenis !== 'pk' || r.jobs[i].slug.startsWith('01'));
    expect(picked.length).toBe(3);
    await renderPdf(picked[2]); // setup
    expect(pdfmakeAddFragment()).toBeDefined();
    // in place vs copied: count both while making the patched PDFs
    const counts = { placed: 0, copied: 0, repeatables: 0 };
    const original = pdfmakeAddFragment()!;
    const patchedAdd = ElementWriter.prototype.addFragment;
    const toRep = PageElementWriter.prototype.currentBlockToRepeatable;
    const has = shared.has;
    (shared as { has: (i: object) => boolean }).has = function (this: WeakSet<object>, i: object) {
      const r = has.call(this, i as never);
      if (r) counts.copied++;
      return r;
    };
    PageElementWriter.prototype.currentBlockToRepeatable = function (this: unknown) { counts.repeatables++; return toRep.call(this); };
    try {
      const mine = [];
      for (const m of picked) mine.push(Buffer.from((await renderPdf(m)).bytes));
      expect(counts.repeatables).toBeGreaterThan(0);
      expect(counts.copied).toBeGreaterThan(0); // the header rows' blocks went pdfmake's way
      // pdfmake's way for every block: every item counts as shared
      (shared as { has: (i: object) => boolean }).has = () => true;
      for (const [i, m] of picked.entries()) expect(mine[i].equals(Buffer.from((await renderPdf(m)).bytes))).toBe(true);
      counts.placed = 0;
      ElementWriter.prototype.addFragment = function (this: unknown, ...a: unknown[]) { counts.placed++; return patchedAdd.apply(this, a); };
      await renderPdf(picked[0]);
      expect(counts.placed).toBeGreaterThan(100);
      expect(original).not.toBe(patchedAdd);
    } finally {
      (shared as { has: unknown }).has = has;
      PageElementWriter.prototype.currentBlockToRepeatable = toRep;
      ElementWriter.prototype.addFragment = patchedAdd;
    }
  }, 180_000);
});
