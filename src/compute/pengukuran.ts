// Quarterly measurement report: per indicator the annual and to-date targets, realisasi to date, capaian and
// budget to date. Quarterly values come from quarterly komponen (Triwulan I–IV) of the realisasi formula, from
// the Rencana Aksi targets (target_triwulan) and from realisasi_anggaran_triwulan; nothing is interpolated.
import type { Content, LkipSource } from '../validate/build-content.ts';
import type { SpesRealisasiIn } from '../validate/schemas-kinerja.ts';
import { serapan } from './agregat.ts';
import { pohonAnggaran, type Simpul } from './anggaran.ts';
import { angkaDari, hitungCapaian, metodeBawaan, type MetodeCapaian, type Polaritas } from './capaian.ts';
import { D, sum, type Dec } from './decimal.ts';
import { nilaiDari, type Nilai } from './indikator-hasil.ts';
import { ukurPohon } from './lkip-simpul.ts';
import { laporanTriwulan } from './pengukuran-laporan.ts';
import { hitungRealisasi } from './realisasi.ts';
import { predikat, SKALA, type Skala } from './skala-predikat.ts';
import { sampaiTriwulan } from './triwulan.ts';

const TW = /^(?:Triwulan|TW\.?)\s+(I|II|III|IV)$/i;
const ROMAN = ['I', 'II', 'III', 'IV'];
const nilai = (d: Dec, satuan: string, dp = 2): Nilai => ({ nilai: d.toDecimalPlaces(dp, D.ROUND_HALF_UP).toFixed(dp), desimal: dp, satuan });

/** The formula applied to the first n quarterly komponen, when every komponen is a quarter. */
function realisasiSampai(spes: SpesRealisasiIn | undefined, n: number, anak: (s: string) => Dec[] | undefined): Dec | undefined {
  if (!spes || !('komponen' in spes)) return undefined;
  const idx = spes.komponen.map((k) => ROMAN.indexOf((TW.exec(k.uraian ?? '') ?? [])[1]?.toUpperCase() ?? ''));
  if (idx.some((i) => i < 0)) return undefined;
  const komponen = spes.komponen.filter((_, j) => idx[j] < n);
  if (!komponen.length) return undefined;
  const r = hitungRealisasi({ ...spes, komponen }, anak);
  return r.ok ? r.nilai : undefined;
}

export interface BarisUkur {
  no: string; nama: string; tingkat: string; indikator: string; satuan: string;
  targetTahunan?: Nilai; targetSampai?: Nilai; realisasiSampai?: Nilai; capaianSampai?: string; capaianTahunan?: string;
  predikat?: string; pagu?: string; realisasiAnggaran?: string; serapan?: string; sumber: 'triwulan' | 'tahunan' | 'belum';
}

interface Ukur { nama: string; satuan: string; polaritas: Polaritas; metode?: MetodeCapaian; target?: string; realisasi?: SpesRealisasiIn; targetTriwulan?: string[] }

function ukurSampai(u: Ukur, tw: number, skala: Skala, anak: (s: string) => Dec[] | undefined): Omit<BarisUkur, 'no' | 'nama' | 'tingkat'> {
  const aturan = { polaritas: u.polaritas, metode: u.metode ?? metodeBawaan(u.polaritas) };
  const t = angkaDari(u.target);
  let real = realisasiSampai(u.realisasi, tw, anak);
  let sumber: BarisUkur['sumber'] = real ? 'triwulan' : 'belum';
  if (!real && tw === 4 && u.realisasi) {
    const r = hitungRealisasi(u.realisasi, anak);
    if (r.ok) { real = r.nilai; sumber = 'tahunan'; }
  }
  const kumulatif = u.realisasi && 'rumus' in u.realisasi && u.realisasi.rumus === 'jumlah';
  const tq = u.targetTriwulan?.map((x) => new D(x));
  const targetSampai = tq ? sampaiTriwulan(tq, tw, kumulatif ? 'kumulatif' : 'akhir') : kumulatif ? (tw === 4 ? t : undefined) : t;
  const cap = (target?: Dec) => (target && real ? hitungCapaian(target, real, aturan) : undefined);
  const cs = cap(targetSampai);
  const ct = cap(t);
  return {
    indikator: u.nama, satuan: u.satuan, sumber,
    targetTahunan: t && nilaiDari(u.target!, u.satuan),
    targetSampai: targetSampai && nilai(targetSampai, u.satuan, targetSampai.isInteger() ? 0 : 2),
    realisasiSampai: real && nilai(real, u.satuan, real.isInteger() && u.satuan !== '%' ? 0 : 2),
    capaianSampai: cs?.ok ? cs.nilai.toFixed(2) : undefined, capaianTahunan: ct?.ok ? ct.nilai.toFixed(2) : undefined,
    predikat: cs?.ok ? predikat(cs.nilai, skala).label : undefined,
  };
}

