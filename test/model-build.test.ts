// src/cache/model-build.ts without a cache (a --tanpa-cache build): each model waits serialised until rendered, is
// handed out as an equal fresh copy, dropped by lepas() (a later call runs the templates again), and its caption
// labels are kept for the cross-reference check.
import { expect, it } from 'vitest';
import { modelBuild } from '../src/cache/model-build.ts';
import type { DocJob } from '../src/documents.ts';
import type { DocModel } from '../src/render/model.ts';

const job = (slug: string): DocJob => ({ jenis: 'lkip', tahun: 2024, slug, template: 'lkip/dokumen', view: {} });
const model = (slug: string): DocModel => ({
  title: slug, fontSize: 12,
  sections: [{ page: 'A4', orientation: 'portrait', margins: [1, 2, 3, 4], header: [], footer: [], pageNumbers: 'decimal',
    blocks: [{ kind: 'p', runs: [{ kind: 'text', text: 'Tabel 2.1 Capaian' }], spaceAfter: undefined }, { kind: 'spacer', height: -0 }] }],
});

it('models without cache: equal fresh copies until lepas(), then built again; labels kept', () => {
  const hitung = { templat: 0 };
  const docs = modelBuild([job('a'), job('b')], {}, () => (j) => model(j.slug), { ringkas: false, identitas: {}, hitung });
  expect(hitung.templat).toBe(2);
  expect(docs.map((d) => d.ringkas.label)).toEqual([['tabel 2.1'], ['tabel 2.1']]);
  const m1 = docs[0].model(), m2 = docs[0].model();
  expect(m1).toStrictEqual(model('a')); // undefined members and -0 too (a structured-clone copy, not JSON)
  expect(Object.is((m1.sections[0].blocks[1] as { height: number }).height, -0)).toBe(true);
  expect('spaceAfter' in m1.sections[0].blocks[0]).toBe(true);
  expect(m1).not.toBe(m2);
  expect(hitung.templat).toBe(2); // no template ran for the copies
  docs[0].lepas();
  expect(docs[0].model()).toStrictEqual(model('a'));
  expect(hitung.templat).toBe(3);
});

it('a watching process keeps its models as they are (the memo hands them to the next build)', () => {
  const memori = new Map();
  const docs = modelBuild([job('a')], {}, () => (j) => model(j.slug), { ringkas: true, memori, identitas: {} });
  expect(docs[0].model()).toBe(docs[0].model());
  docs[0].lepas();
  expect([...memori.values()][0].model).toBeDefined();
});
