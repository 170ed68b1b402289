// pdfmake makes one object per word (TextBreaker.getBreaks: `{ text }` plus the copied style of its text item), then
// TextInlines.measure, Line.addInline and the justification add some 24 properties to it one by one. V8 keeps only a
// literal's own properties inside the object: every few added properties it allocates a larger property array and
// copies the old one, ~1 KB of garbage per word, a tenth of all memory a PDF allocates (and GC time). Patch: getBreaks
// as pdfmake's, step for step, but each word is made by a constructor that assigns every property a word gets
// (undefined until set), so they are laid out inside the object from the start, and gets the word's text, line end
// and its item's style in pdfmake's order. The words a text splits into (linebreak's rules: the costly part) are kept
// per text: most texts of a build recur (the agreements share their wording). A property undefined reads as one not
// set (pdfmake and our patches test words by value: getStyleProperty skips undefined and null, the rest read `x || …`
// or `if (x)`); words of any other content keep their other properties as copied.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { pdfmakeClass } from './pdfmake-class.ts';

type Word = Record<string, unknown>;
interface Piece { text: string; lineEnd?: boolean }
type GetBreaks = (this: unknown, texts: unknown, stack: unknown) => Word[];

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

const req = createRequire(createRequire(import.meta.url).resolve('pdfmake'));
const LineBreaker = req('linebreak') as new (text: string) => { nextBreak(): { position: number; required: boolean } | null };
const NEW_LINE = /\r?\n$|\r$/;
/** pdfmake's splitWords of a wrapped text (neither noWrap nor break-all), kept per text (read only; cleared when full). */
const pieces = new Map<string, Piece[]>();
function split(text: unknown): Piece[] {
  const s = text === undefined || text === null ? '' : String(text);
  let words = pieces.get(s);
  if (words) return words;
  words = [];
  if (s.length === 0) words.push({ text: '' });
  const breaker = new LineBreaker(s);
  let last = 0;
  for (let bk = s.length ? breaker.nextBreak() : null; bk; bk = breaker.nextBreak()) {
    const word = s.slice(last, bk.position);
    if (bk.required || NEW_LINE.test(word)) words.push({ text: word.replace(NEW_LINE, ''), lineEnd: true });
    else words.push({ text: word });
    last = bk.position;
  }
  if (pieces.size >= 50_000) pieces.clear();
  pieces.set(s, words);
  return words;
}
/** pdfmake's isObject. */
const isObject = (v: unknown) => v !== null && !Array.isArray(v) && typeof v !== 'string' && !(v instanceof String)
  && typeof v !== 'number' && !(v instanceof Number) && typeof v === 'object';

let original: GetBreaks | undefined;
/** pdfmake's own getBreaks, once the patch is applied (for tests). */
export const pdfmakeGetBreaks = () => original;

/** Run once, by the PDF backend's setup (after the style patch: it answers getStyleProperty). */
export function applyWordShapePatch(): void {
  const TextBreaker = pdfmakeClass('TextBreaker');
  const StyleContextStack = pdfmakeClass('StyleContextStack');
  const getBreaks = (original = TextBreaker.prototype.getBreaks as GetBreaks);
  // the module this copy follows, statement by statement
  const src = fs.readFileSync(req.resolve('pdfmake/js/TextBreaker.js'), 'utf8').replace(/\s+/g, ' ');
  const wants = ["let breakAll = _StyleContextStack.default.getStyleProperty(item || {}, styleContextStack, 'wordBreak', 'normal') === 'break-all'; let noWrap = _StyleContextStack.default.getStyleProperty(item || {}, styleContextStack, 'noWrap', false); if ((0, _variableType.isObject)(item)) { if (item._textRef && item._textRef._textNodeRef.text) { item.text = item._textRef._textNodeRef.text; } words = splitWords(item.text, noWrap, breakAll); style = _StyleContextStack.default.copyStyle(item); } else { words = splitWords(item, noWrap, breakAll); }",
    'if (lastWord && words.length) { let firstWord = getFirstWord(words, noWrap); let wrapWords = splitWords(lastWord + firstWord, false); if (wrapWords.length === 1) { results[results.length - 1].noNewLine = true; } }',
    'let result = { text: words[i2].text }; if (words[i2].lineEnd) { result.lineEnd = true; } _StyleContextStack.default.copyStyle(style, result); results.push(result); } lastWord = null; if (i + 1 < l) { lastWord = getLastWord(words, noWrap); } } return results;',
    "if (text === undefined || text === null) { text = ''; } else { text = String(text); } if (noWrap) {",
    "if (text.length === 0) { words.push({ text: '' }); return words; } let breaker = new _linebreak.default(text); let last = 0; let bk; while (bk = breaker.nextBreak()) { let word = text.slice(last, bk.position); if (bk.required || word.match(/\\r?\\n$|\\r$/)) { // new line word = word.replace(/\\r?\\n$|\\r$/, ''); words.push({ text: word, lineEnd: true }); } else { words.push({ text: word }); } last = bk.position; } return words;",
    'let word = words[0]; if (word === undefined) { return null; } if (noWrap) {', 'let word = words[words.length - 1]; if (word === undefined) { return null; } if (word.lineEnd) { return null; } if (noWrap) {',
    'var _linebreak = _interopRequireDefault(require("linebreak"));', 'return variable !== null && !Array.isArray(variable) && !isString(variable) && !isNumber(variable) && typeof variable === \'object\';'];
  const helpers = src + fs.readFileSync(req.resolve('pdfmake/js/helpers/variableType.js'), 'utf8').replace(/\s+/g, ' ');
  const missing = wants.find((w) => !helpers.includes(w));
  if (missing) throw new Error(`pdfmake changed: TextBreaker.getBreaks no longer as pdf-word-shape.ts copies it (${missing.slice(0, 60)}…)`);
  const get = StyleContextStack.getStyleProperty as (item: unknown, stack: unknown, p: string, d: unknown) => unknown;
  TextBreaker.prototype.getBreaks = function (this: unknown, texts: unknown, stack: unknown): Word[] {
    const list = (Array.isArray(texts) ? texts : [texts]) as any[];
    for (const item of list) {
      // noWrap or break-all text (none in our documents): pdfmake's words, copied into shaped ones
      if (get(item || {}, stack, 'wordBreak', 'normal') === 'break-all' || get(item || {}, stack, 'noWrap', false)) {
        return getBreaks.call(this, texts, stack).map((w) => Object.assign(new make(), w));
      }
    }
    const results: Word[] = [];
    let lastWord: string | null = null;
    for (let i = 0, l = list.length; i < l; i++) {
      const item = list[i];
      let style: Record<string, unknown> | undefined;
      let words: Piece[];
      if (isObject(item)) {
        if (item._textRef && item._textRef._textNodeRef.text) item.text = item._textRef._textNodeRef.text;
        words = split(item.text);
        style = item;
      } else words = split(item);
      if (lastWord && words.length && split(lastWord + words[0].text).length === 1) results[results.length - 1].noNewLine = true;
      // copyStyle's keys: the item's own enumerable ones but text, in its order
      const keys = style ? Object.keys(style).filter((k) => k !== 'text') : [];
      for (let i2 = 0, l2 = words.length; i2 < l2; i2++) {
        const result = new make();
        result.text = words[i2].text;
        if (words[i2].lineEnd) result.lineEnd = true;
        for (const k of keys) result[k] = style![k];
        results.push(result);
      }
      lastWord = null;
      if (i + 1 < l) lastWord = words.length && !words[words.length - 1].lineEnd ? words[words.length - 1].text : null;
    }
    return results;
  };
}
