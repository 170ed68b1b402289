// Quarterly measurement report: per indicator the annual and to-date targets, realisasi to date, capaian and
// budget to date. Quarterly values come from quarterly komponen (Triwulan I–IV) of the realisasi formula, from
// the Rencana Aksi targets (target_triwulan) and from realisasi_anggaran_triwulan; nothing is interpolated.
import type { Content, LkipSource } from '../validate/build-content.ts';
import { serapan } from './agregat.ts';
import { pohonAnggaran, type Simpul } from './anggaran.ts';
import { daftarAturan } from './aturan-capaian.ts';
import { D, sum, teksUang, type Dec } from './decimal.ts';
import { ukurPohon } from './lkip-simpul.ts';
import { laporanTriwulan } from './pengukuran-laporan.ts';
import { ukurSampai, type HasilSampai } from './pengukuran-ukur.ts';
import { sasaranTahun } from './sasaran-tahun.ts';
import { idSkala, SKALA } from './skala-predikat.ts';

const ROMAN = ['I', 'II', 'III', 'IV'];

export interface BarisUkur extends HasilSampai {
  no: string; nama: string; tingkat: string; pagu?: string; realisasiAnggaran?: string; serapan?: string;
  /** rentang: rows of the node's indicators (on its first row); lanjutan: a further indicator row of the node above */
  rentang?: number; lanjutan?: true;
  /** a program, kegiatan or sub kegiatan not carried out (anggaran `status: tidak_dilaksanakan`) */
  tidakDilaksanakan?: true;
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
  const skala = SKALA[idSkala(c, f.skala_predikat, 'lkip')];
  const pohon = pohonAnggaran(c.anggaran.get(f.tahun)!.value);
  const ukur = ukurPohon(pohon, skala);
  const anak = (id: string) => ukur.capaianAnak(id);
  const kinerja = l.kinerja!.value;
  const sasaran = sasaranTahun(c, l).map((s, i) => {
    const iku = kinerja.iku.filter((e) => e.sasaran === s.id).map((e, j) => {
      const cat = c.indikator.get(e.ref)!.value;
      const u = { nama: cat.nama, satuan: cat.satuan ?? '', polaritas: cat.polaritas, metode: e.metode_capaian ?? cat.metode_capaian, skala: cat.skala, targetNol: cat.target_nol, target: e.target, realisasi: e.realisasi, triwulan: e.triwulan, realisasiTercatat: e.realisasi_tercatat };
      return { no: `${i + 1}.${j + 1}`, nama: 'Indikator Kinerja Utama', tingkat: 'iku', ...ukurSampai(u, tw, skala, anak) };
    });
    const rows: BarisUkur[] = [];
    let k = 0;
    const visit = (n: Simpul, no: string) => {
      const budget = anggaranSampai(n, tw);
      const base = { no, nama: n.nama, tingkat: n.tingkat, pagu: teksUang(n.pagu), realisasiAnggaran: budget && teksUang(budget), serapan: budget ? serapan(n.pagu, budget)?.toFixed(2) : undefined };
      const inds = n.indikator;
      if (!inds.length) rows.push({ ...base, indikator: '-', satuan: '', sumber: 'belum', tidakDilaksanakan: !n.dilaksanakan || undefined });
      // a node of several indicators: one row each, its number, name and budget printed once across them (rentang);
      // a node not carried out names its indicators, measures nothing and says so (as the LKIP's budget table)
      inds.forEach((ind, j) => rows.push({
        ...base, ...(j ? { pagu: undefined, realisasiAnggaran: undefined, serapan: undefined, lanjutan: true } : { rentang: inds.length }),
        ...(n.dilaksanakan ? ukurSampai({ ...ind, metode: ind.metode_capaian, targetNol: ind.target_nol, targetTriwulan: ind.target_triwulan, realisasiTercatat: ind.realisasi_tercatat }, tw, skala, anak)
          : { indikator: ind.nama, satuan: ind.satuan ?? '', sumber: 'belum' as const, tidakDilaksanakan: true as const }),
      }));
      n.anak.forEach((a, m) => visit(a, `${no}.${m + 1}`));
    };
    pohon.program.filter((p) => p.sasaran === s.id).forEach((p) => visit(p, String(++k)));
    return { no: i + 1, id: s.id, uraian: s.uraian, iku, baris: rows };
  });
  const real = pohon.program.map((p) => anggaranSampai(p, tw));
  const semuaBaris = sasaran.flatMap((s) => [...s.iku, ...s.baris]);
  const totalReal = real.some((x) => x) ? sum(real.map((x) => x ?? new D(0))) : undefined;
  return {
    tahun: f.tahun, triwulan: tw, triwulanRomawi: ROMAN[tw - 1], akhirTahun: tw === 4, // TW IV: the year's report, no quarter left
    instansi: c.instansi!.value.nama, pemda: c.instansi!.value.pemda,
    skala, sasaran, pagu: teksUang(pohon.total), realisasiAnggaran: totalReal && teksUang(totalReal), serapan: totalReal ? serapan(pohon.total, totalReal)?.toFixed(2) : undefined,
    tempat: f.tempat, ...laporanTriwulan(c, f, tw, sasaran), // signatory, date, tables as printed
    // rows with data whose capaian cannot be computed: "–*" in the tables, named with the reason in the notes
    aturanCapaian: daftarAturan([
      ...kinerja.iku.map((e) => { const cat = c.indikator.get(e.ref)!.value; return { aturan: { ...cat, metode_capaian: e.metode_capaian ?? cat.metode_capaian }, target: e.target }; }),
      ...[...pohon.byId.values()].flatMap((n) => n.indikator.map((i) => ({ aturan: i, target: i.target }))),
    ]),
    catatanCapaian: semuaBaris.filter((b) => b.gagal).map((b) => ({ nama: b.indikator, alasan: b.gagal! })),
    // lower-is-better indicators that add up over the year: their capaian against the annual target waits for TW IV
    tahunanTunda: [...new Set(semuaBaris.filter((b) => b.tahunanTunda).map((b) => b.indikator))],
  };
}
export type PengukuranView = ReturnType<typeof computePengukuran>;
