// One indicator measured: realisasi (derived from inputs, or the figure of record `realisasi_tercatat`), capaian
// by polarity, predicate, the audit of what an old document printed (*_dilaporkan) against the computed values,
// and the correction note (`catatan_koreksi`) that prints the earlier reported values beside the computed ones.
import type { SpesRealisasiIn } from '../validate/schemas-kinerja.ts';
import { angkaDari, hitungCapaian, metodeBawaan, type MetodeCapaian, type Polaritas } from './capaian.ts';
import { desimalDari } from '../format/baca.ts';
import { bulat2, D, type Dec } from './decimal.ts';
import { hitungRealisasi, type BarisRincian, type HasilRealisasi } from './realisasi.ts';
import { skalaDari } from './skala-kualitatif.ts';
import { predikat, type Skala } from './skala-predikat.ts';

export interface MasukanIndikator {
  nama: string; satuan: string; polaritas: Polaritas; metode_capaian?: MetodeCapaian;
  skala?: string | Record<string, string>; target_nol?: 'biner';
  target?: string; realisasi?: SpesRealisasiIn; realisasi_dilaporkan?: string; capaian_dilaporkan?: string; predikat_dilaporkan?: string;
  realisasi_tercatat?: string; catatan_koreksi?: string;
}
export interface Nilai { nilai: string; desimal: number; satuan: string }
export interface Temuan { apa: 'realisasi' | 'capaian' | 'predikat' | 'polaritas' | 'tercatat'; dilaporkan: string; dihitung: string; aturan: string }
/** Earlier reported values of an indicator whose realisasi is recomputed, printed as a note (catatan_koreksi). */
export interface Koreksi { realisasi?: Nilai; capaian?: string; aturan: string }
export interface HasilIndikator {
  nama: string; satuan: string; polaritas: Polaritas;
  target?: Nilai; realisasi?: Nilai; realisasiPenuh?: Dec; capaian?: string; capaianPenuh?: Dec;
  predikat?: string; kodePredikat?: string; rumusRealisasi?: string; rumusCapaian?: string;
  rincian: (BarisRincian & { persenTeks?: string })[]; judulRincian?: string; labelPembilang?: string; labelPenyebut?: string;
  jenisRincian?: string; gagal?: string; temuan: Temuan[];
  /** the raw data gives another value than the figure of record printed as realisasi */
  tercatat?: { dihitung: Nilai; rumus: string };
  /** numerator and denominator of a ratio (rumus: rasio), for prose placeholders */
  rasio?: { pembilang: string; penyebut: string };
  koreksi?: Koreksi;
}

/** A value as written in content, shown with the decimals it was written with. */
export function nilaiDari(v: string, satuan?: string): Nilai;
export function nilaiDari(v: string | undefined, satuan?: string): Nilai | undefined;
export function nilaiDari(v: string | undefined, satuan = ''): Nilai | undefined {
  return v === undefined ? undefined : { nilai: v, desimal: desimalDari(v), satuan };
}

/** The measured value: a derived formula, a number, or a word of the qualitative scale (scored). */
export function realisasiDari(spes: SpesRealisasiIn, skor: Record<string, string> | undefined, anak: (simpul: string) => Dec[] | undefined): HasilRealisasi {
  if (spes.rumus === 'nilai' && skor && spes.nilai in skor) return { ok: true, nilai: new D(skor[spes.nilai]), rumus: 'nilai terukur', rincian: [] };
  return hitungRealisasi(spes, anak);
}

