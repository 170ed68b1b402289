// Evaluasi terhadap hasil Renja Perangkat Daerah (Permendagri 86/2017) of one year, to TW `tw`: one row per
// indicator of each program / kegiatan / sub kegiatan of the year's budget tree. K = kinerja, Rp = anggaran.
// 6 Renstra end-of-period target (Renstra program table: target of the last year, pagu summed over the period);
// 7 realisasi up to the previous year: no content holds it, so known only in the first year of the period (zero);
// 8 the year's target and pagu; 9-12 quarterly realisasi (indicator components "Triwulan I..IV", realisasi
// anggaran per quarter); 13 to TW `tw` by the indicator's rule (sum, or mean: a percentage is never summed);
// 14 = 7 + 13; 15 = 14 / 6 x 100; footer: mean of column 15 and its predikat.
import { pohonAnggaran, type Simpul } from '../../compute/anggaran.ts';
import { rataRata } from '../../compute/agregat.ts';
import { D, sum, teksUang, type Dec } from '../../compute/decimal.ts';
import { hitungCapaian } from '../../compute/capaian.ts';
import { skalaDari } from '../../compute/skala-kualitatif.ts';
import { nilaiDari, type Nilai } from '../../compute/indikator-hasil.ts';
import { ukurPohon } from '../../compute/lkip-simpul.ts';
import { ukurSampai, type Ukur } from '../../compute/pengukuran-ukur.ts';
import { pihakView } from '../../compute/pihak.ts';
import { predikat, SKALA } from '../../compute/skala-predikat.ts';
import { ROMAWI_TW, type AgregasiTriwulan } from '../../compute/triwulan.ts';
import type { Content } from '../../validate/build-content.ts';
import type { IndikatorSimpul, RenstraProgram } from '../../validate/schemas-kinerja.ts';
import type { EvaluasiRenja } from './skema.ts';

/** A printed figure: a canonical number with its decimals, or a text as written (a range target); absent = "-". */
export interface Sel { nilai: string; desimal: number; target: Nilai | '' }
const angka = (s: string | undefined): Dec | undefined => (s !== undefined && /^-?\d+(\.\d+)?$/.test(s.replace(',', '.')) ? new D(s.replace(',', '.')) : undefined);
const sel = (d: Dec | undefined): Sel | undefined => {
  if (d === undefined) return undefined;
  const b = d.toDecimalPlaces(2, D.ROUND_HALF_UP);
  return b.isInteger() ? { nilai: b.toFixed(0), desimal: 0, target: '' } : { nilai: b.toFixed(2), desimal: 2, target: '' };
};
const uang = (d: Dec | undefined): Sel | undefined => d && { nilai: teksUang(d), desimal: d.isInteger() ? 0 : 2, target: '' };
const ditulis = (s: string | undefined): Sel | undefined => (s === undefined ? undefined : { nilai: '', desimal: 0, target: nilaiDari(s) });
const nilaiSel = (v: Nilai | undefined): Sel | undefined => v && { nilai: '', desimal: 0, target: { ...v, satuan: '' } };
const NOL: Sel = { nilai: '0', desimal: 0, target: '' };
const persen = (a: Dec | undefined, b: Dec | undefined): Dec | undefined => (a && b && !b.isZero() ? a.div(b).times(100) : undefined);
/** Column 15 K: 14 against 6 by the indicator's rule (positive polarity: 14 / 6 x 100). */
const capaianRenstra = (u: Ukur, k14: Nilai | undefined, k6: string | undefined): Dec | undefined => {
  if (!k14 || k6 === undefined) return undefined;
  const h = hitungCapaian(k6, k14.nilai, { polaritas: u.polaritas, metode: u.metode, targetNol: u.targetNol, skala: skalaDari(u.skala)?.skor });
  return h.ok ? h.nilai : undefined;
};

type SimpulRenstra = { id: string; kode?: string; sasaran?: string; indikator: { nama: string; satuan?: string; target: Record<string, string> }[]; pagu?: Record<string, string>; kegiatan?: SimpulRenstra[]; sub_kegiatan?: SimpulRenstra[] };

