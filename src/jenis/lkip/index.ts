// Laporan Kinerja: one per LKIP year folder with its kinerja.yaml.
import { computeLkip, type LkipView } from '../../compute/lkip.ts';
import { checkLkip } from '../../validate/checks/lkip.ts';
import type { JenisDokumen } from '../jenis.ts';
import { tabelLkip } from '../../excel/tabel-lkip.ts';

export const lkip: JenisDokumen<LkipView> = {
  jenis: 'lkip', nama: 'LKIP', templat: 'lkip', kategori: 'Laporan Kinerja (LKIP)',
  tabel: tabelLkip,
  label: {
    kataArah: { naik: 'peningkatan', turun: 'penurunan', tetap: 'tidak ada perubahan' },
    kataBanding: { naik: 'di atas', turun: 'di bawah', tetap: 'sama dengan' },
    nomorKolom10: Array.from({ length: 10 }, (_, i) => i + 1),
  },
  periksa: checkLkip,
  dokumen: (c, { tahun }) => c.lkip
    .filter((l) => (tahun === undefined || l.front.tahun === tahun) && l.kinerja)
    .map((l) => ({ tahun: l.front.tahun, slug: `lkip-${l.front.tahun}`, view: () => computeLkip(c, l) })),
};
