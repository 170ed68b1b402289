// Evaluasi Rencana Aksi: one per Rencana Aksi file and quarter (--triwulan; by default the last quarter reported).
import type { JenisDokumen } from '../jenis.ts';
import { rencanaAksi } from '../rencana-aksi/pk-ra.ts';
import { computeEvaluasiRa, triwulanTerakhir, type EvaluasiRaView } from './hitung.ts';
import { tabelEvaluasiRencanaAksi } from '../../excel/tabel-evaluasi-rencana-aksi.ts';

export const evaluasiRencanaAksi: JenisDokumen<EvaluasiRaView> = {
  jenis: 'evaluasi-rencana-aksi', nama: 'Evaluasi Rencana Aksi', templat: 'evaluasi-rencana-aksi', kategori: 'Evaluasi Rencana Aksi',
  tabel: tabelEvaluasiRencanaAksi,
  label: { labelDataDukung: { true: 'Ada', false: 'Belum ada' } },
  dokumen: (c, { tahun, triwulan }) => rencanaAksi(c, tahun).map((x) => {
    const tw = triwulan ?? triwulanTerakhir(x);
    return { tahun: x.ra.value.tahun, slug: `evaluasi-rencana-aksi-${x.pk.slug}-tw${tw}`, view: () => computeEvaluasiRa(c, x, tw) };
  }),
};
