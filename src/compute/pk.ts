// Stage 3: the figures and structure of one Perjanjian Kinerja, as plain data for the templates.
import type { Content, PkSource } from '../validate/build-content.ts';
import { dasarHukumTeks, pihakView as pihak, type PihakView } from './pihak.ts';
import type { TargetValue } from '../format/target.ts';
import { pilihAnggaran, pohonAnggaran, type BlokAnggaran } from './anggaran.ts';

export interface IndikatorView {
  no: number; ref: string; nama: string; target: TargetValue; relevansi?: string; formulasi?: string; sumberData?: string; penjelasan?: string;
}
export interface SasaranView {
  no: number; id: string; uraian: string; prosa?: string; dasarHukum: string[]; jumlahIndikator: number; indikator: IndikatorView[];
}
export interface PkView {
  slug: string; tahun: number; instansi: string; pemda: string; tempat: string; tanggal: string;
  bilateral: boolean; pernyataan: boolean; lampiran2: boolean; labelSasaran: string; sampul: boolean; lampiran1Sepihak: boolean;
  pihakPertama: PihakView; pihakKedua?: PihakView; jabatanMemuatInstansi: boolean;
  sasaran: SasaranView[]; anggaran: BlokAnggaran[]; judulAnggaran?: string;
}

const KATA_TINGKAT = { program: 'program', kegiatan: 'kegiatan', sub_kegiatan: 'sub kegiatan' } as const;

/** The lead-in of the budget lists, naming exactly the levels listed: "Program dan kegiatan pendukung …". */
export function judulAnggaran(blok: Pick<BlokAnggaran, 'tingkat'>[], labelSasaran: string): string | undefined {
  const kata = blok.map((b) => KATA_TINGKAT[b.tingkat]);
  if (!kata.length) return undefined;
  const daftar = kata.length === 1 ? kata[0] : `${kata.slice(0, -1).join(', ')} dan ${kata[kata.length - 1]}`;
  return `${daftar[0].toUpperCase()}${daftar.slice(1)} pendukung ${labelSasaran.toLowerCase()}:`;
}

export function computePk(c: Content, pk: PkSource): PkView {
  const f = pk.front;
  const j1 = c.jabatan.get(f.pihak_pertama)!.value;
  const keduaId = f.pihak_kedua ?? j1.atasan;
  const bilateral = f.naskah.includes('bilateral');
  const instansi = c.instansi!.value;
  const section = (key: string, parent?: string) =>
    pk.sections.find((s) => s.key === key && (parent ? s.parent === parent : s.level === 2))?.text || undefined;
  const tree = c.anggaran.get(f.tahun);
  const anggaran = f.anggaran && tree ? pilihAnggaran(pohonAnggaran(tree.value), f.anggaran.simpul, f.anggaran.tingkat) : [];
  return {
    slug: pk.slug, tahun: f.tahun, instansi: instansi.nama, pemda: instansi.pemda, tempat: f.tempat, tanggal: f.tanggal,
    bilateral, pernyataan: f.naskah.includes('pernyataan'), lampiran2: f.lampiran_2, labelSasaran: f.label_sasaran,
    sampul: f.sampul, lampiran1Sepihak: f.lampiran_1_sepihak,
    pihakPertama: pihak(c, j1),
    pihakKedua: bilateral && keduaId ? pihak(c, c.jabatan.get(keduaId)!.value) : undefined,
    jabatanMemuatInstansi: j1.nama.toLowerCase().includes(instansi.nama.toLowerCase()),
    sasaran: f.sasaran.map((s, i) => ({
      no: i + 1, id: s.id, uraian: s.uraian, prosa: section(s.id),
      dasarHukum: dasarHukumTeks(c, s.dasar_hukum),
      jumlahIndikator: s.indikator.length,
      indikator: s.indikator.map((ind, k) => {
        const cat = c.indikator.get(ind.ref)!.value;
        return {
          no: k + 1, ref: ind.ref, nama: cat.nama, target: { ...ind.target, satuan: cat.satuan ?? '' },
          relevansi: cat.relevansi, formulasi: cat.formulasi, sumberData: cat.sumber_data, penjelasan: section(ind.ref, s.id),
        };
      }),
    })),
    anggaran, judulAnggaran: judulAnggaran(anggaran, f.label_sasaran),
  };
}
