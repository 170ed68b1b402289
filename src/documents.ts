// The document kinds the generator knows, as a table: which sources, how to compute, which template.
import type { Content } from './validate/build-content.ts';
import { computeIku } from './compute/iku.ts';
import { computeLkip } from './compute/lkip.ts';
import { computePengukuran } from './compute/pengukuran.ts';
import { computePedoman } from './compute/pedoman.ts';
import { computePk } from './compute/pk.ts';
import { computeRenstra } from './compute/renstra.ts';

export interface DocJob { jenis: string; tahun: number; slug: string; template: string; view: object }
export interface Pilihan { tahun?: number; triwulan?: number }
export interface DocKind { jobs(c: Content, o: Pilihan): DocJob[] }

export const DOCUMENTS: Record<string, DocKind> = {
  pk: {
    jobs: (c, { tahun }) => c.pk
      .filter((pk) => tahun === undefined || pk.front.tahun === tahun)
      .map((pk) => ({ jenis: 'pk', tahun: pk.front.tahun, slug: pk.slug, template: 'pk/dokumen', view: computePk(c, pk) })),
  },
  lkip: {
    jobs: (c, { tahun }) => c.lkip
      .filter((l) => (tahun === undefined || l.front.tahun === tahun) && l.kinerja)
      .map((l) => ({ jenis: 'lkip', tahun: l.front.tahun, slug: `lkip-${l.front.tahun}`, template: 'lkip/dokumen', view: computeLkip(c, l) })),
  },
  iku: {
    // one IKU document per Renstra period; the decree and chapters come from content/iku/<periode>.md when present
    jobs: (c, { tahun }) => [...c.renstra.keys()]
      .filter((p) => tahun === undefined || p.startsWith(String(tahun)))
      .map((p) => ({ jenis: 'iku', tahun: Number(p.slice(0, 4)), slug: `iku-${p}`, template: 'iku/dokumen', view: computeIku(c, p, c.iku.get(p)) })),
  },
  renstra: {
    // a Renstra document for every period that has its document folder (content/renstra/<periode>/)
    jobs: (c, { tahun }) => [...c.renstraDok.keys()]
      .filter((p) => c.renstra.has(p) && (tahun === undefined || p.startsWith(String(tahun))))
      .map((p) => ({ jenis: 'renstra', tahun: Number(p.slice(0, 4)), slug: `renstra-${p}`, template: 'renstra/dokumen', view: computeRenstra(c, p) })),
  },
  pedoman: {
    jobs: (c, { tahun }) => c.pedoman
      .filter((d) => tahun === undefined || d.front.tahun === tahun)
      .map((d) => ({ jenis: 'pedoman', tahun: d.front.tahun, slug: `pedoman-${d.front.tahun}`, template: 'pedoman/dokumen', view: computePedoman(c, d) })),
  },
  pengukuran: {
    // the quarterly report of an LKIP year; by default the fourth quarter
    jobs: (c, { tahun, triwulan = 4 }) => c.lkip
      .filter((l) => (tahun === undefined || l.front.tahun === tahun) && l.kinerja && c.anggaran.has(l.front.tahun))
      .map((l) => ({ jenis: 'pengukuran', tahun: l.front.tahun, slug: `pengukuran-${l.front.tahun}-tw${triwulan}`, template: 'pengukuran/dokumen', view: computePengukuran(c, l, triwulan) })),
  },
};
