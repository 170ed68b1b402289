// A document table as a workbook sheet sees it: header rows with spans, body rows of typed cells. Cells carry the
// computed view's exact decimal strings; the writer stores them as numbers with an Indonesian display format.
/** teks: as written; angka: a number with `desimal` places; uang: money (sen shown when present); persen: a
 *  percentage value ("52.94" = 52,94%), stored as a fraction with two decimals. */
export type Jenis = 'teks' | 'angka' | 'uang' | 'persen';
export interface Sel { v: string; jenis: Jenis; desimal?: number; rowspan?: number; colspan?: number; tebal?: boolean; rupiah?: boolean }
export interface Tabel {
  nama: string; // sheet name (≤ 31 characters, no []:*?/\)
  judul: string; // title row above the table
  kepala: Sel[][]; // header rows; a spanned cell is given once, the cells it covers are left out
  baris: Sel[][]; // body rows (spans allowed as in the header)
  lanskap?: boolean;
}

export const teks = (v: string | number | undefined, o: Partial<Sel> = {}): Sel => ({ v: v === undefined ? '' : String(v), jenis: 'teks', ...o });
export const uang = (v: string | undefined, o: Partial<Sel> = {}): Sel => (v ? { v, jenis: 'uang', ...o } : teks('', o));
export const persen = (v: string | undefined, o: Partial<Sel> = {}): Sel => (v ? { v, jenis: 'persen', ...o } : teks('-', o));

/** A target or realisasi as the view gives it ({nilai, desimal}): numbers as numbers, ranges and words as text. */
export function nilai(n: { nilai: string; desimal?: number } | undefined, o: Partial<Sel> = {}): Sel {
  if (!n || n.nilai === '') return teks('-', o);
  if (/^-?\d+(\.\d+)?$/.test(n.nilai)) {
    return { v: n.nilai, jenis: 'angka', desimal: n.desimal ?? (n.nilai.split('.')[1]?.length ?? 0), ...o };
  }
  return teks(n.nilai, o);
}

/** Header cells from labels; `[label, colspan, rowspan]` for spanned ones. */
export const kepala = (...xs: (string | [string, number, number?])[]): Sel[] =>
  xs.map((x) => (typeof x === 'string' ? teks(x) : teks(x[0], { colspan: x[1], rowspan: x[2] })));

/** A sheet name Excel accepts, unique in `dipakai`. */
export function namaSheet(nama: string, dipakai: Set<string>): string {
  const dasar = nama.replace(/[[\]:*?/\\]/g, ' ').slice(0, 28).trim();
  let n = dasar;
  for (let i = 2; dipakai.has(n.toLowerCase()); i++) n = `${dasar} ${i}`;
  dipakai.add(n.toLowerCase());
  return n;
}
