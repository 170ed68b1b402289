// The Rencana Aksi of one PK as plain data for its template: per indicator the annual target, the quarterly
// targets as written with their aggregation rule, the evidence per quarter and the official responsible; per
// kegiatan and sub kegiatan the quarterly budget plan with computed sums; the signatures.
import { pohonAnggaran, type Simpul } from '../../compute/anggaran.ts';
import { D, sum, teksUang, type Dec } from '../../compute/decimal.ts';
import { nilaiDari, type Nilai } from '../../compute/indikator-hasil.ts';
import { pihakView, type PihakView } from '../../compute/pihak.ts';
import { satuDesimal } from '../../compute/pengukuran-laporan.ts';
import { ROMAWI_TW } from '../../compute/triwulan.ts';
import type { Content } from '../../validate/build-content.ts';
import type { RaPk } from './pk-ra.ts';

export interface BarisIndikatorRa {
  no: string; sasaran: string; nomorSasaran: number; baruSasaran: boolean; barisSasaran: number;
  indikator: string; targetTahunan: Nilai; target: Nilai[]; aturan: string; dataDukung: { tw?: string; teks: string }[]; penanggungJawab: string;
}
/** `sebagian`: a kegiatan of which this Rencana Aksi plans only some sub kegiatan: its pagu here is theirs, `paguKegiatan`
 *  the whole kegiatan's (the other sub kegiatan are in other officials' plans). */
export interface BarisAnggaranRa {
  no: string; tingkat: 'kegiatan' | 'sub_kegiatan'; nama: string; pagu: string; rencana: string[]; jumlah: string;
  sebagian?: { dari: number; ada: number; paguKegiatan: string };
}

export interface PenandatanganRa { tempat: string; tanggal: string; pejabat: PihakView; atasan?: PihakView }

/** Signatures of a Rencana Aksi document: the official (right) and the superior who approves (left). */
export function penandatangan(c: Content, x: RaPk, tanggal?: string): PenandatanganRa {
  const j = c.jabatan.get(x.pk.front.pihak_pertama)!.value;
  const atasanId = x.pk.front.pihak_kedua ?? j.atasan;
  const atasan = atasanId ? c.jabatan.get(atasanId)?.value : undefined;
  return { tempat: x.pk.front.tempat, tanggal: tanggal ?? x.ra.value.tanggal ?? x.pk.front.tanggal, pejabat: pihakView(c, j), atasan: atasan && pihakView(c, atasan) };
}

/** Indicator rows in PK order (sasaran, then indicator), the sasaran cell spanning its rows. */
export function barisIndikator<T extends object>(x: RaPk, isi: (i: NonNullable<RaPk['indikator'][number]>) => T) {
  const ada = x.indikator.filter((i): i is NonNullable<typeof i> => !!i).sort((a, b) => a.sasaran.no - b.sasaran.no || a.k - b.k);
  return ada.map((i, n) => {
    const sama = ada.filter((y) => y.sasaran.no === i.sasaran.no);
    return {
      no: `${i.sasaran.no}.${sama.indexOf(i) + 1}`, sasaran: i.sasaran.uraian, nomorSasaran: i.sasaran.no,
      baruSasaran: n === 0 || ada[n - 1].sasaran.no !== i.sasaran.no, barisSasaran: sama.length,
      indikator: i.katalog.nama, ...isi(i),
    };
  });
}

function anggaranRa(c: Content, x: RaPk): { baris: BarisAnggaranRa[]; total?: { pagu: string; rencana: string[]; jumlah: string } } {
  const tree = c.anggaran.get(x.ra.value.tahun);
  if (!tree || !x.ra.value.anggaran.length) return { baris: [] };
  const pohon = pohonAnggaran(tree.value);
  const rencana = new Map(x.ra.value.anggaran.map((a) => [a.simpul, a.rencana.map((v) => new D(v))]));
  const sub = x.ra.value.anggaran.map((a) => pohon.byId.get(a.simpul)).filter((n): n is Simpul => !!n && n.tingkat === 'sub_kegiatan');
  const kegiatan = [...new Set(sub.map((s) => s.induk!))];
  const perTw = (xs: Dec[][]) => [0, 1, 2, 3].map((t) => sum(xs.map((r) => r[t])));
  const baris: BarisAnggaranRa[] = [];
  const semua: Dec[][] = [];
  kegiatan.forEach((k, i) => {
    const anak = sub.filter((s) => s.induk === k);
    const tw = perTw(anak.map((s) => rencana.get(s.id)!));
    const sebagian = anak.length < k.anak.length ? { dari: k.anak.length, ada: anak.length, paguKegiatan: teksUang(k.pagu) } : undefined;
    baris.push({ no: String(i + 1), tingkat: 'kegiatan', nama: k.nama, pagu: teksUang(sum(anak.map((s) => s.pagu))), rencana: tw.map(teksUang), jumlah: teksUang(sum(tw)), sebagian });
    anak.forEach((s, j) => {
      const r = rencana.get(s.id)!;
      semua.push(r);
      baris.push({ no: `${i + 1}.${j + 1}`, tingkat: 'sub_kegiatan', nama: s.nama, pagu: teksUang(s.pagu), rencana: r.map(teksUang), jumlah: teksUang(sum(r)) });
    });
  });
  const tw = perTw(semua);
  return { baris, total: { pagu: teksUang(sum(sub.map((s) => s.pagu))), rencana: tw.map(teksUang), jumlah: teksUang(sum(tw)) } };
}

export function computeRencanaAksi(c: Content, x: RaPk) {
  const instansi = c.instansi!.value;
  const indikator = barisIndikator(x, (i) => ({
    // the annual and quarterly targets of a row with one number of decimals (as the evaluation prints them)
    ...(([targetTahunan, ...target]) => ({ targetTahunan, target }))(satuDesimal([i.target, ...i.ra.target].map((t) => nilaiDari(t, i.katalog.satuan ?? '')))),
    aturan: i.ra.pelaporan === 'kumulatif' ? 'kumulatif' : i.ra.agregasi,
    // one text when every quarter needs the same evidence, else one per quarter
    dataDukung: new Set(i.ra.data_dukung).size === 1 ? [{ teks: i.ra.data_dukung[0] }] : i.ra.data_dukung.map((teks, t) => ({ tw: ROMAWI_TW[t], teks })),
    penanggungJawab: c.jabatan.get(i.ra.penanggung_jawab)?.value.nama ?? i.ra.penanggung_jawab,
  }));
  return {
    tahun: x.ra.value.tahun, instansi: instansi.nama, pemda: instansi.pemda,
    jabatan: c.jabatan.get(x.pk.front.pihak_pertama)!.value.nama,
    indikator, anggaran: anggaranRa(c, x), ...penandatangan(c, x),
  };
}
export type RencanaAksiView = ReturnType<typeof computeRencanaAksi>;
