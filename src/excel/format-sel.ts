// A cell's stored value and display format: numbers as numbers (XLSX formats use "," for thousands and "." for
// decimals; Excel and LibreOffice show them with the reader's locale, 1.234.567,89 under Indonesian), and the text
// the document prints, for column widths.
import { D } from '../compute/decimal.ts';
import { angka, persen, rupiah, uang } from '../format/angka.ts';
import type { Sel } from './tabel.ts';

const pola = (desimal: number) => (desimal ? `#,##0.${'0'.repeat(desimal)}` : '#,##0');
const adaSen = (v: string) => /\.\d*[1-9]/.test(v);

interface Tampil { nilai: string | number; numFmt?: string; teks: string }

const FORMAT: Record<Sel['jenis'], (s: Sel) => Tampil> = {
  teks: (s) => ({ nilai: s.v, teks: s.v }),
  angka: (s) => ({ nilai: Number(s.v), numFmt: pola(s.desimal ?? 0), teks: angka(s.v, s.desimal ?? 0) }),
  uang: (s) => ({ nilai: Number(s.v), numFmt: (s.rupiah ? '"Rp"' : '') + pola(adaSen(s.v) ? 2 : 0), teks: s.rupiah ? rupiah(s.v) : uang(s.v) }),
  persen: (s) => ({ nilai: new D(s.v).div(100).toNumber(), numFmt: '0.00%', teks: persen(s.v) }),
};

export const tampil = (s: Sel): Tampil => FORMAT[s.jenis](s);