/** Renstra period holding `tahun` and its program table nodes by id. */
function renstraTahun(c: Content, tahun: number) {
  for (const [periode, d] of c.renstraDok) {
    const [awal, akhir] = periode.split('-').map(Number);
    if (tahun < awal || tahun > akhir) continue;
    const byId = new Map<string, SimpulRenstra>();
    const jalan = (n: SimpulRenstra) => { byId.set(n.id, n); [...(n.kegiatan ?? []), ...(n.sub_kegiatan ?? [])].forEach(jalan); };
    (d.program?.value as RenstraProgram | undefined)?.urusan.forEach((u) => u.program.forEach((p) => jalan(p as SimpulRenstra)));
    return { awal, akhir, byId };
  }
  for (const r of c.renstra.values()) {
    const { awal, akhir } = r.value.periode;
    if (tahun >= awal && tahun <= akhir) return { awal, akhir, byId: new Map<string, SimpulRenstra>() };
  }
  return undefined;
}

const normal = (s: string) => s.toLocaleLowerCase('id-ID').replace(/\s+/g, ' ').trim();
/** The Renstra indicator an indicator of the year is measured against: same name, else the node's only one (same unit). */
function indikatorRenstra(i: IndikatorSimpul, rs: SimpulRenstra['indikator'], banyak: number) {
  return rs.find((x) => normal(x.nama) === normal(i.nama)) ?? (banyak === 1 && rs.length === 1 && (rs[0].satuan ?? '') === i.satuan ? rs[0] : undefined);
}

/** Pagu of a Renstra node in one year: its own at a leaf, else the sum of its children. */
function paguRenstra(n: SimpulRenstra, th: number): Dec | undefined {
  const anak = [...(n.kegiatan ?? []), ...(n.sub_kegiatan ?? [])];
  if (!anak.length) return angka(n.pagu?.[String(th)]);
  const xs = anak.map((a) => paguRenstra(a, th));
  return xs.every((x) => x) ? sum(xs as Dec[]) : undefined;
}

/** Quarterly indicator values from components named "Triwulan I..IV", with the rule combining them. */
function kuartal(i: IndikatorSimpul): { nilai: (Dec | undefined)[]; aturan: AgregasiTriwulan } | undefined {
  const r = i.realisasi;
  if (!r || !('komponen' in r) || (r.rumus !== 'jumlah' && r.rumus !== 'rata_rata')) return undefined;
  const nilai = ROMAWI_TW.map((t) => angka(r.komponen.find((k) => k.uraian?.trim() === `Triwulan ${t}`)?.nilai));
  return nilai.some((x) => x) ? { nilai, aturan: r.rumus } : undefined;
}

/** Quarterly realisasi anggaran of a node: its own at a leaf, else per quarter the sum when every leaf reports it. */
function rpKuartal(n: Simpul): (Dec | undefined)[] {
  if (!n.anak.length) return [0, 1, 2, 3].map((t) => angka(n.realisasiTriwulan?.[t]));
  const xs = n.anak.filter((a) => a.dilaksanakan).map(rpKuartal);
  return [0, 1, 2, 3].map((t) => (xs.length && xs.every((x) => x[t]) ? sum(xs.map((x) => x[t]!)) : undefined));
}

/** The prose rows of the form, written by the agency (content), by key. */
export type Prosa = Partial<Record<'faktor_pendorong' | 'faktor_penghambat' | 'tindak_lanjut_triwulan' | 'tindak_lanjut_renja', string>>;
const PROSA: [keyof Prosa, (tw: number) => string][] = [
  ['faktor_pendorong', () => 'Faktor pendorong keberhasilan pencapaian'],
  ['faktor_penghambat', () => 'Faktor penghambat pencapaian kinerja'],
  ['tindak_lanjut_triwulan', (tw) => (tw === 4 ? 'Tindak lanjut yang diperlukan dalam triwulan berikutnya (triwulan I tahun berikutnya)' : `Tindak lanjut yang diperlukan dalam triwulan berikutnya (triwulan ${ROMAWI_TW[tw]})`)],
  ['tindak_lanjut_renja', () => 'Tindak lanjut yang diperlukan dalam Renja Perangkat Daerah tahun berikutnya'],
];

