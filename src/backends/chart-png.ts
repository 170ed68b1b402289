// The same chart layout rasterised to PNG for DOCX (Word shows images everywhere; deterministic bytes).
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { layoutChart, type ChartSpec } from '../render/chart.ts';
import { TINOS } from './fonts.ts';

let fontReady = false;
const SCALE = 2;

export function chartPng(c: ChartSpec): Uint8Array {
  if (!fontReady) {
    GlobalFonts.registerFromPath(TINOS.normal, 'Tinos');
    GlobalFonts.registerFromPath(TINOS.bold, 'Tinos');
    fontReady = true;
  }
  const canvas = createCanvas(Math.round(c.width * SCALE), Math.round(c.height * SCALE));
  const g = canvas.getContext('2d');
  g.scale(SCALE, SCALE);
  g.fillStyle = '#FFFFFF';
  g.fillRect(0, 0, c.width, c.height);
  for (const o of layoutChart(c)) {
    if (o.op === 'rect') { g.fillStyle = o.fill; g.fillRect(o.x, o.y, o.w, o.h); }
    else if (o.op === 'line') { g.strokeStyle = o.stroke; g.lineWidth = o.width; g.beginPath(); g.moveTo(o.x1, o.y1); g.lineTo(o.x2, o.y2); g.stroke(); }
    else {
      g.fillStyle = '#000000';
      g.font = `${o.bold ? 'bold ' : ''}${o.size}px Tinos`;
      g.textAlign = o.anchor === 'middle' ? 'center' : o.anchor === 'end' ? 'right' : 'left';
      g.fillText(o.text, o.x, o.y);
    }
  }
  return new Uint8Array(canvas.toBuffer('image/png'));
}
