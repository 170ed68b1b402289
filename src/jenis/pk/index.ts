// Perjanjian Kinerja: one document per PK file (content/pk/<tahun>/*.md).
import { computePk, type PkView } from '../../compute/pk.ts';
import type { JenisDokumen } from '../jenis.ts';
import { tabelPk } from '../../excel/tabel-pk.ts';

export const pk: JenisDokumen<PkView> = {
  jenis: 'pk', nama: 'PK', templat: 'pk', kategori: 'Perjanjian Kinerja',
  tabel: tabelPk,
  label: { labelTingkat: { program: 'Program', kegiatan: 'Kegiatan', sub_kegiatan: 'Sub Kegiatan' } },
  dokumen: (c, { tahun }) => c.pk
    .filter((p) => tahun === undefined || p.front.tahun === tahun)
    .map((p) => ({ tahun: p.front.tahun, slug: p.slug, view: () => computePk(c, p) })),
};
