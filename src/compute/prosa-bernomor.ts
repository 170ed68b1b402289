// Content prose of a chapter as the seed prints it: its "###" and "####" headings numbered by chapter ("1.1.",
// "3.4.1", the guideline's two styles, seed 001 L22-53 and L834-845), and a lettered list filled in where the prose
// asks for it with a placeholder ("{dasar_hukum}").

/** "### Judul" → "### n.k. Judul"; "#### Sub" → "#### n.k.m Sub". Headings are counted in order within the chapter. */
export function nomoriJudul(text: string, bab: number): string {
  let k = 0;
  let m = 0;
  return text.split('\n').map((l) => {
    const h = /^(###|####)\s+(.*)$/.exec(l);
    if (!h) return l;
    if (h[1] === '###') { k += 1; m = 0; return `### ${bab}.${k}. ${h[2]}`; }
    m += 1;
    return `#### ${bab}.${k}.${m} ${h[2]}`;
  }).join('\n');
}

/** Items as lettered paragraphs ("a. …;"), the form the surrounding prose uses. */
export const daftarBerhuruf = (items: readonly string[]): string =>
  items.map((t, i) => `${String.fromCharCode(97 + i)}. ${t};`).join('\n\n');

/** Replace the placeholder with the lettered list; prose without it is returned unchanged. */
export const isiDaftar = (text: string, placeholder: string, items: readonly string[]): string =>
  text.replaceAll(`{${placeholder}}`, daftarBerhuruf(items));
