// Rencana Aksi: one per content/rencana-aksi/<tahun>/<pk-slug>.yaml (the agency's is the Kepala Dinas's PK).
import type { JenisDokumen } from '../jenis.ts';
import { computeRencanaAksi, type RencanaAksiView } from './hitung.ts';
import { periksaRencanaAksi } from './periksa.ts';
import { rencanaAksi, SUMBER_RA } from './pk-ra.ts';

export const rencanaAksiJenis: JenisDokumen<RencanaAksiView> = {
  jenis: 'rencana-aksi', templat: 'rencana-aksi', kategori: 'Rencana Aksi',
  label: {
    tebalRa: { kegiatan: true, sub_kegiatan: false },
    // how the quarterly targets combine to the annual target, by `pelaporan: kumulatif` or per-quarter `agregasi`
    labelAturan: {
      kumulatif: 'kumulatif (TW IV = target tahunan)', jumlah: 'per triwulan, dijumlahkan', akhir: 'per triwulan, nilai TW IV',
      rata_rata: 'per triwulan, dirata-ratakan', maksimum: 'per triwulan, nilai tertinggi',
    },
  },
  sumber: SUMBER_RA,
  periksa: periksaRencanaAksi,
  dokumen: (c, { tahun }) => rencanaAksi(c, tahun)
    .map((x) => ({ tahun: x.ra.value.tahun, slug: `rencana-aksi-${x.pk.slug}`, view: () => computeRencanaAksi(c, x) })),
};