function anggaranSampai(n: Simpul, tw: number): Dec | undefined {
  if (n.anak.length) {
    const xs = n.anak.map((a) => anggaranSampai(a, tw));
    return xs.some((x) => x) ? sum(xs.map((x) => x ?? new D(0))) : undefined;
  }
  if (n.realisasiTriwulan) return sum(n.realisasiTriwulan.slice(0, tw).map((x) => new D(x)));
  return tw === 4 ? n.realisasi : undefined;
}

export function computePengukuran(c: Content, l: LkipSource, tw: number) {
  const f = l.front;
  const skala = SKALA[f.skala_predikat];
  const pohon = pohonAnggaran(c.anggaran.get(f.tahun)!.value);
  const ukur = ukurPohon(pohon, skala);
  const anak = (id: string) => ukur.capaianAnak(id);
  const renstra = c.renstra.get(f.renstra)?.value;
  const kinerja = l.kinerja!.value;
  const sasaran = (renstra?.tujuan ?? []).flatMap((t) => t.sasaran).map((s, i) => {
    const iku = kinerja.iku.filter((e) => e.sasaran === s.id).map((e, j) => {
      const cat = c.indikator.get(e.ref)!.value;
      const tq = e.triwulan?.target.filter((x): x is string => x !== '');
      return { no: `${i + 1}.${j + 1}`, nama: 'Indikator Kinerja Utama', tingkat: 'iku', ...ukurSampai({ nama: cat.nama, satuan: cat.satuan ?? '', polaritas: cat.polaritas, metode: e.metode_capaian, target: e.target, realisasi: e.realisasi, targetTriwulan: tq?.length === 4 ? tq : undefined }, tw, skala, anak) };
    });
    const rows: BarisUkur[] = [];
    let k = 0;
    const visit = (n: Simpul, no: string) => {
      const budget = anggaranSampai(n, tw);
      const base = { no, nama: n.nama, tingkat: n.tingkat, pagu: n.pagu.toFixed(0), realisasiAnggaran: budget?.toFixed(2), serapan: budget ? serapan(n.pagu, budget)?.toFixed(2) : undefined };
      const inds = n.dilaksanakan ? n.indikator : [];
      if (!inds.length) rows.push({ ...base, indikator: '-', satuan: '', sumber: 'belum' });
      inds.forEach((ind, j) => rows.push({ ...base, ...(j ? { pagu: undefined, realisasiAnggaran: undefined, serapan: undefined } : {}), ...ukurSampai({ ...ind, metode: ind.metode_capaian, targetTriwulan: ind.target_triwulan }, tw, skala, anak) }));
      n.anak.forEach((a, m) => visit(a, `${no}.${m + 1}`));
    };
    pohon.program.filter((p) => p.sasaran === s.id).forEach((p) => visit(p, String(++k)));
    return { no: i + 1, id: s.id, uraian: s.uraian, iku, baris: rows };
  });
  const real = pohon.program.map((p) => anggaranSampai(p, tw));
  const totalReal = real.some((x) => x) ? sum(real.map((x) => x ?? new D(0))) : undefined;
  return {
    tahun: f.tahun, triwulan: tw, triwulanRomawi: ROMAN[tw - 1], instansi: c.instansi!.value.nama, pemda: c.instansi!.value.pemda,
    skala, sasaran, pagu: pohon.total.toFixed(0), realisasiAnggaran: totalReal?.toFixed(2), serapan: totalReal ? serapan(pohon.total, totalReal)?.toFixed(2) : undefined,
    tempat: f.tempat, ...laporanTriwulan(c, f, tw, sasaran), // signatory, date, tables as printed
  };
}
export type PengukuranView = ReturnType<typeof computePengukuran>;
