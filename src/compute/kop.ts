// The letterhead (kop surat) of the agency, from instansi.yaml: one view shared by every document whose source
// carries one (today the IKU decree). The logo is not printed: the document markup has no image element yet.
import type { Content } from '../validate/build-content.ts';

export interface KopView {
  pemda: string; // "Kabupaten Luwu Timur" (printed "PEMERINTAH KABUPATEN LUWU TIMUR")
  nama: string;
  /** Address and contact lines as printed under the name; empty lines are left out. */
  baris: string[];
  /** Last line: seat and postal code ("Malili, 92981"). */
  kota: string;
}

const gabung = (parts: (string | undefined)[]) => parts.filter((p) => p?.trim()).join(', ');

export function kopView(c: Content): KopView {
  const i = c.instansi!.value;
  const baris = [
    gabung([i.alamat, i.telepon && `Telp. ${i.telepon}`, i.faks && `Fax ${i.faks}`]),
    gabung([i.surel && `Surel: ${i.surel}`, i.laman && `Laman: ${i.laman}`]),
  ].filter(Boolean);
  return { pemda: i.pemda, nama: i.nama, baris, kota: gabung([i.ibukota, i.kode_pos]) };
}