function keterangan(tahun: number, tw: number, rs: ReturnType<typeof renstraTahun>, pertama: boolean, skala: string): string[] {
  return [
    'K = kinerja (realisasi/target indikator, dalam satuannya); Rp = anggaran (rupiah). Tanda "-" berarti angka tidak tersedia di konten atau belum dilaporkan.',
    'Baris Indikator Kinerja Utama: target dan realisasi IKU tahun itu (data kinerja LKIP), target akhir periode dari Renstra; IKU tidak beranggaran sendiri (kolom Rp kosong). Kolom 15 dihitung menurut polaritas indikator (positif: 14 / 6 × 100; negatif dan rentang menurut aturannya).',
    rs?.byId.size
      ? `Kolom 6: target indikator tahun ${rs.akhir} dan jumlah pagu tahun ${rs.awal}-${rs.akhir} pada tabel program Renstra ${rs.awal}-${rs.akhir} (indikator yang sama namanya, atau satu-satunya indikator dengan satuan yang sama); "-" bila program/kegiatan/sub kegiatan atau indikatornya tidak ada di tabel itu.`
      : `Kolom 6: Renstra ${rs ? `${rs.awal}-${rs.akhir} ` : ''}tidak memuat tabel program/kegiatan/sub kegiatan dengan target dan pagu di konten, sehingga kolom 6 dan 15 bertanda "-".`,
    pertama
      ? `Kolom 7: tahun ${tahun} adalah tahun pertama periode Renstra, sehingga realisasi Renstra s.d. tahun lalu bernilai 0 dan kolom 14 sama dengan kolom 13.`
      : `Kolom 7: realisasi Renstra s.d. tahun ${tahun - 1} tidak tersedia di konten, sehingga kolom 7, 14 dan 15 bertanda "-".`,
    `Kolom 9-12: realisasi kinerja per triwulan dari komponen "Triwulan I-IV" indikator dan realisasi anggaran per triwulan. Kolom 13*: ${tw === 4 ? 'realisasi tahun ' + tahun + ' (nilai indikator yang dihitung dari rumusnya);' : 'realisasi s.d. triwulan ' + ROMAWI_TW[tw - 1] + ';'} nilai triwulan digabung menurut aturan indikator (dijumlahkan atau dirata-ratakan: persentase tidak dijumlahkan); anggaran dijumlahkan.`,
    `Rata-rata capaian: rata-rata kolom 15 atas baris yang dapat dihitung; predikat menurut skala ${skala}.`,
  ];
}

