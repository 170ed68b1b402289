// pdfkit embeds a subset of each font in each document (fontkit TTFSubset.encode). For every glyph of every subset
// fontkit's _addGlyph decodes the whole glyph outline only to learn whether it is a compound glyph, and reads its
// metrics again. Our fonts are parsed once per process (pdf-font-cache.ts), so what _addGlyph reads of a glyph (its
// bytes, the components of a compound glyph with their positions, advance and left bearing) is kept per font and
// glyph. The subset is built as fontkit builds it: same order, compound glyphs' components included and renumbered
// in a copy of the bytes as before. Variable fonts (outlines re-encoded) go the original way.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { TINOS } from './fonts.ts';

interface Font {
  loca: { offsets: number[] }; _variationProcessor?: unknown;
  getGlyph(gid: number): { advanceWidth: number; _decode(): { numberOfContours: number; components?: { glyphID: number; pos: number }[] } | null; _getMetrics(): { leftBearing: number } };
  _getTableStream(tag: string): { pos: number; readBuffer(n: number): Uint8Array };
  createSubset(): Subset;
}
interface Subset {
  font: Font; glyf: Uint8Array[]; loca: { offsets: number[] }; hmtx: { metrics: { advance: number; bearing: number }[] }; offset: number;
  includeGlyph(gid: number): number; _addGlyph(gid: number): number;
}
interface Entry { bytes: Uint8Array; components?: [number, number][]; advance: number; bearing: number }

const req = createRequire(createRequire(import.meta.url).resolve('pdfkit'));
const glyphsOf = new WeakMap<Font, Map<number, Entry>>();

/** What fontkit's _addGlyph reads of glyph `gid`, read as it reads it. */
function entry(font: Font, gid: number): Entry {
  let perFont = glyphsOf.get(font);
  if (!perFont) glyphsOf.set(font, (perFont = new Map()));
  let e = perFont.get(gid);
  if (!e) {
    const glyph = font.getGlyph(gid);
    const glyf = glyph._decode();
    const stream = font._getTableStream('glyf');
    stream.pos += font.loca.offsets[gid];
    const bytes = stream.readBuffer(font.loca.offsets[gid + 1] - font.loca.offsets[gid]);
    const components = glyf && glyf.numberOfContours < 0 ? glyf.components!.map((c): [number, number] => [c.glyphID, c.pos]) : undefined;
    perFont.set(gid, (e = { bytes, components, advance: glyph.advanceWidth, bearing: glyph._getMetrics().leftBearing }));
  }
  return e;
}

let originalAddGlyph: Subset['_addGlyph'] | undefined;
/** fontkit's own _addGlyph, once the patch is applied (for tests). */
export const fontkitAddGlyph = () => originalAddGlyph;

/** Run once, by the PDF backend's setup. */
export function applyFontSubsetPatch(): void {
  const fontkit = req('fontkit') as { create(buf: Uint8Array): Font };
  const proto = Object.getPrototypeOf(fontkit.create(fs.readFileSync(TINOS.normal)).createSubset()) as Subset;
  const original = (originalAddGlyph = proto._addGlyph);
  const src = original.toString();
  if (!/glyph\._decode\(\)/.test(src) || !/view\.setUint16\(component\.pos, gid\)/.test(src) || !/this\.font\._variationProcessor/.test(src)
    || !/bearing: glyph\._getMetrics\(\)\.leftBearing/.test(src) || !/this\.offset \+= buffer\.length/.test(src)) {
    throw new Error('fontkit changed: TTFSubset._addGlyph no longer as pdf-font-subset.ts assumes');
  }
  proto._addGlyph = function (this: Subset, gid: number) {
    if (this.font._variationProcessor) return original.call(this, gid);
    const e = entry(this.font, gid);
    let buffer = e.bytes; // read only by the subset's encoder
    if (e.components) {
      buffer = new Uint8Array(buffer);
      const view = new DataView(buffer.buffer);
      for (const [id, pos] of e.components) view.setUint16(pos, this.includeGlyph(id));
    }
    this.glyf.push(buffer);
    this.loca.offsets.push(this.offset);
    this.hmtx.metrics.push({ advance: e.advance, bearing: e.bearing });
    this.offset += buffer.length;
    return this.glyf.length - 1;
  };
}
