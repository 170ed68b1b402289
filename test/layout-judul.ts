// Layout rule read from a PDF's text boxes: no heading or title-like line is the last body line of a page (its text
// on the next page). The titles come from the document model: headings, paragraphs marked judul (src/render/judul.ts)
// (or that isJudul names so, whether or not the pipeline marked them) and paragraphs kept with the next block.
import { isJudul } from '../src/render/judul.ts';
import type { Block, DocModel } from '../src/render/model.ts';
import { lines, type Margins, type Page } from './layout.ts';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const text = (b: Block) => (b.kind === 'p' || b.kind === 'heading' ? norm(b.runs.map((r) => (r.kind === 'text' ? r.text : r.kind === 'br' ? ' ' : '')).join('')) : '');

/** Texts of the model's titles, in its body blocks and list items (not table cells). */
export function titleTexts(doc: DocModel): Set<string> {
  const out = new Set<string>();
  const visit = (bs: Block[]) => bs.forEach((b, i) => {
    const title = b.kind === 'heading' || (b.kind === 'p' && (b.judul || b.keepNext)) || isJudul(b, bs[i + 1]);
    if (title && i < bs.length - 1 && text(b)) out.add(text(b));
    if (b.kind === 'list') b.items.forEach(visit);
  });
  doc.sections.forEach((s) => visit(s.blocks));
  return out;
}

const PAGE_LABEL = /^([0-9]+|[ivxlcdm]+)$/;
const MARKER = /^(\d+|[a-z])\.\s+|^•\s+/;

/** The title that the page's last body lines (one to three, the last of them included) print, if any: a list
 *  item's first line starts with its marker. */
function titleAtEnd(texts: string[], titles: Set<string>): string | undefined {
  for (let k = 1; k <= Math.min(3, texts.length); k++) {
    const l = norm(texts.slice(-k).join(' '));
    const t = [l, l.replace(MARKER, '')].find((x) => titles.has(x));
    if (t) return t;
  }
  return undefined;
}

/** Pages (but the last) whose last body line, above the footer area, is a title or a title's last line. */
export function strandedTitles(pages: Page[], m: Margins, titles: Set<string>): string[] {
  return pages.slice(0, -1).flatMap((p, i) => {
    const body = lines(p).filter((l) => l.y1 <= p.height - m[3] + 1 && !PAGE_LABEL.test(l.text));
    const t = titleAtEnd(body.map((l) => l.text), titles);
    return t ? [`hlm ${i + 1} berakhir dengan judul "${t}"`] : [];
  });
}
