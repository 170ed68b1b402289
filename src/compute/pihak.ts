// A signing official as printed (name with degrees, jabatan, signature form, NIP, pangkat) and the legal bases a
// document cites, as printed.
import type { Content } from '../validate/build-content.ts';
import type { Jabatan, Orang } from '../validate/schemas.ts';

/** `namaTtd`: the name under the signature (the person's `nama_ttd`, a short form, else `nama`), with degrees. */
export interface PihakView { nama: string; namaTtd: string; jabatan: string; jabatanTtd: string; nip?: string; tanpaNip: boolean }

export function namaLengkap(o: Orang, nama = o.nama): string {
  const depan = o.gelar_depan?.trim();
  const belakang = o.gelar_belakang?.trim();
  return `${depan ? `${depan} ` : ''}${nama}${belakang ? `, ${belakang}` : ''}`;
}

export function pihakView(c: Content, j: Jabatan): PihakView {
  const o = c.orang.get(j.pejabat)!.value;
  return {
    nama: namaLengkap(o), namaTtd: namaLengkap(o, o.nama_ttd ?? o.nama), jabatan: j.nama, jabatanTtd: (j.ttd ?? j.nama).toLocaleUpperCase('id-ID'),
    nip: o.nip?.replace(/\s+/g, ''), tanpaNip: o.asn === 'pejabat_negara',
  };
}

/** The official signing a document (by jabatan id), with the pangkat the document prints. */
export function penandatanganView(c: Content, jabatanId: string, pangkat?: string): PihakView & { pangkat?: string } {
  return { ...pihakView(c, c.jabatan.get(jabatanId)!.value), pangkat };
}

/** The texts of the legal bases a document cites (by id), in its order. */
export const dasarHukumTeks = (c: Content, ids: readonly string[]): string[] => ids.map((d) => c.dasarHukum.get(d)!.value.teks);
