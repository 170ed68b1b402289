// QR codes of verification marks: pdfmake's own encoder (its `qr` node draws vector squares in the PDF); the DOCX
// gets the same modules rasterised to a PNG, so both formats carry the same symbol: a 1-bit grey PNG written straight
// from the modules (a canvas and its PNG encoder cost ≈ 6 ms a code, most of it native memory churn).
import { createRequire } from 'node:module';
import type { QrBlock } from '../render/model.ts';
import { pngFile } from './png-tulis.ts';

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
  const baris = 1 + Math.ceil(sisi / 8); // filter byte, then 8 pixels a byte, most significant bit first; 1 = white
  const raw = new Uint8Array(baris * sisi).fill(0xff);
  for (let y = 0; y < sisi; y++) raw[y * baris] = 0;
  for (const r of rects.slice(1)) {
    const x0 = Math.round(r.x / unit + 2) * skala, y0 = Math.round(r.y / unit + 2) * skala;
    for (let y = y0; y < y0 + skala; y++) for (let x = x0; x < x0 + skala; x++) raw[y * baris + 1 + (x >> 3)] &= ~(0x80 >> (x & 7));
  }
  return { png: pngFile(sisi, sisi, 1, 0, raw), sisi };
}
