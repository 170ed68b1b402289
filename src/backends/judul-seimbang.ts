// Centred lines balanced: a centred paragraph of a section body that wraps onto two lines breaks where its two lines
// are nearest in width, not where the first line is full, so a title never ends in one short word ("DINAS
// PERDAGANGAN, KOPERASI, USAHA KECIL MENENGAH DAN / PERINDUSTRIAN" on every PK). Applied to the model by both
// backends (an explicit line break), so the PDF and the DOCX break the same way. Paragraphs of three lines or more,
// in tables, or holding fields are left as they are.
import { PAGE_SIZES, type Block, type DocModel, type Inline, type Paragraph, type Section, type Table } from '../render/model.ts';
import { columnPadding } from './column-widths.ts';
import { keeps } from './pdf-keep.ts';
import { isCaptionOf } from './table-caption.ts';
import { textWidth } from './text-width.ts';

/** pt left free on each balanced line: our advance sums and each backend's own measure may differ by a hair. */
const LONGGAR = 2;

interface Kata { run: number; akhir: number; lebar: number } // end offset in its run's text

/** The words of a paragraph's runs (split at spaces) with their widths, and the width of a space. */
function kataKata(runs: Inline[], size: number): { kata: Kata[]; spasi: number } | undefined {
  const kata: Kata[] = [];
  for (const [i, r] of runs.entries()) {
    if (r.kind !== 'text') return undefined;
    for (const m of r.text.matchAll(/[^ ]+/g)) kata.push({ run: i, akhir: m.index + m[0].length, lebar: textWidth(m[0], size, !!r.bold, !!r.italics) });
  }
  return { kata, spasi: textWidth(' ', size) };
}

/** The paragraph with a line break after word `k` (its following space replaced). */
function putusSetelah(runs: Inline[], k: Kata): Inline[] {
  const r = runs[k.run] as Extract<Inline, { kind: 'text' }>;
  const kiri = r.text.slice(0, k.akhir), kanan = r.text.slice(k.akhir).replace(/^ /, '');
  return [...runs.slice(0, k.run), ...(kiri ? [{ ...r, text: kiri }] : []), { kind: 'br' }, ...(kanan ? [{ ...r, text: kanan }] : []), ...runs.slice(k.run + 1)];
}

/** A centred two-line paragraph broken where its lines are most even (both within `lebar`). */
export function seimbangkan(p: Paragraph, lebar: number, fontSize: number): Paragraph {
  if (p.align !== 'center' || p.runs.some((r) => r.kind === 'br')) return p;
  const size = p.size ?? fontSize, ruang = lebar - (p.indent ?? 0);
  const k = kataKata(p.runs, size);
  if (!k || k.kata.length < 2) return p;
  const total = k.kata.reduce((s, x) => s + x.lebar, 0) + k.spasi * (k.kata.length - 1);
  if (total <= ruang || total > 2 * ruang) return p;
  let kiri = 0, terbaik: { i: number; maks: number } | undefined;
  for (let i = 0; i < k.kata.length - 1; i++) {
    kiri += k.kata[i].lebar + (i ? k.spasi : 0);
    const kanan = total - kiri - k.spasi;
    if (kiri <= ruang - LONGGAR && kanan <= ruang - LONGGAR && (!terbaik || Math.max(kiri, kanan) < terbaik.maks)) terbaik = { i, maks: Math.max(kiri, kanan) };
  }
  return terbaik ? { ...p, runs: putusSetelah(p.runs, k.kata[terbaik.i]) } : p;
}

/** The inner width of a table's full-width cell: the text width for a table with a star column, else its columns'. */
const lebarTabel = (t: Table, lebar: number) => {
  const pad = columnPadding(t);
  return (t.widths.includes('*') ? lebar : Math.min(lebar, t.widths.reduce<number>((s, w) => s + (w as number) + pad, 0))) - pad;
};

const lebarTeks = (s: Section) => (s.orientation === 'landscape' ? PAGE_SIZES[s.page].height : PAGE_SIZES[s.page].width) - s.margins[0] - s.margins[2];

/** The model with every centred two-line paragraph of the section bodies balanced (the same object when none is). */
export function judulSeimbang(doc: DocModel): DocModel {
  let berubah = false;
  const sections = doc.sections.map((s) => {
    const lebar = lebarTeks(s);
    let di = false; // this section changed
    const blocks = s.blocks.map((b, i): Block => {
      if (b.kind !== 'p') return b;
      // a table's caption is set inside the table (table-caption.ts) unless the block before keeps with it (as both
      // backends fold it): its width and its text size are then the table's
      const t = s.blocks[i + 1];
      const c = isCaptionOf(b, t) && !(i > 0 && keeps(s.blocks[i - 1])) ? seimbangkan({ ...b, size: b.size ?? t.size }, lebarTabel(t, lebar), doc.fontSize) : undefined;
      const n = c ? (c.runs === b.runs ? b : { ...b, runs: c.runs }) : seimbangkan(b, lebar, doc.fontSize);
      if (n !== b) di = berubah = true;
      return n;
    });
    return di ? { ...s, blocks } : s;
  });
  return berubah ? { ...doc, sections } : doc;
}
