// Stage 3 for the LKIP: every figure of the annual performance report, computed from content.
import type { BodySection } from '../load/markdown-source.ts';
import type { ChartSpec } from '../render/chart.ts';
import type { Content, LkipSource } from '../validate/build-content.ts';
import { agregatView, efisiensi, rataRata, serapan } from './agregat.ts';
import { D, sum, teksUang } from './decimal.ts';
import { barisPohon, type BarisSimpul } from './lkip-simpul.ts';
import { ukurLkip } from './lkip-ukur.ts';
import { isiProsa, type PetaAngka } from './angka-prosa.ts';
import { petaLkip, subjekBagian } from './lkip-prosa.ts';
import type { IkuView } from './lkip-iku.ts';
import { dasarHukumTeks, penandatanganView } from './pihak.ts';
import { angkaBiasa, bacaTarget } from '../format/baca.ts';
import { daftarAturan } from './aturan-capaian.ts';
import { sasaranTahun } from './sasaran-tahun.ts';
import { idSkala, SKALA } from './skala-predikat.ts';
import { formatTarget } from '../format/target.ts';
import { nilaiDari } from './indikator-hasil.ts';
import { ingat, memoKonten } from '../cache/memo-konten.ts';

export interface SasaranLkip {
  no: number; id: string; uraian: string; tujuan?: string;
  iku: (IkuView & { konteks?: string; penjelasan?: string; penjelasanNasional?: string })[]; program: (BarisSimpul & { catatan?: string })[];
  capaian: { nilai?: string; aturan: string }; pagu: string; realisasi?: string; serapan?: string;
  efisiensi?: { selisih: string; label: string }; jumlahProgram: number; penyebab?: string;
}

const num = (s: string | undefined) => angkaBiasa(s) ?? null;
/** A chart label: the value as a target prints, without its unit ("1200" → "1.200", "7.8" → "7,8"). */
const pctT = (s: string | undefined) => (s === undefined ? undefined : formatTarget(nilaiDari(s)));
/** The target line(s) of a trend chart: one line, or the two bounds of range targets. */
function seriTarget(riwayat: { target?: { nilai: string } }[]) {
  const bentuk = riwayat.map((r) => (r.target ? bacaTarget(r.target.nilai) : undefined));
  if (!bentuk.some((b) => b?.jenis === 'rentang')) {
    return [{ name: 'Target', values: riwayat.map((r) => num(r.target?.nilai)), labels: riwayat.map((r) => pctT(r.target?.nilai) ?? '') }];
  }
  const batas = (k: 'min' | 'maks') => bentuk.map((b) => (b?.jenis === 'rentang' ? b[k] : b?.jenis === 'angka' ? b.nilai : undefined));
  return (['min', 'maks'] as const).map((k) => ({ name: k === 'min' ? 'Batas bawah target' : 'Batas atas target', values: batas(k).map((v) => num(v)), labels: batas(k).map((v) => pctT(v) ?? '') }));
}
const prosa = (secs: BodySection[] | undefined, key: string) => secs?.find((s) => s.key === key)?.text || undefined;

/** The LKIP view with its prose placeholders filled ("{capaian}", "{serapan:ss1}": src/compute/angka-prosa.ts). */
export function computeLkip(c: Content, l: LkipSource) {
  const { view, peta } = susunLkip(c, l);
  // a placeholder that cannot be filled stays as written; the check prosa-angka reports it (an error)
  const isi = (t: string | undefined, key: string) => (t === undefined ? undefined : isiProsa(t, subjekBagian(key), peta).teks);
  return {
    ...view,
    gambaranUmum: isi(view.gambaranUmum, 'gambaran-umum'), isuStrategis: isi(view.isuStrategis, 'isu-strategis'), saran: isi(view.saran, 'saran'),
    sasaran: view.sasaran.map((s) => ({
      ...s, penyebab: isi(s.penyebab, `${s.id}/penyebab`),
      iku: s.iku.map((x) => ({ ...x, konteks: isi(x.konteks, `${x.ref}/konteks`), penjelasan: isi(x.penjelasan, `${x.ref}/penjelasan`), penjelasanNasional: isi(x.penjelasanNasional, `${x.ref}/nasional`) })),
      program: s.program.map((b) => ({ ...b, catatan: isi(b.catatan, `${b.id}/catatan`) })),
    })),
  };
}

