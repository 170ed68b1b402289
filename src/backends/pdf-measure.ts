// pdfmake's TextInlines.measure looks up 21 style properties of every word through StyleContextStack.getStyleProperty
// with the property name as a variable: each lookup reads the word's own value by a computed key (words of many
// shapes: a slow, megamorphic load) before the stack answers (memoised per text node by pdf-style-patch.ts). The
// same measure, each own value read by its literal name; what a word does not set is answered as getStyleProperty
// answers it (pdf-style-patch.ts inherited: its named styles, then the stack) without a computed-key read. Same
// values, same order of assignments.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { pdfmakeClass } from './pdfmake-class.ts';
import { inherited, slotOf, type Stack } from './pdf-style-patch.ts';

const require = createRequire(import.meta.url);
type Item = Record<string, any> & { text: string; style?: string | string[] };
interface TextInlines { pdfDocument: { provideFont(font: unknown, bold: unknown, italics: unknown): any }; widthOfText(text: string, item: Item): number }

/** Whether a UTF-16 code unit is matched by \s of a JavaScript regular expression. */
const isSpace = (c: number) => (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
  || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
/** text.match(/^(\s)+/g)?.[0] and text.match(/(\s)+$/g)?.[0] (pdfmake's), without the match arrays. */
export function leadingSpaces(text: string): string | undefined {
  let i = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i ? text.slice(0, i) : undefined;
}
export function trailingSpaces(text: string): string | undefined {
  let i = text.length;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  return i < text.length ? text.slice(i) : undefined;
}
const isValue = (v: unknown) => v !== undefined && v !== null;
/** getStyleProperty of a word given its own value (read by name): the own value, else named styles and stack. */
function s(item: Item, stack: Stack, own: unknown, property: string, def: unknown, k: number): unknown {
  if (isValue(own)) return own;
  if (!stack) return def;
  const v = inherited(item, stack, property, k);
  return isValue(v) ? v : def;
}

let originalMeasure: ((this: TextInlines, array: Item[], stack: Stack) => Item[]) | undefined;
/** pdfmake's own measure, once the patch is applied (for tests). */
export const pdfmakeMeasure = () => originalMeasure;

/** Run once, by the PDF backend's setup, after the style patch. */
export function applyMeasurePatch(): void {
  const StyleContextStack = pdfmakeClass('StyleContextStack');
  const TextInlines = pdfmakeClass('TextInlines');
  const original = (originalMeasure = TextInlines.prototype.measure as (this: TextInlines, array: Item[], stack: Stack) => Item[]);
  // the original, property by property: a change in pdfmake's measure fails here rather than measuring differently
  const src = original.toString().replace(/\s+/g, ' ');
  const want = ['font', 'bold', 'italics', 'alignment', 'fontSize', 'fontFeatures', 'characterSpacing', 'color', 'decoration',
    'decorationColor', 'decorationStyle', 'decorationThickness', 'background', 'link', 'linkToPage', 'linkToDestination', 'noWrap',
    'opacity', 'sup', 'sub', 'lineHeight', 'preserveLeadingSpaces', 'preserveTrailingSpaces'];
  const found = [...src.matchAll(/getStyleProperty\(item, styleContextStack, '(\w+)'/g)].map((m) => m[1]);
  if (found.join() !== want.join() || !/item\.fontSize \*= 0\.58/.test(src) || !/item\.height = item\.font\.lineHeight\(item\.fontSize\) \* lineHeight/.test(src)
    || !/getStyleProperty\(array\[0\], styleContextStack, 'leadingIndent', 0\)/.test(src)
    || !src.includes('item.text.match(LEADING)') || !src.includes('item.text.match(TRAILING)')
    || !/const LEADING = \/\^\(\\s\)\+\/g;\s*const TRAILING = \/\(\\s\)\+\$\/g;/.test(fs.readFileSync(require.resolve('pdfmake/js/TextInlines.js'), 'utf8'))) {
    throw new Error('pdfmake changed: TextInlines.measure no longer as pdf-measure.ts copies it');
  }
  // the memo slots of the looked-up names, taken once instead of per word
  const K = {} as Record<(typeof want)[number], number>;
  for (const p of want) K[p as keyof typeof K] = slotOf(p);
  const get = StyleContextStack.getStyleProperty as (item: Item, stack: Stack, property: string, def: unknown) => unknown;
  TextInlines.prototype.measure = function (this: TextInlines, array: Item[], stack: Stack) {
    if (array.length) {
      const leadingIndent = get(array[0], stack, 'leadingIndent', 0) as number;
      if (leadingIndent) {
        array[0].leadingCut = -leadingIndent;
        array[0].leadingIndent = leadingIndent;
      }
    }
    for (const item of array) {
      const font = s(item, stack, item.font, 'font', 'Roboto', K.font);
      const bold = s(item, stack, item.bold, 'bold', false, K.bold);
      const italics = s(item, stack, item.italics, 'italics', false, K.italics);
      item.font = this.pdfDocument.provideFont(font, bold, italics);
      item.alignment = s(item, stack, item.alignment, 'alignment', 'left', K.alignment);
      item.fontSize = s(item, stack, item.fontSize, 'fontSize', 12, K.fontSize);
      item.fontFeatures = s(item, stack, item.fontFeatures, 'fontFeatures', null, K.fontFeatures);
      item.characterSpacing = s(item, stack, item.characterSpacing, 'characterSpacing', 0, K.characterSpacing);
      item.color = s(item, stack, item.color, 'color', 'black', K.color);
      item.decoration = s(item, stack, item.decoration, 'decoration', null, K.decoration);
      item.decorationColor = s(item, stack, item.decorationColor, 'decorationColor', null, K.decorationColor);
      item.decorationStyle = s(item, stack, item.decorationStyle, 'decorationStyle', null, K.decorationStyle);
      item.decorationThickness = s(item, stack, item.decorationThickness, 'decorationThickness', null, K.decorationThickness);
      item.background = s(item, stack, item.background, 'background', null, K.background);
      item.link = s(item, stack, item.link, 'link', null, K.link);
      item.linkToPage = s(item, stack, item.linkToPage, 'linkToPage', null, K.linkToPage);
      item.linkToDestination = s(item, stack, item.linkToDestination, 'linkToDestination', null, K.linkToDestination);
      item.noWrap = s(item, stack, item.noWrap, 'noWrap', null, K.noWrap);
      item.opacity = s(item, stack, item.opacity, 'opacity', 1, K.opacity);
      item.sup = s(item, stack, item.sup, 'sup', false, K.sup);
      item.sub = s(item, stack, item.sub, 'sub', false, K.sub);
      if (item.sup || item.sub) item.fontSize *= 0.58;
      const lineHeight = s(item, stack, item.lineHeight, 'lineHeight', 1, K.lineHeight) as number;
      item.width = this.widthOfText(item.text, item);
      item.height = item.font.lineHeight(item.fontSize) * lineHeight;
      if (!item.leadingCut) item.leadingCut = 0;
      if (!s(item, stack, item.preserveLeadingSpaces, 'preserveLeadingSpaces', false, K.preserveLeadingSpaces)) {
        const lead = leadingSpaces(item.text);
        if (lead !== undefined) item.leadingCut += this.widthOfText(lead, item);
      }
      item.trailingCut = 0;
      if (!s(item, stack, item.preserveTrailingSpaces, 'preserveTrailingSpaces', false, K.preserveTrailingSpaces)) {
        const trail = trailingSpaces(item.text);
        if (trail !== undefined) item.trailingCut = this.widthOfText(trail, item);
      }
    }
    return array;
  };
}
