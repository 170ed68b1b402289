// The text of pdf-svg.ts's drawings as svg-to-pdfkit lays it out and writes it: font chosen through pdfmake's font
// callback, the whole text encoded once (this includes its glyphs in the font subset), positions from the encoded
// advances, moved by the text anchor, written as one Tm and TJ (a new Tm after a glyph that does not sit at its
// advance or has no width).
import type { SvgItem } from './pdf-svg-parse.ts';

export type Doc = Record<string, any>;
export type Options = { width?: number; height?: number; assumePt?: boolean; fontCallback: (...a: unknown[]) => unknown };
interface Pos { glyph: string; x: number; y: number; kern: number; width: number; continuous: boolean }

const vn = (n: number) => (n > -1e21 && n < 1e21 ? Math.round(n * 1e6) / 1e6 : 0); // svg-to-pdfkit's validateNumber
const ANCHOR: Record<string, number> = { start: 0, middle: 0.5, end: 1 };

/** A text's glyph positions as svg-to-pdfkit lays them out (one text node, no x/y lists, spacing or rotation). */
export function layoutText(doc: Doc, t: Extract<SvgItem, { tag: 'text' }>, options: Options) {
  const name = options.fontCallback(t.family, t.bold, false, { fauxItalic: false, fauxBold: false });
  try { doc.font(name); } catch (e) { console.warn(`SVGElemText: failed to open font "${name}" in PDFKit: ${(e as Error).message}`); }
  const font = doc._font, size = t.size;
  const text = t.text.replace(/[\s]+/g, ' ').replace(/^[\s]/, '').replace(/[\s]$/, '');
  const [hex, pos] = font.encode(`${text}`) as [string[], Record<string, number>[]];
  const out: Pos[] = [];
  let chunk: Pos[] = [], cx = 0, cy = 0, index = 0;
  const anchoring = () => { // svg-to-pdfkit's doAnchoring
    if (chunk.length) {
      const first = chunk[0], last = chunk[chunk.length - 1];
      const dx = ANCHOR[t.anchor] * (last.x + last.width - first.x) || 0;
      for (const c of chunk) c.x -= dx;
    }
    chunk = [];
  };
  for (let i = 0; i < hex.length; i++) {
    const p = pos[i];
    let continuous = i !== 0;
    if (index === 0) { continuous = false; anchoring(); cx = t.x; anchoring(); cy = t.y; } // one x and one y: at index 0
    const o = { glyph: hex[i], x: cx + p.xOffset * size / 1000, kern: p.advanceWidth - p.xAdvance, y: cy + 0 + p.yOffset * size / 1000, width: p.advanceWidth * size / 1000, continuous };
    chunk.push(o);
    out.push(o);
    index += font.unicode ? font.unicode[parseInt(hex[i], 16)].length : 1;
    cx += p.xAdvance * size / 1000 + 0;
    cy += p.yAdvance * size / 1000;
  }
  anchoring();
  return { font, size, pos: out };
}

/** svg-to-pdfkit's docWriteGlyphs without rotation, scale or skew. */
export function writeGlyphs(doc: Doc, positions: Pos[]) {
  let commands: string[] = [], str = '';
  const flush = () => {
    if (str.length) { commands.push(`<${str}> 0`); str = ''; }
    if (commands.length) { doc.addContent(`[${commands.join(' ')}] TJ`); commands = []; }
  };
  const add = (p: Pos) => {
    str += p.glyph;
    if (p.kern === 0) return;
    commands.push(`<${str}> ${vn(p.kern)}`);
    str = '';
  };
  for (const p of positions) {
    if (Math.abs(p.width - 0) < 1e-10) { flush(); continue; }
    if (p.continuous) { add(p); continue; }
    flush();
    doc.addContent(`${vn(1)} ${vn(0)} ${vn(-0)} ${vn(-1)} ${vn(p.x)} ${vn(p.y)} Tm`);
    add(p);
  }
  flush();
}