/** The LKIP view with the prose as written, and the map of the figures its placeholders may cite. */
export function susunLkip(c: Content, l: LkipSource): { view: ReturnType<typeof susunView>; peta: PetaAngka } {
  return ingat(susunan, c, l, () => {
    const view = susunView(c, l);
    const peta = petaLkip({ sasaran: view.sasaran, organisasi: view.ringkasan.organisasi.nilai, pagu: view.anggaran?.total, realisasi: view.anggaran?.totalRealisasi, serapan: view.ringkasan.serapan });
    return { view, peta };
  });
}
// the prose check (src/validate/checks/prosa-angka.ts) and the view read one result (content is not modified after
// validation); on tracked content one per content too, its reads noted for each reader (src/cache/memo-konten.ts)
const susunan = memoKonten<{ view: ReturnType<typeof susunView>; peta: PetaAngka }>();

function susunView(c: Content, l: LkipSource) {
  const f = l.front;
  const tahun = f.tahun;
  const skala = SKALA[idSkala(c, f.skala_predikat, 'lkip')];
  const renstra = f.renstra ? c.renstra.get(f.renstra)?.value : undefined;
  const { pohon, ukur, iku: ikuAll } = ukurLkip(c, l); // shared with the audit check: computed once
  const kinerja = l.kinerja!.value;
  const programSec = l.program?.sections;
  const barisProgram = (sasaran: string) => (pohon && ukur ? barisPohon(pohon.program.filter((p) => p.sasaran === sasaran), ukur.hasil) : [])
    .map((b) => ({ ...b, catatan: prosa(programSec, `${b.id}/catatan`) }));

  const sasaran: SasaranLkip[] = sasaranTahun(c, l).map((s, i) => {
    const iku = ikuAll.filter((x) => x.sasaran === s.id).map((x) => ({
      ...x, konteks: prosa(l.sections, `${x.ref}/konteks`), penjelasan: prosa(l.sections, `${x.ref}/penjelasan`), penjelasanNasional: prosa(l.sections, `${x.ref}/nasional`),
    }));
    const programs = pohon?.program.filter((p) => p.sasaran === s.id) ?? [];
    const pagu = sum(programs.map((p) => p.pagu));
    const real = programs.some((p) => p.realisasi) ? sum(programs.map((p) => p.realisasi ?? new D(0))) : undefined;
    const cap = rataRata(iku.map((x) => x.capaianPenuh), 'indikator kinerja utama');
    const serap = real ? serapan(pagu, real) : undefined;
    const ef = cap && serap ? efisiensi(cap.nilai, serap) : undefined;
    return {
      no: i + 1, id: s.id, uraian: s.uraian, tujuan: s.tujuan, iku, program: barisProgram(s.id),
      capaian: agregatView(cap, iku.length, 'indikator kinerja utama'), pagu: teksUang(pagu), realisasi: real && teksUang(real),
      serapan: serap?.toFixed(2), efisiensi: ef && { selisih: ef.selisih.toFixed(2), label: ef.label },
      jumlahProgram: programs.length, penyebab: prosa(l.sections, `${s.id}/penyebab`),
    };
  });

  const organisasi = rataRata(sasaran.map((s) => (s.capaian.nilai ? new D(s.capaian.nilai) : undefined)), 'sasaran strategis');
  const rataIku = rataRata(ikuAll.map((x) => x.capaianPenuh), 'indikator kinerja utama');
  const serapTotal = pohon?.totalRealisasi ? serapan(pohon.total, pohon.totalRealisasi) : undefined;
  const perPredikat = skala.pita.map((p) => ({ label: p.label, kode: p.kode, jumlah: ikuAll.filter((x) => x.predikat === p.label).length })).filter((p) => p.jumlah);

  const sdm = l.sdm?.value;
  const asn = sdm ? sdm.golongan.reduce((a, g) => a + g.perempuan + g.laki_laki, 0) : 0;
  const totalSdm = sdm ? sdm.pendidikan.reduce((a, p) => a + p.jumlah, 0) : 0;
  const mayoritas = sdm?.pendidikan.reduce((a, b) => (b.jumlah > a.jumlah ? b : a));
  const chart = (cs: Omit<ChartSpec, 'width' | 'height'>, height = 210): ChartSpec => ({ width: 440, height, ...cs });
  const pct = pctT;
  const ikuPersen = ikuAll.filter((x) => x.satuan === '%');

  return {
    tahun, instansi: c.instansi!.value.nama, pemda: c.instansi!.value.pemda, singkatan: f.sebutan_singkat,
    renstraPeriode: renstra?.periode, tahunKe: renstra ? tahun - renstra.periode.awal + 1 : undefined,
    penandatangan: penandatanganView(c, f.penandatangan, f.pangkat),
    tempat: f.tempat, tanggal: f.tanggal, skala,
    dasarHukum: dasarHukumTeks(c, f.dasar_hukum),
    gambaranUmum: prosa(l.sections, 'gambaran-umum'), isuStrategis: prosa(l.sections, 'isu-strategis'), saran: prosa(l.sections, 'saran'),
    renstra, sasaran, iku: ikuAll, tindakLanjut: f.tindak_lanjut,
    // indicators whose capaian cannot be computed: "–" in the tables, this list as the note under them
    catatanCapaian: ikuAll.filter((x) => x.gagal).map((x) => ({ nama: x.nama, alasan: x.gagal! })),
    anggaran: pohon && {
      program: pohon.program.map((p, i) => ({ no: i + 1, nama: p.nama, pagu: teksUang(p.pagu) })), total: teksUang(pohon.total),
      totalRealisasi: pohon.totalRealisasi && teksUang(pohon.totalRealisasi), serapan: serapTotal?.toFixed(2),
      baris: barisPohon(pohon.program, ukur!.hasil),
    },
    ringkasan: {
      jumlahIku: ikuAll.length, jumlahSasaran: sasaran.length, perPredikat,
      rataIku: agregatView(rataIku, ikuAll.length, 'indikator kinerja utama'),
      organisasi: agregatView(organisasi, sasaran.length, 'sasaran strategis'),
      serapan: serapTotal?.toFixed(2),
    },
    sdm: sdm && {
      total: totalSdm, asn, nonAsn: sdm.non_asn?.jumlah, sebutanNonAsn: sdm.non_asn?.sebutan, sumber: sdm.sumber, mayoritas: mayoritas?.jenjang,
      pendidikan: sdm.pendidikan, golongan: sdm.golongan,
      grafikPendidikan: chart({ type: 'bar', unit: 'orang', categories: sdm.pendidikan.map((p) => p.jenjang), series: [{ name: 'Jumlah pegawai', values: sdm.pendidikan.map((p) => p.jumlah), labels: sdm.pendidikan.map((p) => String(p.jumlah)) }] }),
      grafikGolongan: chart({ type: 'bar', unit: 'orang', categories: sdm.golongan.map((g) => g.golongan), series: [
        { name: 'Perempuan', values: sdm.golongan.map((g) => g.perempuan), labels: sdm.golongan.map((g) => String(g.perempuan)) },
        { name: 'Laki-laki', values: sdm.golongan.map((g) => g.laki_laki), labels: sdm.golongan.map((g) => String(g.laki_laki)) }] }),
    },
    // one percent axis: the IKU measured in percent only (one in tons beside them flattened every other bar: example
    // LKIP 2025); the caption says so when some are left out, and there is no chart without any
    grafikIku: ikuPersen.length ? chart({ type: 'bar', unit: '%', categories: ikuPersen.map((x) => x.nama), series: [
      { name: 'Target', values: ikuPersen.map((x) => num(x.target?.nilai)), labels: ikuPersen.map((x) => (num(x.target?.nilai) === null ? '' : pct(x.target?.nilai) ?? '')) },
      { name: 'Realisasi', values: ikuPersen.map((x) => num(x.realisasi?.nilai)), labels: ikuPersen.map((x) => (num(x.realisasi?.nilai) === null ? '' : pct(x.realisasi?.nilai) ?? '')) }] }, 260) : undefined,
    grafikIkuSebagian: ikuPersen.length < ikuAll.length,
    // a trend needs two years of numbers: none for one year or a qualitative scale; a range target as its two bounds
    grafikTren: Object.fromEntries(ikuAll.filter((x) => x.riwayat.filter((r) => num(r.realisasi?.nilai) !== null).length >= 2).map((x) => [x.ref, chart({
      type: 'line', unit: x.satuan, categories: x.riwayat.map((r) => String(r.tahun)),
      series: [...seriTarget(x.riwayat), { name: 'Realisasi', values: x.riwayat.map((r) => num(r.realisasi?.nilai)), labels: x.riwayat.map((r) => pct(r.realisasi?.nilai) ?? '') }],
    }, 180)])),
    aturanCapaian: daftarAturan(kinerja.iku.map((e) => {
      const cat = c.indikator.get(e.ref)!.value;
      return { aturan: { ...cat, metode_capaian: e.metode_capaian ?? cat.metode_capaian }, target: e.target };
    })),
  };
}
export type LkipView = ReturnType<typeof computeLkip>;
