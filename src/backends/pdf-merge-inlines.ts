// pdfmake 0.3 draws every word of a line as its own text object (font, size, colour and position each time; its
// Renderer has "TODO: line.optimizeInlines()"), which is most of its rendering time. Patch: before a line is drawn,
// join neighbouring inlines that look the same and touch (the next starts where the previous ends, so not across a
// justified gap). Text is laid out unshaped (pdf-font-cache.ts), so a joined run has exactly the summed width.
import { pdfmakeClass } from './pdfmake-class.ts';

interface Inline {
  text: string; x: number; width: number; font: unknown; fontSize: number; justifyShift?: number;
  _pageNodeRef?: unknown; [key: string]: unknown;
}
interface Line { inlines: Inline[]; id?: unknown }

// every property pdfmake's renderer and decorator read from an inline, besides text, x and width
const SAME = ['font', 'fontSize', 'color', 'opacity', 'characterSpacing', 'fontFeatures', 'decoration', 'decorationColor',
  'decorationStyle', 'decorationThickness', 'background', 'link', 'linkToPage', 'linkToDestination', 'sup', 'sub', 'alignment'];
const EPS = 1e-6;

function joinable(a: Inline, b: Inline): boolean {
  if (a._pageNodeRef || b._pageNodeRef || a.justifyShift || b.justifyShift || a.characterSpacing) return false;
  if (Math.abs(a.x + a.width - b.x) >= EPS) return false;
  // SAME, each read by name (words have one shape: pdf-word-shape.ts)
  return a.font === b.font && a.fontSize === b.fontSize && a.color === b.color && a.opacity === b.opacity
    && a.characterSpacing === b.characterSpacing && a.fontFeatures === b.fontFeatures && a.decoration === b.decoration
    && a.decorationColor === b.decorationColor && a.decorationStyle === b.decorationStyle && a.decorationThickness === b.decorationThickness
    && a.background === b.background && a.link === b.link && a.linkToPage === b.linkToPage && a.linkToDestination === b.linkToDestination
    && a.sup === b.sup && a.sub === b.sub && a.alignment === b.alignment;
}

/** The inlines of a line with touching look-alike neighbours joined (new objects; the line's own are untouched). */
export function joinInlines(inlines: Inline[]): Inline[] {
  let i = 1;
  while (i < inlines.length && !joinable(inlines[i - 1], inlines[i])) i++;
  if (i === inlines.length) return inlines; // nothing to join: the same array
  const out: Inline[] = inlines.slice(0, i - 1);
  let copy: Inline | undefined; // the joined inline being built (ours to change)
  for (const inl of inlines.slice(i - 1)) {
    const last = out[out.length - 1];
    if (!last || !joinable(last, inl)) out.push(inl);
    else if (last === copy) { copy.text += inl.text; copy.width += inl.width; }
    else out[out.length - 1] = copy = { ...last, text: last.text + inl.text, width: last.width + inl.width };
  }
  return out;
}

/** Run once, by the PDF backend's setup. */
export function applyMergeInlinesPatch(): void {
  // joinable tells apart two touching inlines that differ in any one of SAME
  const a = { text: 'a', x: 0, width: 1, font: 'f', fontSize: 1 } as Inline;
  const missing = SAME.filter((k) => joinable(a, { ...a, x: 1, [k]: {} }));
  if (missing.length || !joinable(a, { ...a, x: 1 })) throw new Error(`pdf-merge-inlines: joinable does not compare ${missing.join(', ')}`);
  const Renderer = pdfmakeClass('Renderer');
  const original = Renderer.prototype.renderLine as (this: unknown, line: Line, x: number, y: number) => void;
  Renderer.prototype.renderLine = function (this: unknown, line: Line, x: number, y: number) {
    if (line.inlines.length < 2) return original.call(this, line, x, y);
    const joined = joinInlines(line.inlines);
    if (joined === line.inlines) return original.call(this, line, x, y);
    // the same line (heights, outline, destination) with the joined inlines
    return original.call(this, Object.assign(Object.create(line), { inlines: joined }), x, y);
  };
}
