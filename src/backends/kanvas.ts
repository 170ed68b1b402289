// Drawing operations (src/render/gambar.ts; a chart's layout, src/render/chart.ts, is a subset of them) painted on a
// white canvas with the PDF's font, for the DOCX pictures: one painter for charts and diagrams.
import { createRequire } from 'node:module';
import type { Canvas } from '@napi-rs/canvas';
import type { GambarOp } from '../render/gambar.ts';
import { TINOS } from './fonts.ts';

// loaded on the first picture (a native library, ~0,15 s CPU): a DOCX without charts or diagrams, as a PK, skips it
type Modul = typeof import('@napi-rs/canvas');
let modul: Modul | undefined;
const canvasLib = () => (modul ??= createRequire(import.meta.url)('@napi-rs/canvas') as Modul);

let fontReady = false;

/** Canvases by pixel size, reused: a canvas's bitmap (≈ 5 MB for a landscape page at 2 px/pt) lives in native memory
 *  that V8 does not see, so one new canvas per picture piled up ≈ 260 MB before a GC freed them. A few sizes kept. */
const kanvas = new Map<string, Canvas>();
const KANVAS_MAKS = 4;

function kanvasUkuran(w: number, h: number): Canvas {
  const key = `${w}x${h}`;
  let c = kanvas.get(key);
  if (c) kanvas.delete(key); // re-inserted last: the map is in order of use
  else {
    c = canvasLib().createCanvas(w, h);
    if (kanvas.size >= KANVAS_MAKS) kanvas.delete(kanvas.keys().next().value!);
  }
  kanvas.set(key, c);
  return c;
}

/** Paints `ops` (positions in pt) at `scale` px per pt on a white canvas. The canvas is shared: encode it (or copy its
 *  pixels) before the next call. */
export function lukis(width: number, height: number, ops: readonly GambarOp[], scale: number): Canvas {
  if (!fontReady) {
    const { GlobalFonts } = canvasLib();
    GlobalFonts.registerFromPath(TINOS.normal, 'Tinos');
    GlobalFonts.registerFromPath(TINOS.bold, 'Tinos');
    fontReady = true;
  }
  const canvas = kanvasUkuran(Math.round(width * scale), Math.round(height * scale));
  const g = canvas.getContext('2d');
  g.save(); // the state a new canvas has, back after painting
  g.scale(scale, scale);
  g.fillStyle = '#FFFFFF';
  g.fillRect(0, 0, width, height);
  let lastFont: string | undefined; // the canvas's font after g.save(): as on a new canvas
  for (const o of ops) {
    if (o.op === 'rect') {
      if (o.fill) { g.fillStyle = o.fill; g.fillRect(o.x, o.y, o.w, o.h); }
      if (o.stroke) { g.strokeStyle = o.stroke; g.lineWidth = o.width ?? 0.5; g.strokeRect(o.x, o.y, o.w, o.h); }
    } else if (o.op === 'line') { g.strokeStyle = o.stroke; g.lineWidth = o.width; g.beginPath(); g.moveTo(o.x1, o.y1); g.lineTo(o.x2, o.y2); g.stroke(); }
    else {
      g.fillStyle = o.fill ?? '#000000';
      // set only when it changes: the canvas parses a font string on every set (~0,1 s CPU on the 40 default DOCX)
      const font = `${o.bold ? 'bold ' : ''}${o.size}px Tinos`;
      if (font !== lastFont) { g.font = font; lastFont = font; }
      g.textAlign = o.anchor === 'middle' ? 'center' : o.anchor === 'end' ? 'right' : 'left';
      g.fillText(o.text, o.x, o.y);
    }
  }
  g.restore();
  return canvas;
}
