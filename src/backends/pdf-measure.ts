// pdfmake's TextInlines.measure looks up 21 style properties of every word through StyleContextStack.getStyleProperty
// with the property name as a variable: each lookup reads the word's own value by a computed key (words of many
// shapes: a slow, megamorphic load) before the stack answers (memoised per text node by pdf-style-patch.ts). The
// same measure, each own value read by its literal name; what a word does not set is answered as before
// (getStyleProperty: its named styles, then the stack). Same values, same order of assignments.
import { pdfmakeClass } from './pdfmake-class.ts';

type Item = Record<string, any> & { text: string };
interface Stack { _memo?: Map<string, unknown> }
interface TextInlines { pdfDocument: { provideFont(font: unknown, bold: unknown, italics: unknown): any }; widthOfText(text: string, item: Item): number }

const LEADING = /^(\s)+/g;
const TRAILING = /(\s)+$/g;
const isValue = (v: unknown) => v !== undefined && v !== null;

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
    || !/getStyleProperty\(array\[0\], styleContextStack, 'leadingIndent', 0\)/.test(src)) {
    throw new Error('pdfmake changed: TextInlines.measure no longer as pdf-measure.ts copies it');
  }
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
      // own value by name, else getStyleProperty (which finds no own value and asks the named styles and the stack)
      const s = (own: unknown, property: string, def: unknown) => (isValue(own) ? own : get(item, stack, property, def));
      const font = s(item.font, 'font', 'Roboto');
      const bold = s(item.bold, 'bold', false);
      const italics = s(item.italics, 'italics', false);
      item.font = this.pdfDocument.provideFont(font, bold, italics);
      item.alignment = s(item.alignment, 'alignment', 'left');
      item.fontSize = s(item.fontSize, 'fontSize', 12);
      item.fontFeatures = s(item.fontFeatures, 'fontFeatures', null);
      item.characterSpacing = s(item.characterSpacing, 'characterSpacing', 0);
      item.color = s(item.color, 'color', 'black');
      item.decoration = s(item.decoration, 'decoration', null);
      item.decorationColor = s(item.decorationColor, 'decorationColor', null);
      item.decorationStyle = s(item.decorationStyle, 'decorationStyle', null);
      item.decorationThickness = s(item.decorationThickness, 'decorationThickness', null);
      item.background = s(item.background, 'background', null);
      item.link = s(item.link, 'link', null);
      item.linkToPage = s(item.linkToPage, 'linkToPage', null);
      item.linkToDestination = s(item.linkToDestination, 'linkToDestination', null);
      item.noWrap = s(item.noWrap, 'noWrap', null);
      item.opacity = s(item.opacity, 'opacity', 1);
      item.sup = s(item.sup, 'sup', false);
      item.sub = s(item.sub, 'sub', false);
      if (item.sup || item.sub) item.fontSize *= 0.58;
      const lineHeight = s(item.lineHeight, 'lineHeight', 1) as number;
      item.width = this.widthOfText(item.text, item);
      item.height = item.font.lineHeight(item.fontSize) * lineHeight;
      if (!item.leadingCut) item.leadingCut = 0;
      if (!s(item.preserveLeadingSpaces, 'preserveLeadingSpaces', false)) {
        const leadingSpaces = item.text.match(LEADING);
        if (leadingSpaces) item.leadingCut += this.widthOfText(leadingSpaces[0], item);
      }
      item.trailingCut = 0;
      if (!s(item.preserveTrailingSpaces, 'preserveTrailingSpaces', false)) {
        const trailingSpaces = item.text.match(TRAILING);
        if (trailingSpaces) item.trailingCut = this.widthOfText(trailingSpaces[0], item);
      }
    }
    return array;
  };
}