export function ukurIndikator(m: MasukanIndikator, skala: Skala, anak: (simpul: string) => Dec[] | undefined): HasilIndikator {
  const out: HasilIndikator = { nama: m.nama, satuan: m.satuan, polaritas: m.polaritas, rincian: [], temuan: [] };
  if (m.target !== undefined) out.target = nilaiDari(m.target, m.satuan);
  if (!m.realisasi) { out.gagal = 'realisasi belum diisi'; return out; }
  const skor = skalaDari(m.skala)?.skor;
  const r = realisasiDari(m.realisasi, skor, anak);
  if (!r.ok) { out.gagal = r.pesan; return out; }
  const spes = m.realisasi;
  const turunan = spes.rumus !== 'nilai';
  out.realisasiPenuh = r.nilai;
  // counts stay whole numbers ("969 alat UTTP"); ratios and growth rates get 2 decimals
  const bulat = bulat2(r.nilai);
  const dp = bulat.isInteger() && m.satuan !== '%' ? 0 : 2;
  out.realisasi = turunan
    ? { nilai: bulat.toFixed(dp), desimal: dp, satuan: m.satuan }
    : nilaiDari(spes.nilai, m.satuan);
  // the figure of record is printed (and measured against the target); the raw data stays for the audit
  const tercatat = m.realisasi_tercatat;
  if (tercatat !== undefined) {
    if (!new D(tercatat).eq(out.realisasi.nilai)) {
      out.tercatat = { dihitung: out.realisasi, rumus: r.rumus };
      out.temuan.push({ apa: 'tercatat', dilaporkan: tercatat, dihitung: out.realisasi.nilai, aturan: r.rumus });
    }
    out.realisasi = nilaiDari(tercatat, m.satuan);
    out.realisasiPenuh = new D(tercatat);
  }
  if (spes.rumus === 'rasio') out.rasio = { pembilang: spes.pembilang, penyebut: spes.penyebut };
  if (turunan) {
    out.rumusRealisasi = r.rumus;
    out.jenisRincian = spes.rumus;
    out.rincian = r.rincian.map((x) => ({ ...x, persenTeks: x.persen ? bulat2(x.persen).toFixed(2) : undefined }));
    if ('judul' in spes) { out.judulRincian = spes.judul; out.labelPembilang = spes.label_pembilang; out.labelPenyebut = spes.label_penyebut; }
  }
  const metode = m.metode_capaian ?? metodeBawaan(m.polaritas);
  const c = hitungCapaian(m.target, tercatat ?? (spes.rumus === 'nilai' ? spes.nilai : r.nilai), { polaritas: m.polaritas, metode, skala: skor, targetNol: m.target_nol });
  if (!c.ok) { out.gagal = c.pesan; return out; }
  out.capaianPenuh = c.nilai;
  out.capaian = c.nilai.toFixed(2);
  out.rumusCapaian = c.rumus;
  const p = predikat(c.nilai, skala);
  out.predikat = p.label;
  out.kodePredikat = p.kode;
  audit(m, out, metode);
  if (m.catatan_koreksi) out.koreksi = koreksiDari(m, out);
  return out;
}

/** The earlier reported values that differ from the computed ones, with the rule the earlier document used. */
function koreksiDari(m: MasukanIndikator, h: HasilIndikator): Koreksi {
  const lain = (apa: Temuan['apa']) => h.temuan.find((t) => t.apa === apa)?.dilaporkan;
  const r = lain('realisasi');
  return { realisasi: r === undefined ? undefined : nilaiDari(r, m.satuan), capaian: lain('capaian'), aturan: m.catatan_koreksi! };
}

function audit(m: MasukanIndikator, h: HasilIndikator, metode: MetodeCapaian) {
  const beda = (a: string, b: string) => {
    const [x, y] = [angkaDari(a), angkaDari(b)];
    return x && y ? !x.eq(y) : a !== b;
  };
  if (m.realisasi_dilaporkan && h.realisasi && beda(m.realisasi_dilaporkan, h.realisasi.nilai)) {
    h.temuan.push({ apa: 'realisasi', dilaporkan: m.realisasi_dilaporkan, dihitung: h.realisasi.nilai, aturan: h.rumusRealisasi ?? 'nilai terukur' });
  }
  if (m.capaian_dilaporkan && h.capaian && beda(m.capaian_dilaporkan, h.capaian)) {
    h.temuan.push({ apa: 'capaian', dilaporkan: m.capaian_dilaporkan, dihitung: h.capaian, aturan: h.rumusCapaian ?? '' });
  }
  if (m.predikat_dilaporkan && h.predikat && !m.predikat_dilaporkan.toLowerCase().startsWith(h.predikat.toLowerCase())) {
    h.temuan.push({ apa: 'predikat', dilaporkan: m.predikat_dilaporkan, dihitung: h.predikat, aturan: 'skala predikat dokumen' });
  }
  if (m.polaritas === 'negatif' && metode === 'rasio') {
    h.temuan.push({ apa: 'polaritas', dilaporkan: 'realisasi / target × 100', dihitung: '(2 × target − realisasi) / target × 100', aturan: 'indikator berpolaritas negatif dihitung sebagai rasio biasa' });
  }
}
