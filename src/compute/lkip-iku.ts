// One IKU of the LKIP year with its comparisons: previous years, the Renstra end target, the national figure.
import type { Kinerja, Renstra } from '../validate/schemas-kinerja.ts';
import type { Indikator } from '../validate/schemas.ts';
import { banding } from './agregat.ts';
import { angkaDari, hitungCapaian } from './capaian.ts';
import type { Dec } from './decimal.ts';
import { nilaiDari as nilai, ukurIndikator, type HasilIndikator, type Nilai } from './indikator-hasil.ts';
import type { Skala } from './skala-predikat.ts';
import { tabelRincian, type TabelRincian } from './lkip-rincian.ts';

type EntriIku = Kinerja['iku'][number];
export interface BarisRiwayat { tahun: number; target?: Nilai; realisasi?: Nilai; capaian?: string }
export interface IkuView extends HasilIndikator {
  ref: string; sasaran: string; formulasi?: string;
  riwayat: BarisRiwayat[];
  tahunLalu?: { tahun: number; realisasi: Nilai; poin: string; arah: string };
  renstra?: { tahun: number; target: Nilai; poin?: string; persen?: string; arah: string; tercapai: boolean };
  rincianTabel?: TabelRincian;
  nasional?: { nilai?: Nilai; label: string; sumber?: string; keterangan?: string; poin?: string; arah?: string };
  penanggungJawab?: string;
}

const r2 = (d: Dec) => d.toFixed(2);

export function ukurIku(e: EntriIku, cat: Indikator, tahun: number, renstra: Renstra | undefined, skala: Skala, anak: (s: string) => Dec[] | undefined): IkuView {
  const satuan = cat.satuan ?? '';
  const h = ukurIndikator({ ...e, nama: cat.nama, satuan, polaritas: cat.polaritas }, skala, anak);
  const renstraIku = renstra?.tujuan.flatMap((t) => t.sasaran).flatMap((s) => s.iku).find((i) => i.ref === e.ref);
  const riwayat: BarisRiwayat[] = Object.entries(e.riwayat).map(([th, v]) => {
    const c = v.target && v.realisasi ? hitungCapaian(v.target, v.realisasi, { polaritas: cat.polaritas, metode: e.metode_capaian }) : undefined;
    return {
      tahun: Number(th), target: v.target ? nilai(v.target, satuan) : undefined, realisasi: v.realisasi ? nilai(v.realisasi, satuan) : undefined,
      capaian: c?.ok ? r2(c.nilai) : undefined,
    };
  });
  riwayat.push({ tahun, target: h.target, realisasi: h.realisasi, capaian: h.capaian });
  riwayat.sort((a, b) => a.tahun - b.tahun);
  const view: IkuView = { ...h, ref: e.ref, sasaran: e.sasaran, formulasi: cat.formulasi, riwayat, penanggungJawab: renstraIku?.penanggung_jawab, rincianTabel: tabelRincian(h, tahun), tahunLalu: undefined, renstra: undefined, nasional: undefined };
  const now = h.realisasiPenuh;
  const lalu = riwayat.find((r) => r.tahun === tahun - 1)?.realisasi;
  if (now && lalu) {
    const b = banding(now, angkaDari(lalu.nilai)!);
    view.tahunLalu = { tahun: tahun - 1, realisasi: lalu, poin: r2(b.poin.abs()), arah: b.arah };
  }
  const akhir = renstra?.periode.akhir;
  const tAkhir = akhir !== undefined ? renstraIku?.target[String(akhir)] : undefined;
  if (akhir !== undefined && tAkhir) {
    const b = now ? banding(now, angkaDari(tAkhir)!) : undefined;
    const tercapai = !!b && (cat.polaritas === 'negatif' ? b.arah !== 'naik' : b.arah !== 'turun');
    view.renstra = { tahun: akhir, target: nilai(tAkhir, satuan), poin: b && r2(b.poin.abs()), persen: b?.persen && r2(b.persen.abs()), arah: b?.arah ?? 'tetap', tercapai };
  }
  if (e.nasional) {
    const n = e.nasional.nilai;
    const b = n && now ? banding(now, angkaDari(n)!) : undefined;
    view.nasional = {
      nilai: n ? nilai(n, satuan) : undefined, label: e.nasional.label ?? 'Realisasi Nasional', sumber: e.nasional.sumber,
      keterangan: e.nasional.keterangan, poin: b && r2(b.poin.abs()), arah: b?.arah,
    };
  }
  return view;
}
