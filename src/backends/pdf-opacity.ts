// pdfkit's _doOpacity runs for every inline pdfmake draws (opacity(1)) and every border colour (strokeOpacity(1)):
// ~124 000 calls per default build. Each builds a key string (`${fill}_${stroke}`), looks it up by that computed
// name in the document's registry (a string hashed and internalised per call), destructures the entry and builds
// the `/GsN gs` operator anew. Patch: an opacity pair met before in the document (both null, undefined or a number
// in 0..1, which _doOpacity's clamping leaves as they are) finds its entry and its operator in a per-document map by
// value; the first of a pair, and any other value, goes pdfkit's way, which registers it. Same content, same
// ExtGState objects in the same order.
import { createRequire } from 'node:module';

type Opacity = number | null | undefined;
interface Entry { dictionary: unknown; name: string; operator: string }
interface Doc {
  _opacityRegistry: Record<string, [unknown, string]>;
  page: { ext_gstates: Record<string, unknown> };
  _opacityFast?: Map<Opacity, Map<Opacity, Entry>>;
  addContent(s: string): Doc;
  _doOpacity(fill: Opacity, stroke: Opacity): Doc | undefined;
}

const req = createRequire(createRequire(import.meta.url).resolve('pdfmake'));
const PDFDocument = req('pdfkit') as { prototype: Doc };

/** A value _doOpacity leaves as it is in its key: null, undefined or a number in 0..1 (not -0 or NaN). */
const plain = (v: unknown): v is Opacity => v == null || (typeof v === 'number' && v >= 0 && v <= 1 && !Object.is(v, -0));

/** The operator _doOpacity writes for a pair this document has met (its ExtGState put on the page, as _doOpacity
 *  does), for pdf-vector.ts to write with a vector's other operators; undefined: a pair to set pdfkit's way. */
export function opacityChunk(doc: Doc, fill: Opacity, stroke: Opacity): string | undefined {
  const e = plain(fill) && plain(stroke) ? doc._opacityFast?.get(fill)?.get(stroke) : undefined;
  if (e === undefined) return undefined;
  doc.page.ext_gstates[e.name] = e.dictionary;
  return e.operator;
}

let original: Doc['_doOpacity'] | undefined;
/** pdfkit's own _doOpacity, once the patch is applied (for tests). */
export const pdfkitOpacity = () => original;

/** Run once, by the PDF backend's setup. */
export function applyOpacityPatch(): void {
  const proto = PDFDocument.prototype;
  const doOpacity = (original = proto._doOpacity);
  const src = `${doOpacity}`.replace(/\s+/g, ' ');
  for (const want of ['if (fillOpacity == null && strokeOpacity == null) { return; }', 'fillOpacity = Math.max(0, Math.min(1, fillOpacity));',
    'strokeOpacity = Math.max(0, Math.min(1, strokeOpacity));', 'const key = `${fillOpacity}_${strokeOpacity}`;',
    'if (this._opacityRegistry[key]) { [dictionary, name] = this._opacityRegistry[key]; }', 'this._opacityRegistry[key] = [dictionary, name];',
    'this.page.ext_gstates[name] = dictionary; return this.addContent(`/${name} gs`);']) {
    if (!src.includes(want)) throw new Error(`pdfkit changed: _doOpacity no longer as pdf-opacity.ts assumes (${want})`);
  }
  proto._doOpacity = function (this: Doc, fill: Opacity, stroke: Opacity) {
    if (fill == null && stroke == null) return undefined;
    if (!plain(fill) || !plain(stroke)) return doOpacity.call(this, fill, stroke);
    const byFill = (this._opacityFast ??= new Map());
    let byStroke = byFill.get(fill);
    if (byStroke === undefined) byFill.set(fill, (byStroke = new Map()));
    const e = byStroke.get(stroke);
    if (e !== undefined) {
      this.page.ext_gstates[e.name] = e.dictionary;
      return this.addContent(e.operator);
    }
    const r = doOpacity.call(this, fill, stroke); // registers the pair
    const [dictionary, name] = this._opacityRegistry[`${fill}_${stroke}`];
    byStroke.set(stroke, { dictionary, name, operator: `/${name} gs` });
    return r;
  };
}
