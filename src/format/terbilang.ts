// Indonesian number words (KBBI: "miliar", "triliun"); integers as bigint/string, optional decimals ("koma").
const SATUAN = ['', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];
const SKALA = ['', 'ribu', 'juta', 'miliar', 'triliun', 'kuadriliun', 'kuintiliun'];

function ratusan(n: number): string {
  const r = Math.floor(n / 100);
  const p = Math.floor((n % 100) / 10);
  const s = n % 10;
  const out: string[] = [];
  if (r) out.push(r === 1 ? 'seratus' : `${SATUAN[r]} ratus`);
  if (p === 1) out.push(s === 0 ? 'sepuluh' : s === 1 ? 'sebelas' : `${SATUAN[s]} belas`);
  else {
    if (p) out.push(`${SATUAN[p]} puluh`);
    if (s) out.push(SATUAN[s]);
  }
  return out.join(' ');
}

export function terbilang(input: string | number | bigint): string {
  let str = String(input).trim();
  const neg = str.startsWith('-');
  if (neg) str = str.slice(1);
  if (!/^\d+(\.\d+)?$/.test(str)) throw new Error(`bukan angka: ${input}`);
  const [intPart, frac] = str.split('.');
  let n = BigInt(intPart);
  const words: string[] = [];
  if (n === 0n) words.push('nol');
  for (let i = 0; n > 0n; i++, n /= 1000n) {
    const g = Number(n % 1000n);
    if (!g) continue;
    if (i >= SKALA.length) throw new RangeError('angka terlalu besar');
    words.unshift(g === 1 && i === 1 ? 'seribu' : [ratusan(g), SKALA[i]].filter(Boolean).join(' '));
  }
  let res = words.join(' ');
  if (frac) res += ' koma ' + [...frac].map((d) => (d === '0' ? 'nol' : SATUAN[Number(d)])).join(' ');
  return (neg ? 'minus ' : '') + res;
}

/** An amount of money in words: "satu juta lima ratus ribu rupiah lima puluh sen" (sen only when present). */
export function terbilangRupiah(input: string): string {
  const [rupiah, sen = ''] = String(input).trim().split('.');
  const s = Number(sen.padEnd(2, '0').slice(0, 2));
  return `${terbilang(rupiah)} rupiah${s ? ` ${terbilang(s)} sen` : ''}`;
}
