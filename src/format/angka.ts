// Indonesian number formats. Inputs are exact decimal strings from compute/; never floats.

/** Digits of a non-negative integer string plus one ("0999" -> "1000"). */
function tambahSatu(d: string): string {
  let i = d.length - 1;
  while (i >= 0 && d[i] === '9') i--;
  return i < 0 ? `1${'0'.repeat(d.length)}` : d.slice(0, i) + String.fromCharCode(d.charCodeAt(i) + 1) + '0'.repeat(d.length - 1 - i);
}

/** Rounded half away from zero to `desimal` digits, grouped by "." with a decimal comma: what Intl.NumberFormat
 *  ('id-ID', halfExpand) writes for a decimal string, without it (issue 15: its first construction loads ICU's
 *  locale data, ~30-70 ms of every process that formats a number, a paragraph rebuild's main thread included; and
 *  the output no longer depends on the ICU data Node was built with). test/format.test.ts compares the two. */
function formatDesimal(value: string, desimal: number): string {
  const neg = value[0] === '-';
  const [bulat, pecahan = ''] = (neg ? value.slice(1) : value).split('.');
  let digit = bulat + pecahan.slice(0, desimal).padEnd(desimal, '0');
  if (pecahan.length > desimal && pecahan[desimal] >= '5') digit = tambahSatu(digit);
  const b = digit.slice(0, digit.length - desimal).replace(/^0+(?=\d)/, '');
  const kelompok = b.replace(/\B(?=(\d{3})+$)/g, '.');
  return `${neg ? '-' : ''}${kelompok}${desimal ? `,${digit.slice(digit.length - desimal)}` : ''}`;
}

/** A canonical value as written ("0.15", "2.5–3.5", "WTP") with Indonesian decimal commas, for messages and labels. */
export const koma = (s: string): string => s.replace(/\./g, ',');

/** "1234567.5" -> "1.234.567,50" (with desimal = 2). */
export function angka(value: string, desimal = 0): string {
  if (!/^-?\d+(\.\d+)?$/.test(value)) throw new Error(`bukan angka: ${value}`);
  return formatDesimal(value, desimal);
}

/** An amount of money without the Rp prefix: sen only when present ("21.842.688.638,41", "5.092.699.997"). */
export function uang(value: string): string {
  return angka(value, /\.\d*[1-9]/.test(value) ? 2 : 0);
}

/** "5092699997" -> "Rp5.092.699.997" (PUEBI: no space). */
export function rupiah(value: string): string {
  const neg = value.startsWith('-');
  return `${neg ? '-' : ''}Rp${uang(neg ? value.slice(1) : value)}`;
}

/** "98" -> "98,00%" (desimal = 2). */
export function persen(value: string, desimal = 2): string {
  return `${angka(value, desimal)}%`;
}
