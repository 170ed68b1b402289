// One IKU of the LKIP year with its comparisons: previous years, the Renstra end target, the national figure.
import type { Kinerja, Renstra } from '../validate/schemas-kinerja.ts';
import type { Indikator } from '../validate/schemas.ts';
import { banding } from './agregat.ts';
import { angkaDari, hitungCapaian } from './capaian.ts';
import type { Dec } from './decimal.ts';
import { nilaiDari as nilai, ukurIndikator, type HasilIndikator, type Nilai } from './indikator-hasil.ts';
import type { Skala } from './skala-predikat.ts';
import { tabelRincian, type TabelRincian } from './lkip-rincian.ts';
import { skalaDari } from './skala-kualitatif.ts';
import { spesSampai } from './triwulan.ts';

type EntriIku = Kinerja['iku'][number];
export interface BarisRiwayat { tahun: number; target?: Nilai; realisasi?: Nilai; capaian?: string }
export interface IkuView extends HasilIndikator {
  ref: string; sasaran: string; formulasi?: string;
  riwayat: BarisRiwayat[]; periodeRiwayat: string; // "2022–2024", or "2024" for one year
  tahunLalu?: { tahun: number; realisasi: Nilai; poin: string; arah: string };
  renstra?: { tahun: number; target: Nilai; poin?: string; persen?: string; arah: string; tercapai: boolean };
  rincianTabel?: TabelRincian;
  nasional?: { nilai?: Nilai; label: string; sumber?: string; keterangan?: string; poin?: string; arah?: string };
  penanggungJawab?: string;
}

const r2 = (d: Dec) => d.toFixed(2);

export function ukurIku(e: EntriIku, cat: Indikator, tahun: number, renstra: Renstra | undefined, skala: Skala, anak: (s: string) => Dec[] | undefined): IkuView {
  const satuan = cat.satuan ?? '';
  const aturan = { polaritas: cat.polaritas, metode_capaian: e.metode_capaian ?? cat.metode_capaian, skala: cat.skala, target_nol: cat.target_nol };
  // the annual realisasi: written, or the quarterly data to TW IV (one source for the quarterly report and the LKIP)
  const skor = skalaDari(cat.skala)?.skor;
  const realisasi = e.realisasi ?? (e.triwulan && spesSampai(e.triwulan.realisasi, 4, e.triwulan.pelaporan, e.triwulan.agregasi, (v) => angkaDari(v, skor)));
  const h = ukurIndikator({ ...e, ...aturan, realisasi, nama: cat.nama, satuan }, skala, anak);
  const renstraIku = renstra?.tujuan.flatMap((t) => t.sasaran).flatMap((s) => s.iku).find((i) => i.ref === e.ref);
  const riwayat: BarisRiwayat[] = Object.entries(e.riwayat).map(([th, v]) => {
    const c = v.target && v.realisasi ? hitungCapaian(v.target, v.realisasi, { polaritas: cat.polaritas, metode: aturan.metode_capaian, skala: skalaDari(cat.skala)?.skor, targetNol: cat.target_nol }) : undefined;
    return {
      tahun: Number(th), target: v.target ? nilai(v.target, satuan) : undefined, realisasi: v.realisasi ? nilai(v.realisasi, satuan) : undefined,
      capaian: c?.ok ? r2(c.nilai) : undefined,
    };
  });
  riwayat.push({ tahun, target: h.target, realisasi: h.realisasi, capaian: h.capaian });
  riwayat.sort((a, b) => a.tahun - b.tahun);
  const [awal, akhirRiwayat] = [riwayat[0].tahun, riwayat[riwayat.length - 1].tahun];
  const periodeRiwayat = awal === akhirRiwayat ? String(awal) : `${awal}–${akhirRiwayat}`;
  const view: IkuView = { ...h, ref: e.ref, sasaran: e.sasaran, formulasi: cat.formulasi, riwayat, periodeRiwayat, penanggungJawab: renstraIku?.penanggung_jawab, rincianTabel: tabelRincian(h, tahun), tahunLalu: undefined, renstra: undefined, nasional: undefined };
  const now = h.realisasiPenuh;
  const lalu = riwayat.find((r) => r.tahun === tahun - 1)?.realisasi;
  const nLalu = lalu && angkaDari(lalu.nilai);
  if (now && lalu && nLalu && !cat.skala) {
    const b = banding(now, nLalu);
    view.tahunLalu = { tahun: tahun - 1, realisasi: lalu, poin: r2(b.poin.abs()), arah: b.arah };
  }
  const akhir = renstra?.periode.akhir;
  const tAkhir = akhir !== undefined ? renstraIku?.target[String(akhir)] : undefined;
  const nAkhir = tAkhir ? angkaDari(tAkhir) : undefined;
  if (akhir !== undefined && tAkhir) {
    const b = now && nAkhir && !cat.skala ? banding(now, nAkhir) : undefined;
    // reached = capaian against the end target is at least 100 (works for numbers, ranges and scales alike)
    const c = now ? hitungCapaian(tAkhir, cat.skala ? h.realisasi?.nilai : now, { polaritas: cat.polaritas, metode: aturan.metode_capaian, skala: skalaDari(cat.skala)?.skor, targetNol: cat.target_nol }) : undefined;
    const tercapai = !!c?.ok && c.tanpaBatas.gte(100);
    view.renstra = { tahun: akhir, target: nilai(tAkhir, satuan), poin: b && r2(b.poin.abs()), persen: b?.persen && r2(b.persen.abs()), arah: b?.arah ?? 'tetap', tercapai };
  }
  if (e.nasional) {
    const n = e.nasional.nilai;
    const nn = n ? angkaDari(n) : undefined;
    const b = nn && now && !cat.skala ? banding(now, nn) : undefined;
    view.nasional = {
      nilai: n ? nilai(n, satuan) : undefined, label: e.nasional.label ?? 'Realisasi Nasional', sumber: e.nasional.sumber,
      keterangan: e.nasional.keterangan, poin: b && r2(b.poin.abs()), arah: b?.arah,
    };
  }
  return view;
}
