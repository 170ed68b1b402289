// The letterhead (kop surat) of the agency, from instansi.yaml: one view shared by every document whose source
// carries one (today the IKU decree). With a logo (instansi.yaml `logo:`, read by src/load/logo.ts) the logo
// stands left of the centred lines, scaled to a fixed height with its aspect ratio (width capped).
import type { Logo } from '../load/logo.ts';
import type { Content } from '../validate/build-content.ts';

/** Printed size of the logo (pt): 2 cm high; a wide logo is capped at 2,8 cm wide (height follows). */
export const LOGO_TINGGI = 56.7;
export const LOGO_LEBAR_MAKS = 79.4;
/** Space (pt) between the logo column and the text. */
const JARAK = 6;

export interface KopLogo {
  data: string; // base64
  format: 'png' | 'jpeg';
  lebar: number; // pt
  tinggi: number; // pt
  /** width of the logo column, the same as an empty column on the right, so the lines stay centred on the page */
  kolom: number;
}

export interface KopView {
  pemda: string; // "Kabupaten Luwu Timur" (printed "PEMERINTAH KABUPATEN LUWU TIMUR")
  nama: string;
  /** Address and contact lines as printed under the name; empty lines are left out. */
  baris: string[];
  /** Last line: seat and postal code ("Malili, 92981"). */
  kota: string;
  logo?: KopLogo;
}

const gabung = (parts: (string | undefined)[]) => parts.filter((p) => p?.trim()).join(', ');
const dua = (x: number) => Math.round(x * 100) / 100;

export function kopLogo(l: Logo): KopLogo {
  const skala = Math.min(LOGO_TINGGI / l.tinggiPx, LOGO_LEBAR_MAKS / l.lebarPx);
  const lebar = dua(l.lebarPx * skala);
  return { data: l.data, format: l.format, lebar, tinggi: dua(l.tinggiPx * skala), kolom: dua(Math.max(lebar, LOGO_TINGGI) + JARAK) };
}

export function kopView(c: Content): KopView {
  const i = c.instansi!.value;
  const baris = [
    gabung([i.alamat, i.telepon && `Telp. ${i.telepon}`, i.faks && `Fax ${i.faks}`]),
    gabung([i.surel && `Surel: ${i.surel}`, i.laman && `Laman: ${i.laman}`]),
  ].filter(Boolean);
  return { pemda: i.pemda, nama: i.nama, baris, kota: gabung([i.ibukota, i.kode_pos]), ...(c.logo ? { logo: kopLogo(c.logo) } : {}) };
}