export function computeEvaluasiRenja(c: Content, tahun: number, tw: number, isian?: EvaluasiRenja) {
  const prosa: Prosa | undefined = isian?.triwulan[tw - 1];
  const instansi = c.instansi!.value;
  const skala = SKALA['permendagri-86-2017']; // the form's own scale (Permendagri 86/2017), whatever the agency's
  const pohon = pohonAnggaran(c.anggaran.get(tahun)!.value);
  const { capaianAnak } = ukurPohon(pohon, skala);
  const rs = renstraTahun(c, tahun);
  const pertama = rs?.awal === tahun; // no earlier year in the period: column 7 is zero
  const sasaran = new Map<string, string>();
  for (const r of c.renstra.values()) for (const t of r.value.tujuan) for (const s of t.sasaran) sasaran.set(s.id, s.uraian);
  const baris: Record<string, unknown>[] = [];
  const capK: Dec[] = []; const capRp: Dec[] = [];
  let no = 0, renstraDipakai = false;
  const tambah = (n: Simpul, tingkat: string) => {
    const r = rs?.byId.get(n.id);
    const rpQ = rpKuartal(n);
    const rp13 = tw === 4 ? n.realisasi : rpQ.slice(0, tw).every((x) => x) ? sum(rpQ.slice(0, tw) as Dec[]) : undefined;
    const rp6 = rs && r ? (() => { const xs = Array.from({ length: rs.akhir - rs.awal + 1 }, (_, k) => paguRenstra(r, rs.awal + k)); return xs.every((x) => x) ? sum(xs as Dec[]) : undefined; })() : undefined;
    const rp14 = pertama ? rp13 : undefined;
    const rp15 = persen(rp14, rp6);
    // the node's own columns (number, names, budget): names on its first indicator row, the budget printed there (rp)
    const simpul = (k: number, sasaranId: string | undefined) => ({
      no: k === 0 ? String(++no) : '', sasaran: k === 0 && tingkat === 'program' ? sasaran.get(sasaranId ?? '') ?? '-' : '',
      kode: k === 0 ? r?.kode ?? '-' : '', nama: k === 0 ? n.nama : '', tingkat, tebal: tingkat !== 'sub_kegiatan',
      rp: k === 0, rp6: uang(rp6), k7: pertama ? NOL : undefined, rp7: pertama ? NOL : undefined, rp8: uang(n.pagu),
      rp13: uang(rp13), rp14: uang(rp14), rp15: sel(rp15), unit: k === 0 ? instansi.nama_singkat ?? instansi.nama : '',
    });
    const kuartalan = (k: (t: number) => Sel | undefined) => [0, 1, 2, 3].map((t) => ({ k: t < tw ? k(t) : undefined, rp: t < tw ? uang(rpQ[t]) : undefined }));
    if (rp15) capRp.push(rp15);
    // a node without indicators in the year's budget tree (a DPA before its LKIP): the Renstra's indicators of that
    // node with their target for the year (column 8); nothing measured yet
    const dariRenstra = !n.indikator.length && rs && r?.indikator.length ? r.indikator : undefined;
    if (dariRenstra) renstraDipakai = true;
    if (dariRenstra) dariRenstra.forEach((ri, k) => baris.push({
      ...simpul(k, n.sasaran ?? r!.sasaran), indikator: `${ri.nama}${ri.satuan ? ` (${ri.satuan})` : ''}`,
      k6: ditulis(ri.target[String(rs!.akhir)]), k8: ditulis(ri.target[String(tahun)]), tw: kuartalan(() => undefined),
      k13: undefined, k14: undefined, k15: undefined,
    }));
    else (n.indikator.length ? n.indikator : [undefined]).forEach((i, k) => {
      const q = i && kuartal(i);
      // to TW tw by the quarterly report's rule (src/compute/pengukuran-ukur.ts); the year's realisasi at TW IV
      const u: Ukur | undefined = i && { ...i, metode: i.metode_capaian, targetNol: i.target_nol, targetTriwulan: i.target_triwulan, realisasiTercatat: i.realisasi_tercatat };
      const k13 = n.dilaksanakan && u ? ukurSampai(u, tw, skala, capaianAnak).realisasiSampai : undefined;
      const ri = i && indikatorRenstra(i, r?.indikator ?? [], n.indikator.length);
      const t6 = rs && ri?.target[String(rs.akhir)];
      const k14 = pertama ? k13 : undefined;
      const k15 = u && capaianRenstra(u, k14, t6);
      if (k15) capK.push(k15);
      baris.push({
        ...simpul(k, n.sasaran), indikator: i ? `${i.nama}${i.satuan ? ` (${i.satuan})` : ''}` : '-',
        k6: ditulis(t6), k8: ditulis(i?.target), tw: kuartalan((t) => (q ? sel(q.nilai[t]) : undefined)),
        k13: nilaiSel(k13), k14: nilaiSel(k14), k15: sel(k15),
      });
    });
    n.anak.forEach((a) => tambah(a, a.tingkat));
  };
  // IKU of each sasaran (lkip/<tahun>/kinerja.yaml) against the Renstra's end-of-period target, then the programs
  const kinerja = c.lkip.find((l) => l.front.tahun === tahun)?.kinerja?.value;
  const ikuRenstra = new Map<string, { target: Record<string, string>; penanggung_jawab?: string }>();
  for (const r of c.renstra.values()) if (rs && r.value.periode.awal === rs.awal) for (const t of r.value.tujuan) for (const x of t.sasaran) for (const e of x.iku) ikuRenstra.set(e.ref, e);
  let sasaranLalu = '';
  for (const e of kinerja?.iku ?? []) {
    const cat = c.indikator.get(e.ref)?.value;
    if (!cat) continue;
    const u: Ukur = { nama: cat.nama, satuan: cat.satuan ?? '', polaritas: cat.polaritas, metode: e.metode_capaian ?? cat.metode_capaian, skala: cat.skala, targetNol: cat.target_nol, target: e.target, realisasi: e.realisasi, triwulan: e.triwulan, realisasiTercatat: e.realisasi_tercatat };
    const k13 = ukurSampai(u, tw, skala, capaianAnak).realisasiSampai;
    const t6 = rs && ikuRenstra.get(e.ref)?.target[String(rs.akhir)];
    const k14 = pertama ? k13 : undefined;
    const k15 = capaianRenstra(u, k14, t6);
    if (k15) capK.push(k15);
    const baru = e.sasaran !== sasaranLalu;
    sasaranLalu = e.sasaran;
    baris.push({
      no: String(++no), sasaran: baru ? sasaran.get(e.sasaran) ?? '-' : '', kode: '-', nama: 'Indikator Kinerja Utama', tingkat: 'iku', tebal: false,
      indikator: `${cat.nama}${u.satuan ? ` (${u.satuan})` : ''}`, rp: false, k6: ditulis(t6), rp6: undefined, k7: pertama ? NOL : undefined, rp7: undefined,
      k8: ditulis(e.target), rp8: undefined,
      // each quarter as reported (per quarter, or to date when the IKU is reported cumulatively)
      tw: [0, 1, 2, 3].map((t) => ({ k: t < tw ? ditulis(e.triwulan?.realisasi[t] || undefined) : undefined, rp: undefined })),
      k13: nilaiSel(k13), rp13: undefined, k14: nilaiSel(k14), rp14: undefined, k15: sel(k15), rp15: undefined,
      unit: ikuRenstra.get(e.ref)?.penanggung_jawab ?? instansi.nama_singkat ?? instansi.nama,
    });
  }
  pohon.program.forEach((p) => tambah(p, 'program'));
  const rK = rataRata(capK, 'indikator'); const rRp = rataRata(capRp, 'program/kegiatan/sub kegiatan');
  const kepala = isian?.penandatangan ? c.jabatan.get(isian.penandatangan)?.value : [...c.jabatan.values()].map((j) => j.value).find((j) => j.jenis === 'kepala_opd');
  return {
    tahun, triwulan: tw, triwulanRomawi: ROMAWI_TW[tw - 1], tahunan: tw === 4, instansi: instansi.nama, pemda: instansi.pemda,
    periode: rs ? `${rs.awal}-${rs.akhir}` : '-', akhir: rs?.akhir ?? '-', tahunLalu: tahun - 1, pertama, adaRenstraProgram: !!rs?.byId.size,
    baris, kolom: Array.from({ length: 16 }, (_, k) => k + 1),
    rataK: sel(rK?.nilai), rataRp: sel(rRp?.nilai), jumlahK: capK.length, jumlahRp: capRp.length,
    predikatK: rK ? predikat(rK.nilai, skala).label : '-', predikatRp: rRp ? predikat(rRp.nilai, skala).label : '-',
    prosa: PROSA.map(([kunci, judul]) => ({ judul: judul(tw), teks: prosa?.[kunci] })),
    keterangan: [...keterangan(tahun, tw, rs, pertama, skala.nama), ...(renstraDipakai ? [`Program, kegiatan dan sub kegiatan tanpa indikator di anggaran ${tahun}: indikator dan targetnya (kolom 6 dan 8) dari tabel program Renstra ${rs!.awal}-${rs!.akhir}; realisasinya belum ada di konten.`] : [])],
    tempat: instansi.ibukota, tanggal: isian?.triwulan[tw - 1]?.tanggal, tahunTtd: tw === 4 ? tahun + 1 : tahun, pejabat: kepala && pihakView(c, kepala),
  };
}
export type EvaluasiRenjaView = ReturnType<typeof computeEvaluasiRenja>;
