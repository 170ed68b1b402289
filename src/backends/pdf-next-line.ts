// pdfmake's LayoutBuilder.buildNextLine asks, for every word it puts on a line, whether the word fits with the words
// glued to it (noNewLine), handing Line.hasEnoughSpaceForInline a copy of all the words left in the paragraph
// (`_inlines.slice(1)`): quadratic in the words of a paragraph or table cell, a twentieth of all memory allocated.
// The same function; the copy is made only for a word glued to the next (the only case that reads it; otherwise an
// empty array, the parameter's default) and only up to the first word not glued to its next (where the reading
// stops). Guard: pdfmake's function text, whole (a copy of it).
import crypto from 'node:crypto';
import { pdfmakeClass } from './pdfmake-class.ts';

interface Inline { text: string; width: number; noWrap?: boolean; noNewLine?: boolean; [k: string]: unknown }
interface Line { hasEnoughSpaceForInline(i: Inline, next: Inline[]): boolean; getAvailableWidth(): number; addInline(i: Inline): void; lastLineInParagraph?: boolean }
interface Builder { writer: { context(): { availableWidth: number } } }
type Build = (this: Builder, textNode: { _inlines?: Inline[] }) => Line | null;

// sha256 of pdfmake 0.3.11's buildNextLine, white space collapsed
const SHA = 'b48d33f80567b51b780b5e10be3be9f5773f8d4f53b0ec33e456775801ccf8a2';
const NONE: Inline[] = [];

function cloneInline(inline: Inline): Inline {
  const newInline = (inline.constructor as () => Inline)();
  for (const key in inline) newInline[key] = inline[key];
  return newInline;
}

function findMaxFitLength(text: string, maxWidth: number, measureFn: (t: string) => number): number {
  let low = 1;
  let high = text.length;
  let bestFit = 1;
  while (low <= high) {
    const mid = Math.floor((low + high) / 2);
    const width = measureFn(text.substring(0, mid));
    if (width <= maxWidth) {
      bestFit = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return bestFit;
}

/** What hasEnoughSpaceForInline reads of the words after the first: up to and including the first not glued on. */
function glued(inlines: Inline[]): Inline[] {
  if (!inlines[0].noNewLine) return NONE;
  let end = 1;
  while (end < inlines.length && inlines[end].noNewLine) end++;
  return inlines.slice(1, end + 1);
}

let original: Build | undefined;
/** pdfmake's own buildNextLine, once the patch is applied (for tests). */
export const pdfmakeBuildNextLine = () => original;
/** The guard's hash of a function text (for tests). */
export const sourceHash = (f: Function) => crypto.createHash('sha256').update(f.toString().replace(/\s+/g, ' ')).digest('hex');

/** Run once, by the PDF backend's setup. */
export function applyNextLinePatch(): void {
  const LayoutBuilder = pdfmakeClass('LayoutBuilder');
  const LineClass = pdfmakeClass('Line');
  const TextInlines = pdfmakeClass('TextInlines');
  original = LayoutBuilder.prototype.buildNextLine as Build;
  if (sourceHash(original) !== SHA) throw new Error('pdfmake changed: LayoutBuilder.buildNextLine no longer as pdf-next-line.ts copies it');
  LayoutBuilder.prototype.buildNextLine = function (this: Builder, textNode: { _inlines?: Inline[] }) {
    const inlines = textNode._inlines;
    if (!inlines || inlines.length === 0) return null;
    const line = new LineClass(this.writer.context().availableWidth) as Line;
    const textInlines = new TextInlines(null);
    let isForceContinue = false;
    while (inlines.length > 0 && (line.hasEnoughSpaceForInline(inlines[0], glued(inlines)) || isForceContinue)) {
      let isHardWrap = false;
      const inline = inlines.shift()!;
      if (!inline.noWrap && inline.text.length > 1 && inline.width > line.getAvailableWidth()) {
        const maxChars = findMaxFitLength(inline.text, line.getAvailableWidth(), (txt) => textInlines.widthOfText(txt, inline));
        if (maxChars < inline.text.length) {
          const newInline = cloneInline(inline);
          newInline.text = inline.text.substr(maxChars);
          inline.text = inline.text.substr(0, maxChars);
          newInline.width = textInlines.widthOfText(newInline.text, newInline);
          inline.width = textInlines.widthOfText(inline.text, inline);
          inlines.unshift(newInline);
          isHardWrap = true;
        }
      }
      line.addInline(inline);
      isForceContinue = !!inline.noNewLine && !isHardWrap;
    }
    line.lastLineInParagraph = inlines.length === 0;
    return line;
  };
}
