// pdfmake copies objects key by key with for…in and hasOwnProperty: every line of a block kept together (a table row,
// an unbreakable stack) is laid out aside and copied onto the page (Line.clone), and every vector and picture with it
// (helpers/tools pack). The same copies by Object.assign: own enumerable properties, in the same order, read and set
// the same way (both skip a missing source; pdfmake's objects have no symbol keys).
import { createRequire } from 'node:module';
import { pdfmakeClass } from './pdfmake-class.ts';

const require = createRequire(import.meta.url);
type Obj = Record<string, unknown>;

let originals: { clone: unknown; pack: unknown } | undefined;
/** pdfmake's own Line.clone and pack, once the patch is applied (for tests). */
export const pdfmakeCopies = () => originals;

/** Run once, by the PDF backend's setup. */
export function applyClonePatch(): void {
  const Line = pdfmakeClass('Line');
  const tools = require('pdfmake/js/helpers/tools.js') as { pack(...args: unknown[]): Obj };
  const { clone } = Line.prototype as { clone(this: Obj): Obj };
  const { pack } = tools;
  const src = `${clone}|${pack}`.replace(/\s+/g, ' ');
  if (!src.includes('let result = new Line(this.maxWidth); for (let key in this) { if (this.hasOwnProperty(key)) { result[key] = this[key]; } } return result;')
    || !src.includes('let result = {}; for (let i = 0, l = args.length; i < l; i++) { let obj = args[i]; if (obj) { for (let key in obj) { if (obj.hasOwnProperty(key)) { result[key] = obj[key]; } } } } return result;')) {
    throw new Error('pdfmake changed: Line.clone / tools.pack no longer copy as pdf-clone.ts assumes');
  }
  originals = { clone, pack };
  Line.prototype.clone = function (this: Obj) {
    return Object.assign(new Line(this.maxWidth), this);
  };
  tools.pack = (...args: unknown[]) => {
    const result: Obj = {};
    for (const obj of args) if (obj) Object.assign(result, obj);
    return result;
  };
}
