// Indonesian number formats. Inputs are exact decimal strings from compute/; never floats.

const cache = new Map<number, Intl.NumberFormat>();
function nf(desimal: number): Intl.NumberFormat {
  let f = cache.get(desimal);
  if (!f) {
    f = new Intl.NumberFormat('id-ID', { minimumFractionDigits: desimal, maximumFractionDigits: desimal, roundingMode: 'halfExpand' } as Intl.NumberFormatOptions);
    cache.set(desimal, f);
  }
  return f;
}

/** A canonical value as written ("0.15", "2.5–3.5", "WTP") with Indonesian decimal commas, for messages and labels. */
export const koma = (s: string): string => s.replace(/\./g, ',');

/** "1234567.5" -> "1.234.567,50" (with desimal = 2). */
export function angka(value: string, desimal = 0): string {
  if (!/^-?\d+(\.\d+)?$/.test(value)) throw new Error(`bukan angka: ${value}`);
  return nf(desimal).format(value as `${number}`);
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
