// Pohon Kinerja (performance tree): one per year whose PKs name `mendukung` on some sasaran. Diagram pages by branch,
// then the table of every sasaran (also its workbook). Uploaded with the year's PKs (the tree cascades them).
import { tabelPohonKinerja } from '../../excel/tabel-pohon-kinerja.ts';
import type { JenisDokumen } from '../jenis.ts';
import { computePohonKinerja, type PohonKinerjaView } from './hitung.ts';
import { periksaPohon } from './periksa.ts';
import { tahunPohon } from './pohon.ts';

export const pohonKinerjaJenis: JenisDokumen<PohonKinerjaView> = {
  jenis: 'pohon-kinerja', nama: 'Pohon Kinerja', templat: 'pohon-kinerja', kategori: 'Perjanjian Kinerja',
  label: {},
  periksa: periksaPohon,
  tabel: tabelPohonKinerja,
  dokumen: (c, { tahun }) => tahunPohon(c).filter((t) => tahun === undefined || t === tahun)
    .map((t) => ({ tahun: t, slug: `pohon-kinerja-${t}`, view: () => computePohonKinerja(c, t) })),
};
