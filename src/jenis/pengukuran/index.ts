// Quarterly measurement report of an LKIP year (content of the LKIP and the budget); by default TW IV.
import { computePengukuran, type PengukuranView } from '../../compute/pengukuran.ts';
import type { JenisDokumen } from '../jenis.ts';
import { tabelPengukuran } from '../../excel/tabel-pengukuran.ts';

export const pengukuran: JenisDokumen<PengukuranView> = {
  jenis: 'pengukuran', nama: 'Pengukuran', templat: 'pengukuran', kategori: null, label: {},
  tabel: tabelPengukuran,
  dokumen: (c, { tahun, triwulan = 4 }) => c.lkip
    .filter((l) => (tahun === undefined || l.front.tahun === tahun) && l.kinerja && c.anggaran.has(l.front.tahun))
    .map((l) => ({ tahun: l.front.tahun, slug: `pengukuran-${l.front.tahun}-tw${triwulan}`, view: () => computePengukuran(c, l, triwulan) })),
};
