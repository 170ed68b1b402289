// Indikator Kinerja Utama: one document per Renstra period; the decree and chapters come from
// content/iku/<periode>.md when present; without it the document is a draft (periksa.ts).
import { computeIku } from '../../compute/iku.ts';
import type { JenisDokumen } from '../jenis.ts';
import { tabelIku } from '../../excel/tabel-iku.ts';
import { periksaIku } from './periksa.ts';

export type IkuView = ReturnType<typeof computeIku>;

export const iku: JenisDokumen<IkuView> = {
  jenis: 'iku', nama: 'IKU', templat: 'iku', kategori: 'Indikator Kinerja Utama (IKU)',
  tabel: tabelIku,
  periksa: periksaIku,
  label: {
    labelStatus: { rancangan: 'Rancangan' },
    labelDiktum: ['KESATU', 'KEDUA', 'KETIGA', 'KEEMPAT', 'KELIMA', 'KEENAM', 'KETUJUH', 'KEDELAPAN', 'KESEMBILAN', 'KESEPULUH'],
    // chapters I-IV before the IKU table (Bab IV presents it), chapter V after it, as the seed orders them
    babIku: ['BAB I PENDAHULUAN', 'BAB II PENGERTIAN INDIKATOR KINERJA', 'BAB III GAMBARAN UMUM PERANGKAT DAERAH', 'BAB IV PENETAPAN INDIKATOR KINERJA UTAMA'],
    babPenutup: 'BAB V PENUTUP',
  },
  dokumen: (c, { tahun }) => [...c.renstra.keys()]
    .filter((p) => tahun === undefined || p.startsWith(String(tahun)))
    .map((p) => ({ tahun: Number(p.slice(0, 4)), slug: `iku-${p}`, view: () => computeIku(c, p, c.iku.get(p)) })),
};
