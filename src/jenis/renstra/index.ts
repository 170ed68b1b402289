// Rencana Strategis: a document for every period that has its document folder (content/renstra/<periode>/).
import { computeRenstra } from '../../compute/renstra.ts';
import type { JenisDokumen } from '../jenis.ts';
import { tabelRenstra } from '../../excel/tabel-renstra.ts';

export type RenstraView = ReturnType<typeof computeRenstra>;

export const renstra: JenisDokumen<RenstraView> = {
  jenis: 'renstra', nama: 'Renstra', templat: 'renstra', kategori: 'Rencana Strategis (Renstra)',
  tabel: tabelRenstra,
  label: {
    labelStatus: { rancangan: 'Rancangan', rancangan_akhir: 'Rancangan Akhir', final: '' },
    nomorKolomProgram: Array.from({ length: 17 }, (_, i) => i + 1),
  },
  dokumen: (c, { tahun }) => [...c.renstraDok.keys()]
    // the chapters need renstra.md (BAB I–V, BAB II data); program.yaml alone feeds only the cross-document checks
    .filter((p) => c.renstra.has(p) && !!c.renstraDok.get(p)?.dokumen && (tahun === undefined || p.startsWith(String(tahun))))
    .map((p) => ({ tahun: Number(p.slice(0, 4)), slug: `renstra-${p}`, view: () => computeRenstra(c, p) })),
};
