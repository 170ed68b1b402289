// What each box of the diagram says: an official's full box (one row per sasaran: number and text, indicators with
// targets, which upper sasaran it supports, coloured when it supports none or none of the lower rows supports it) and
// the short box of the overview (jabatan, name, what its sasaran support).
import { warnaDukung } from './garis.ts';
import { UKURAN, type Kotak } from './kotak.ts';
import type { SimpulPohon } from './pohon.ts';

export const WARNA = { kepala: '#D9E2F3', akar: '#FBE5D6', tanpaDukung: '#FDE2E0', tidakDidukung: '#FFF2CC' } as const;

const kode = (s: SimpulPohon) => (s.pk ? 'S' : 'T');
const rujukan = (s: SimpulPohon, ids: string[]) => ids.map((id) => { const x = s.atasan?.sasaran.find((y) => y.id === id); return x ? `${kode(s.atasan!)}${x.no}` : id; }).join(', ');
/** The line colour of the one upper sasaran `ids` name (a line is followed by colour), else dark grey. */
const satuWarna = (s: SimpulPohon, ids: string[]) => {
  const x = ids.length === 1 ? s.atasan?.sasaran.find((y) => y.id === ids[0]) : undefined;
  return x ? warnaDukung(x.no) : '#404040';
};
const didukung = (s: SimpulPohon) => new Set(s.anak.flatMap((a) => a.sasaran.flatMap((x) => x.mendukung)));

function judul(s: SimpulPohon) {
  return [
    { teks: s.namaJabatan, size: UKURAN.judul, bold: true },
    ...(s.pejabat ? [{ teks: s.pejabat, size: UKURAN.indikator }] : []),
    ...(s.renstra ? [{ teks: `Tujuan Renstra ${s.renstra.replace('-', '–')}`, size: UKURAN.indikator }] : []),
  ];
}

/** The full box of an official: one row per sasaran with its indicators and what it supports. */
export function kotakPenuh(s: SimpulPohon): Kotak {
  const atas = didukung(s);
  const punyaBawahan = s.anak.some((a) => a.pk);
  return {
    key: s.jabatan, fill: s.pk ? WARNA.kepala : WARNA.akar, judul: judul(s),
    baris: s.sasaran.map((x) => ({
      key: `${s.jabatan}/${x.id}`,
      fill: s.pk && !x.mendukung.length ? WARNA.tanpaDukung : punyaBawahan && !atas.has(x.id) ? WARNA.tidakDidukung : undefined,
      isi: [
        { teks: `${kode(s)}${x.no}. ${x.uraian}`, size: UKURAN.teks, bold: true },
        ...x.indikator.map((i) => ({ teks: `• ${i.nama}${i.target ? `: ${i.target}` : ''}`, size: UKURAN.indikator, indent: 5 })),
        ...(!s.pk ? [] : x.mendukung.length ? [{ teks: `Mendukung ${rujukan(s, x.mendukung)}`, size: UKURAN.catatan, indent: 5, fill: satuWarna(s, x.mendukung) }]
          : [{ teks: 'Tidak mendukung sasaran atasan', size: UKURAN.catatan, indent: 5, fill: '#C00000' }]),
      ],
    })),
  };
}

/** A short box (overview): jabatan, name and which upper sasaran its sasaran support. */
export function kotakRingkas(s: SimpulPohon): Kotak {
  const ids = [...new Set(s.sasaran.flatMap((x) => x.mendukung))];
  const tanpa = s.sasaran.filter((x) => !x.mendukung.length).length;
  return {
    key: s.jabatan, fill: WARNA.kepala, judul: judul(s),
    baris: [{ key: `${s.jabatan}/*`, fill: tanpa ? WARNA.tanpaDukung : undefined, isi: [
      { teks: `${s.sasaran.length} sasaran${ids.length ? `, mendukung ${rujukan(s, ids)}` : ''}${tanpa ? `; ${tanpa} tidak mendukung sasaran atasan` : ''}`, size: UKURAN.indikator },
    ] }],
  };
}
