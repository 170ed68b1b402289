// Logical page numbers: each section continues or restarts numbering, in decimal or lower-roman.
import type { DocModel, Pages } from '../render/model.ts';

export function roman(n: number): string {
  const t: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [v, s] of t) while (n >= v) { out += s; n -= v; }
  return out;
}

/** `found` maps ids to global (1-based) page numbers; "sec-<i>" ids mark where sections start. */
export function pageLabels(doc: DocModel, found: Map<string, number>): Pages {
  const starts = doc.sections.map((_, i) => found.get(`sec-${i}`) ?? 1);
  const firstLogical: number[] = [];
  doc.sections.forEach((s, i) => {
    const prevEnd = i === 0 ? 0 : firstLogical[i - 1] + (starts[i] - starts[i - 1]) - 1;
    firstLogical.push(s.pageStart ?? prevEnd + 1);
  });
  const label = (page: number) => {
    let i = 0;
    while (i + 1 < starts.length && starts[i + 1] <= page) i++;
    const n = firstLogical[i] + (page - starts[i]);
    return doc.sections[i].pageNumbers === 'lower-roman' ? roman(n) : String(n);
  };
  const byId = new Map<string, string>();
  for (const [id, page] of found) if (!id.startsWith('sec-')) byId.set(id, label(page));
  return { byId, pageOf: found, label };
}
