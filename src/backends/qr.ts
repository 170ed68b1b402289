// QR codes of verification marks: pdfmake's own encoder (its `qr` node draws vector squares in the PDF); the DOCX
// gets the same modules rasterised to a PNG, so both formats carry the same symbol.
import { createCanvas } from '@napi-rs/canvas';
import { createRequire } from 'node:module';
import type { QrBlock } from '../render/model.ts';

interface Rect { x: number; y: number; w: number; h: number; color: string }
const enc = createRequire(import.meta.url)('pdfmake/js/qrEnc.js') as { default: { measure(n: object): { _canvas: Rect[]; _width: number } } };

export const QR_ECC = 'M';
export const qrPdf = (b: QrBlock) => ({ qr: b.data, fit: b.size, eccLevel: QR_ECC, margin: [0, 2, 0, 2] });

/** PNG of the code, `skala` pixels per module, with a 2-module white border (pdfmake draws none). */
export function qrPng(b: QrBlock, skala = 8): { png: Uint8Array; sisi: number } {
  const { _canvas: rects, _width: w } = enc.default.measure({ qr: b.data, fit: 1000, eccLevel: QR_ECC });
  const unit = rects[1]?.w ?? 1;
  const n = Math.round(w / unit);
  const sisi = (n + 4) * skala;
  const canvas = createCanvas(sisi, sisi);
  const g = canvas.getContext('2d');
  g.fillStyle = '#FFFFFF';
  g.fillRect(0, 0, sisi, sisi);
  g.fillStyle = '#000000';
  for (const r of rects.slice(1)) g.fillRect((r.x / unit + 2) * skala, (r.y / unit + 2) * skala, skala, skala);
  return { png: new Uint8Array(canvas.toBuffer('image/png')), sisi };
}
