// The Pohon Kinerja of one year as plain data for its template: the diagram pages (layout computed here, drawn by the
// backends) and the table of every PK sasaran with its indicators, targets, the upper sasaran it supports and its CSF.
import { textWidth } from '../../backends/text-width.ts';
import type { Nilai } from '../../compute/indikator-hasil.ts';
import type { Content } from '../../validate/build-content.ts';
import { halamanPohon, LEBAR } from './letak.ts';
import { pohonKinerja, semuaSimpul, type SimpulPohon } from './pohon.ts';

export interface BarisTabelPohon {
  /** a heading row per official: number, jabatan, name, superior and how many indicator rows follow */
  pejabat?: { no: number; jabatan: string; nama?: string; atasan?: string; baris: number };
  no: string; baruSasaran: boolean; barisSasaran: number; sasaran: string; indikator: string; targetTeks: string; target?: Nilai; mendukung: string[]; csf?: string;
}

function barisTabel(akar: SimpulPohon[]): BarisTabelPohon[] {
  const out: BarisTabelPohon[] = [];
  const semua = akar.flatMap((r) => semuaSimpul(r).slice(1));
  semua.forEach((s, n) => {
    const kode = s.atasan?.pk ? 'S' : 'T';
    const atas = s.atasan && `${s.atasan.namaJabatan}${s.atasan.renstra ? ` (tujuan Renstra ${s.atasan.renstra.replace('-', '–')})` : ''}`;
    s.sasaran.forEach((x, j) => x.indikator.forEach((i, k) => out.push({
      pejabat: j === 0 && k === 0 ? { no: n + 1, jabatan: s.namaJabatan, nama: s.pejabat, atasan: atas, baris: s.sasaran.reduce((a, y) => a + y.indikator.length, 0) } : undefined,
      no: `${n + 1}.${x.no}`, baruSasaran: k === 0, barisSasaran: x.indikator.length, sasaran: x.uraian, indikator: i.nama, targetTeks: i.target, target: i.nilai,
      mendukung: x.mendukung.map((m) => {
        const a = s.atasan?.sasaran.find((y) => y.id === m);
        return a ? `${kode}${a.no}. ${a.uraian}` : m;
      }),
      csf: x.csf,
    })));
  });
  return out;
}

/** A title line on one line above the drawing (a second line would push the drawing to the next page): its size in
 *  pt, at most `size`, at least 7. */
const ukuranSatuBaris = (teks: string, size: number, bold: boolean) =>
  Math.max(7, Math.min(size, Math.floor((LEBAR / textWidth(teks, size, bold)) * size * 10) / 10));

export function computePohonKinerja(c: Content, tahun: number) {
  const instansi = c.instansi!.value;
  const akar = pohonKinerja(c, tahun);
  const namaInstansi = `${instansi.nama} ${instansi.pemda}`.toLocaleUpperCase('id-ID');
  return {
    tahun, instansi: instansi.nama, pemda: instansi.pemda, namaInstansi, ukuranInstansi: ukuranSatuBaris(namaInstansi, 10, true),
    halaman: akar.flatMap(halamanPohon).map((h) => ({ ...h, ukuranJudul: ukuranSatuBaris(h.judul, 9, false) })),
    tabel: barisTabel(akar),
  };
}
export type PohonKinerjaView = ReturnType<typeof computePohonKinerja>;
