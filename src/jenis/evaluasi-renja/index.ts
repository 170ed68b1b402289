// Evaluasi terhadap hasil Renja Perangkat Daerah (Permendagri 86/2017): one per year with a budget tree, to the
// quarter --triwulan (by default TW IV: the year's evaluation).
import { berkasModul, type JenisDokumen } from '../jenis.ts';
import { computeEvaluasiRenja, type EvaluasiRenjaView } from './hitung.ts';
import { SUMBER_EVALUASI_RENJA } from './skema.ts';
import { tabelEvaluasiRenja } from '../../excel/tabel-evaluasi-renja.ts';

export const evaluasiRenja: JenisDokumen<EvaluasiRenjaView> = {
  jenis: 'evaluasi-renja', nama: 'Evaluasi Renja', templat: 'evaluasi-renja', kategori: null,
  tabel: tabelEvaluasiRenja,
  label: {},
  sumber: SUMBER_EVALUASI_RENJA,
  dokumen: (c, { tahun, triwulan }) => [...c.anggaran.keys()].filter((t) => tahun === undefined || t === tahun).sort().map((t) => {
    const tw = triwulan ?? 4;
    return { tahun: t, slug: tw === 4 ? `evaluasi-renja-${t}` : `evaluasi-renja-${t}-tw${tw}`, view: () => computeEvaluasiRenja(c, t, tw, berkasModul(c, SUMBER_EVALUASI_RENJA).find((f) => f.value.tahun === t)?.value) };
  }),
};
