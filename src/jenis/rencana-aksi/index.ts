// Rencana Aksi: one per content/rencana-aksi/<tahun>/<pk-slug>.yaml (the agency's is the Kepala Dinas's PK).
import type { JenisDokumen } from '../jenis.ts';
import { computeRencanaAksi, type RencanaAksiView } from './hitung.ts';
import { LABEL_RA } from './label.ts';
import { periksaRencanaAksi } from './periksa.ts';
import { rencanaAksi, SUMBER_RA } from './pk-ra.ts';
import { tabelRencanaAksi } from '../../excel/tabel-rencana-aksi.ts';

export const rencanaAksiJenis: JenisDokumen<RencanaAksiView> = {
  jenis: 'rencana-aksi', nama: 'Rencana Aksi', templat: 'rencana-aksi', kategori: 'Rencana Aksi',
  tabel: tabelRencanaAksi,
  label: LABEL_RA,
  sumber: SUMBER_RA,
  periksa: periksaRencanaAksi,
  dokumen: (c, { tahun }) => rencanaAksi(c, tahun)
    .map((x) => ({ tahun: x.ra.value.tahun, slug: `rencana-aksi-${x.pk.slug}`, view: () => computeRencanaAksi(c, x) })),
};
