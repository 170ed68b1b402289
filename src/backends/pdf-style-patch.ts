// pdfmake 0.3 looks up each of ~20 text properties of every inline through its style stack, pushing and popping the
// inline and allocating a closure and a Set per lookup: a tenth of PDF time. Same lookup, without the allocations:
// the inline's own value, then its named styles (last first), then the stack from the top, then the default style.
// While pdfmake builds the inlines of one text node (TextInlines.buildInlines: break into words, measure each) the
// stack does not change, yet each word looks up the same ~20 properties through it: those answers are memoised
// for the duration of that call. Across text nodes the answers are kept per stack level: a push stamps its level
// with a number never used before (a clone copies the stamps with the items), so a level's stamp names the items up
// to it; what the stack answers from a level down is memoised under that stamp (pdfmake sets a style property of a
// node on the stack only to the value the stack answers for it: DocMeasure's font and fillColor).
import { pdfmakeClass } from './pdfmake-class.ts';

type Style = Record<string, unknown> & { extends?: string | string[] };
export type Item = string | (Record<string, unknown> & { style?: string | string[]; section?: unknown });
export interface Stack {
  styleDictionary: Record<string, Style>; defaultStyle?: Record<string, unknown>; styleOverrides: Item[]; _memo?: number;
  _stamp?: number[]; _stamped?: Item[]; _levels?: Levels;
}
/** Per level: the stamp each slot's value was found under, and the value (shared by a stack and its clones). */
interface Levels { stamps: number[][]; values: unknown[][] }

const isValue = (v: unknown) => v !== undefined && v !== null;

/** A named style's value, following `extends` (last parent first) as pdfmake does, each style visited once. */
function fromStyle(dict: Record<string, Style>, name: string, property: string, visited?: Set<string>): unknown {
  const style = dict[name];
  if (!style || visited?.has(name)) return undefined;
  if (isValue(style[property])) return style[property];
  if (!style.extends) return undefined;
  const seen = visited ?? new Set<string>();
  seen.add(name);
  const parents = Array.isArray(style.extends) ? style.extends : [style.extends];
  for (let i = parents.length - 1; i >= 0; i--) {
    const v = fromStyle(dict, parents[i], property, seen);
    if (isValue(v)) return v;
  }
  return undefined;
}

// The memo without an allocation per text node: one slot per property name (numbered once per process), stamped with
// the number of the buildInlines call that filled it; a slot stamped by another call is stale.
const slot = new Map<string, number>();
const stamps: number[] = [];
const values: unknown[] = [];
let calls = 0;

let pushes = 0;
/** The memo slot of a property name (callers that look up fixed names take theirs once: pdf-measure.ts). */
export const slotOf = (property: string): number => {
  let i = slot.get(property);
  if (i === undefined) slot.set(property, (i = slot.size));
  return i;
};

function fromStack(stack: Stack, property: string, i: number): unknown {
  const memo = stack._memo;
  if (!memo) return fromStackUncached(stack, property, i);
  if (stamps[i] === memo) return values[i];
  const v = fromStackUncached(stack, property, i);
  stamps[i] = memo;
  values[i] = v;
  return v;
}

const fromStackUncached = (stack: Stack, property: string, k: number): unknown => fromLevel(stack, stack.styleOverrides.length - 1, property, k);

/** The first value of the property from level `d` down, else the default style's. */
function fromLevel(stack: Stack, d: number, property: string, k: number): unknown {
  if (d < 0) return stack.defaultStyle?.[property];
  const item = stack.styleOverrides[d];
  // DocMeasure pushes a text node twice (measureNode, then measureLeaf on a clone): the level below answers the same
  if (d > 0 && stack.styleOverrides[d - 1] === item) return fromLevel(stack, d - 1, property, k);
  // a stamp holds for the item it was given with (the items array changed otherwise than by push: no memo)
  const stamp = stack._stamped?.[d] === item ? stack._stamp![d] : undefined;
  const lv = stack._levels;
  if (stamp !== undefined && lv) {
    const s = lv.stamps[d];
    if (s && s[k] === stamp) return lv.values[d][k];
  }
  let v = typeof item === 'string' ? fromStyle(stack.styleDictionary, item, property) : item[property];
  if (!isValue(v)) v = fromLevel(stack, d - 1, property, k);
  if (stamp !== undefined && lv) {
    (lv.stamps[d] ??= [])[k] = stamp;
    (lv.values[d] ??= [])[k] = v;
  }
  return v;
}

