// pdfmake makes one object per word (TextBreaker.getBreaks: `{ text }` plus the copied style of its text item), then
// TextInlines.measure, Line.addInline and the justification add some 24 properties to it one by one. V8 keeps only a
// literal's own properties inside the object: every few added properties it allocates a larger property array and
// copies the old one, ~1 KB of garbage per word, a tenth of all memory a PDF allocates (and GC time). Patch: the words
// getBreaks returns are copied, before anything else sees them, into objects made by a constructor that assigns every
// property a word gets (undefined until set), so they are laid out inside the object from the start. A property
// undefined reads as one not set (pdfmake and our patches test words by value: getStyleProperty skips undefined and
// null, the rest read `x || …` or `if (x)`); words of any other content keep their other properties as copied.
import { pdfmakeClass } from './pdfmake-class.ts';

type Word = Record<string, unknown>;

/* eslint-disable @typescript-eslint/no-explicit-any */
/** A word with every property pdfmake gives it in place (order: what getBreaks copies, then measure, then layout). */
function Shaped(this: any) {
  this.text = undefined; this.lineEnd = undefined; this.noNewLine = undefined; this.bold = undefined; this.italics = undefined;
  this.decoration = undefined; this.font = undefined; this.alignment = undefined; this.fontSize = undefined; this.fontFeatures = undefined;
  this.characterSpacing = undefined; this.color = undefined; this.decorationColor = undefined; this.decorationStyle = undefined;
  this.decorationThickness = undefined; this.background = undefined; this.link = undefined; this.linkToPage = undefined;
  this.linkToDestination = undefined; this.noWrap = undefined; this.opacity = undefined; this.sup = undefined; this.sub = undefined;
  this.width = undefined; this.height = undefined; this.leadingCut = undefined; this.trailingCut = undefined; this.x = undefined;
  this.justifyShift = undefined; this.leadingIndent = undefined;
}
// a plain object otherwise: Object.prototype as its prototype, so `word.constructor` is Object (buildNextLine clones a
// word it splits with `inline.constructor()`)
Shaped.prototype = Object.prototype;
const make = Shaped as unknown as new () => Word;

let original: ((this: unknown, texts: unknown, stack: unknown) => Word[]) | undefined;
/** pdfmake's own getBreaks, once the patch is applied (for tests). */
export const pdfmakeGetBreaks = () => original;

/** Run once, by the PDF backend's setup. */
export function applyWordShapePatch(): void {
  const TextBreaker = pdfmakeClass('TextBreaker');
  const getBreaks = (original = TextBreaker.prototype.getBreaks as NonNullable<typeof original>);
  // the words are fresh objects, seen only by getBreaks' own loop before it returns them to buildInlines
  if (!/let result = \{\s*text: words\[i2\]\.text\s*\};/.test(getBreaks.toString()) || !/results\.push\(result\)/.test(getBreaks.toString())
    || !/return results;\s*\}$/.test(getBreaks.toString())) {
    throw new Error('pdfmake changed: TextBreaker.getBreaks no longer makes words as pdf-word-shape.ts assumes');
  }
  TextBreaker.prototype.getBreaks = function (this: unknown, texts: unknown, stack: unknown) {
    const words = getBreaks.call(this, texts, stack);
    for (let i = 0; i < words.length; i++) {
      const w = new make();
      const from = words[i];
      for (const k in from) w[k] = from[k];
      words[i] = w;
    }
    return words;
  };
}
