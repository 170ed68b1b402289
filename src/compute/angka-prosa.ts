// Figures that LKIP prose cites by placeholder: "{capaian}" (the indicator, sasaran or budget node of the prose's
// own section) or "{capaian:iku-koperasi-aktif}", "{serapan:ss1}", "{realisasi:p-ekspor}" (any named one). Every
// value is a computed figure, formatted here once; unknown names or ids are reported by the check prosa-angka.
import { koma, persen, rupiah, uang } from '../format/angka.ts';
import { formatTarget } from '../format/target.ts';
import { banding } from './agregat.ts';
import { angkaDari } from './capaian.ts';
import type { HasilIndikator } from './indikator-hasil.ts';
import type { IkuView } from './lkip-iku.ts';

/** Placeholder names and what they print (the README lists them). */
export const NAMA_ANGKA: Record<string, string> = {
  target: 'target indikator', realisasi: 'realisasi indikator', capaian: 'capaian (indikator, sasaran, organisasi)', predikat: 'predikat capaian',
  pembilang: 'pembilang rumus rasio', penyebut: 'penyebut rumus rasio',
  realisasi_lalu: 'realisasi tahun sebelumnya', perubahan: 'selisih dengan tahun sebelumnya (poin, tanpa tanda)', arah: 'peningkatan/penurunan',
  pertumbuhan: 'pertumbuhan terhadap tahun sebelumnya (%)', nasional: 'angka nasional', target_renstra: 'target akhir Renstra',
  pagu: 'pagu anggaran', realisasi_anggaran: 'realisasi anggaran', serapan: 'serapan anggaran', efisiensi: 'selisih capaian − serapan (poin)',
};
/** Names the markdown helper fills itself (not figures). */
const BUKAN_ANGKA = new Set(['tahun']);
export const PLACEHOLDER = /\{([a-z_]+)(?::([a-z0-9-]+))?\}/g;

export type Angka = Record<string, string>;
/** subject id (indicator ref, sasaran id, budget node id, "organisasi") -> placeholder name -> formatted figure */
export type PetaAngka = Map<string, Angka>;

const tanpaKosong = (a: Record<string, string | undefined>): Angka => Object.fromEntries(Object.entries(a).filter((e): e is [string, string] => e[1] !== undefined));

/** Figures of one measured indicator (IKU or budget node indicator). */
export function angkaIndikator(h: HasilIndikator): Angka {
  return tanpaKosong({
    target: h.target && formatTarget(h.target), realisasi: h.realisasi && formatTarget(h.realisasi),
    capaian: h.capaian && persen(h.capaian), predikat: h.predikat, pembilang: h.rasio && uang(h.rasio.pembilang), penyebut: h.rasio && uang(h.rasio.penyebut),
  });
}

/** Figures of an IKU with its comparisons (previous year, Renstra end target, national figure). */
export function angkaIku(x: IkuView): Angka {
  const lalu = x.tahunLalu;
  const nLalu = lalu && angkaDari(lalu.realisasi.nilai);
  const tumbuh = nLalu && x.realisasiPenuh ? banding(x.realisasiPenuh, nLalu).persen : undefined;
  return {
    ...angkaIndikator(x),
    ...tanpaKosong({
      realisasi_lalu: lalu && formatTarget(lalu.realisasi), perubahan: lalu && koma(lalu.poin), arah: lalu && { naik: 'peningkatan', turun: 'penurunan', tetap: 'tidak ada perubahan' }[lalu.arah],
      pertumbuhan: tumbuh && persen(tumbuh.toFixed(2)), nasional: x.nasional?.nilai && formatTarget(x.nasional.nilai), target_renstra: x.renstra && formatTarget(x.renstra.target),
    }),
  };
}

/** Budget figures of a sasaran, a node or the whole organisation. */
export function angkaAnggaran(a: { pagu?: string; realisasi?: string; serapan?: string; efisiensi?: string }): Angka {
  return tanpaKosong({ pagu: a.pagu && rupiah(a.pagu), realisasi_anggaran: a.realisasi && rupiah(a.realisasi), serapan: a.serapan && persen(a.serapan), efisiensi: a.efisiensi?.replace('.', ',') });
}

export interface Isian { teks: string; salah: { token: string; offset: number; pesan: string }[] }

/** Replaces the placeholders of one prose section; `subjek` is the section's own indicator, sasaran or node. */
export function isiProsa(teks: string, subjek: string | undefined, peta: PetaAngka): Isian {
  const salah: Isian['salah'] = [];
  const hasil = teks.replace(PLACEHOLDER, (token, nama: string, id: string | undefined, offset: number) => {
    if (BUKAN_ANGKA.has(nama) && !id) return token;
    const tolak = (pesan: string) => { salah.push({ token, offset, pesan }); return token; };
    if (!(nama in NAMA_ANGKA)) return tolak(`placeholder "${token}" tidak dikenal; yang tersedia: ${Object.keys(NAMA_ANGKA).map((n) => `{${n}}`).join(', ')} (dengan ":<id>" untuk indikator, sasaran atau simpul anggaran lain)`);
    const siapa = id ?? subjek;
    if (!siapa) return tolak(`"${token}" di bagian ini tidak merujuk indikator mana pun; tulis {${nama}:<id-indikator, id-sasaran atau id-simpul>}`);
    const angka = peta.get(siapa);
    if (!angka) return tolak(`"${token}": "${siapa}" bukan indikator, sasaran atau simpul anggaran dokumen ini`);
    return angka[nama] ?? tolak(`"${token}": "${siapa}" tidak memiliki angka ${NAMA_ANGKA[nama]}`);
  });
  return { teks: hasil, salah };
}
