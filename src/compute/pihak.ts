// A signing official as printed: name with degrees, jabatan, signature form, NIP.
import type { Content } from '../validate/build-content.ts';
import type { Jabatan, Orang } from '../validate/schemas.ts';

export interface PihakView { nama: string; jabatan: string; jabatanTtd: string; nip?: string; tanpaNip: boolean }

export function namaLengkap(o: Orang): string {
  const depan = o.gelar_depan?.trim();
  const belakang = o.gelar_belakang?.trim();
  return `${depan ? `${depan} ` : ''}${o.nama}${belakang ? `, ${belakang}` : ''}`;
}

export function pihakView(c: Content, j: Jabatan): PihakView {
  const o = c.orang.get(j.pejabat)!.value;
  return {
    nama: namaLengkap(o), jabatan: j.nama, jabatanTtd: (j.ttd ?? j.nama).toLocaleUpperCase('id-ID'),
    nip: o.nip?.replace(/\s+/g, ''), tanpaNip: o.asn === 'pejabat_negara',
  };
}
