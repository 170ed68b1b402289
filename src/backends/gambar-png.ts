// A vector drawing (src/render/gambar.ts) rasterised to PNG for the DOCX (Word and LibreOffice 7 show no vector
// drawing docx can write: an SVG picture needs a bitmap fallback, which LibreOffice shows): 2 px per pt (144 dpi) so
// 6 pt text stays legible when printed, as an indexed-colour PNG (src/backends/png-palet.ts: a page ≈ 45 kB instead
// of ≈ 260 kB as RGB at 3 px/pt); same fonts as the PDF, deterministic bytes.
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import type { GambarSpec } from '../render/gambar.ts';
import { TINOS } from './fonts.ts';
import { pngPalet } from './png-palet.ts';

let fontReady = false;
const SCALE = 2;

export function gambarPng(s: GambarSpec): Uint8Array {
  if (!fontReady) {
    GlobalFonts.registerFromPath(TINOS.normal, 'Tinos');
    GlobalFonts.registerFromPath(TINOS.bold, 'Tinos');
    fontReady = true;
  }
  const canvas = createCanvas(Math.round(s.width * SCALE), Math.round(s.height * SCALE));
  const g = canvas.getContext('2d');
  g.scale(SCALE, SCALE);
  g.fillStyle = '#FFFFFF';
  g.fillRect(0, 0, s.width, s.height);
  for (const o of s.ops) {
    if (o.op === 'rect') {
      if (o.fill) { g.fillStyle = o.fill; g.fillRect(o.x, o.y, o.w, o.h); }
      if (o.stroke) { g.strokeStyle = o.stroke; g.lineWidth = o.width ?? 0.5; g.strokeRect(o.x, o.y, o.w, o.h); }
    } else if (o.op === 'line') { g.strokeStyle = o.stroke; g.lineWidth = o.width; g.beginPath(); g.moveTo(o.x1, o.y1); g.lineTo(o.x2, o.y2); g.stroke(); }
    else {
      g.fillStyle = o.fill ?? '#000000';
      g.font = `${o.bold ? 'bold ' : ''}${o.size}px Tinos`;
      g.textAlign = o.anchor === 'middle' ? 'center' : o.anchor === 'end' ? 'right' : 'left';
      g.fillText(o.text, o.x, o.y);
    }
  }
  const warna = ['#FFFFFF', '#000000', ...s.ops.flatMap((o) => (o.op === 'line' ? [o.stroke] : o.op === 'rect' ? [o.fill, o.stroke] : [o.fill]).filter((c): c is string => !!c))];
  return pngPalet(g.getImageData(0, 0, canvas.width, canvas.height).data, canvas.width, canvas.height, warna.map((c) => c.toUpperCase()));
}
