// Pedoman pengukuran kinerja: one per content/pedoman/<tahun>.md, its target tables from that year's PKs.
import { computePedoman } from '../../compute/pedoman.ts';
import type { JenisDokumen } from '../jenis.ts';

export type PedomanView = ReturnType<typeof computePedoman>;

export const pedoman: JenisDokumen<PedomanView> = {
  jenis: 'pedoman', nama: 'Pedoman', templat: 'pedoman', kategori: null,
  label: {
    babPedoman: ['BAB I PENDAHULUAN', 'BAB II TARGET KINERJA', 'BAB III PENGUKURAN DAN PELAPORAN KINERJA', 'BAB IV RENCANA PENGENDALIAN', 'BAB V TINDAK LANJUT HASIL PENGUKURAN KINERJA', 'BAB VI PENUTUP'],
  },
  dokumen: (c, { tahun }) => c.pedoman
    .filter((d) => tahun === undefined || d.front.tahun === tahun)
    .map((d) => ({ tahun: d.front.tahun, slug: `pedoman-${d.front.tahun}`, view: () => computePedoman(c, d) })),
};
