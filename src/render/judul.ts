// Title-like paragraphs keep with what follows: a paragraph that acts as a title (all bold and short, a short
// numbered title line, or a short line naming the table under it) is marked `judul`, so neither backend leaves it
// alone at the foot of a page. It keeps with the first line of the next block (the first rows of a table), not the
// whole block as a keep-next intro does: DOCX w:keepNext with widow control off (docx.ts), in the PDF a probe of the
// title and that line (pdf-keep-table.ts), so both break at the same places. Seen: the
// Renstra's "6. Persentase Cakupan Binaan …" (a list item's bold first line) and the LKIP's "Data Tera/Tera Ulang
// Triwulan IV" (a plain line over its table) at a page foot, their text on the next page.
import { signatureAfter, teksPolos, type Block, type Paragraph } from './model.ts';

/** Longest title (characters): about two lines of body text. */
export const JUDUL_MAKS = 160;
/** Longest line naming the table under it: about one line. */
const NAMA_TABEL_MAKS = 100;

const teks = (p: Paragraph) => teksPolos(p.runs);
/** Content a title introduces: text, a list, a table (not a signature block), a chart or drawing. */
const isi = (b: Block | undefined) => !!b && (b.kind === 'p' || b.kind === 'list' || b.kind === 'chart' || b.kind === 'gambar' || (b.kind === 'table' && !b.signature));
const tebal = (p: Paragraph) => p.runs.every((r) => r.kind === 'br' || (r.kind === 'text' && (r.bold || !r.text.trim())));
const BERNOMOR = /^(\d+(\.\d+)*\.?|[a-z]\.|[IVX]+\.)\s+\S/;
const bernomor = (b: Block | undefined) => b?.kind === 'p' && BERNOMOR.test(teks(b));

/** Whether paragraph `b`, followed by `next`, acts as a title of what follows. */
export function isJudul(b: Block, next: Block | undefined): b is Paragraph {
  if (b.kind !== 'p' || b.keepNext || b.judul || b.tocId || !isi(next) || b.runs.some((r) => r.kind === 'field')) return false;
  const t = teks(b);
  if (!t || t.length > JUDUL_MAKS) return false;
  if (tebal(b)) return true;
  const open = !/[.,;:!?]$/.test(t); // a title ends without a sentence's punctuation
  // a numbered line followed by another is a list written as paragraphs, not a title
  if (open && BERNOMOR.test(t) && !bernomor(next)) return true;
  return open && next!.kind === 'table' && t.length <= NAMA_TABEL_MAKS;
}

/** The blocks with their title-like paragraphs kept with the next block, list items' blocks included (not table
 *  cells: a cell's blocks never part at a page break). Not a title over a block that keeps with a signature (a PK's
 *  Lampiran heading lines over its table): that table and signature keep together already, their page is set. */
export function tandaiJudul(bs: Block[]): Block[] {
  return bs.map((b, i) => {
    if (isJudul(b, bs[i + 1]) && signatureAfter(bs, i + 1) < 0) return { ...b, judul: true };
    if (b.kind === 'list') return { ...b, items: b.items.map(tandaiJudul) };
    return b;
  });
}