/** What getStyleProperty answers for an item without its own value of the property (before the default): what
 *  pdfmake's auto-push of the item would add above the stack, its named styles (strings and sections add none),
 *  then the stack. `k`: the property's slotOf. */
export function inherited(item: Item, stack: Stack, property: string, k = slotOf(property)): unknown {
  if (typeof item !== 'string' && item.section === undefined && item.style) {
    const names = Array.isArray(item.style) ? item.style : [item.style];
    for (let i = names.length - 1; i >= 0; i--) {
      const v = fromStyle(stack.styleDictionary, names[i], property);
      if (isValue(v)) return v;
    }
  }
  return fromStack(stack, property, k);
}

let originals: { push: unknown; clone: unknown } | undefined;
/** pdfmake's own push and clone, once the patch is applied (for tests: without stamps nothing is kept per level). */
export const pdfmakeStackPush = () => originals;

/** Run once, by the PDF backend's setup. */
export function applyStylePatch(): void {
  const StyleContextStack = pdfmakeClass('StyleContextStack');
  const { push, clone } = StyleContextStack.prototype as { push(this: Stack, item: Item): void; clone(this: Stack): Stack };
  if (!/this\.styleOverrides\.push\(styleNameOrOverride\)/.test(push.toString()) || !/stack\.styleOverrides\.push\(item\)/.test(clone.toString())
    || !/this\.push\(item\)/.test(StyleContextStack.prototype.autopush.toString())) {
    throw new Error('pdfmake changed: StyleContextStack push/clone no longer as pdf-style-patch.ts stamps them');
  }
  originals = { push, clone };
  StyleContextStack.prototype.push = function (this: Stack, item: Item) {
    (this._stamp ??= [])[this.styleOverrides.length] = ++pushes;
    (this._stamped ??= [])[this.styleOverrides.length] = item;
    this._levels ??= { stamps: [], values: [] };
    push.call(this, item);
  };
  StyleContextStack.prototype.clone = function (this: Stack) {
    const c = clone.call(this);
    if (this._stamp) { c._stamp = this._stamp.slice(0, this.styleOverrides.length); c._stamped = this._stamped!.slice(0, this.styleOverrides.length); }
    c._levels = this._levels;
    return c;
  };
  StyleContextStack.prototype.getProperty = function (this: Stack, property: string) {
    return fromStack(this, property, slotOf(property));
  };
  StyleContextStack.getStyleProperty = (item: Item, stack: Stack | undefined, property: string, defaultValue: unknown) => {
    if (typeof item !== 'string' && isValue(item[property])) return item[property];
    if (!stack) return defaultValue;
    const v = inherited(item, stack, property);
    return isValue(v) ? v : defaultValue;
  };
  const TextInlines = pdfmakeClass('TextInlines');
  const build = TextInlines.prototype.buildInlines as (this: unknown, text: unknown, stack: Stack | undefined) => unknown;
  // the memo is sound only while nothing inside pushes or pops the stack: with the lookups above, nothing does
  if (!/getBreaks\(flattenedTextArray, styleContextStack\)/.test(build.toString()) || /\.(push|pop|autopush)\(/.test(build.toString())) {
    throw new Error('pdfmake changed: TextInlines.buildInlines no longer as the style memo assumes (pdf-style-patch.ts)');
  }
  TextInlines.prototype.buildInlines = function (this: unknown, text: unknown, stack: Stack | undefined) {
    if (!stack || stack._memo) return build.call(this, text, stack);
    stack._memo = ++calls;
    try {
      return build.call(this, text, stack);
    } finally {
      stack._memo = undefined;
    }
  };
}
