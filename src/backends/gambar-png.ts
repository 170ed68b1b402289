// A vector drawing (src/render/gambar.ts) rasterised to PNG for the DOCX (Word and LibreOffice 7 show no vector
// drawing docx can write: an SVG picture needs a bitmap fallback, which LibreOffice shows): 2 px per pt (144 dpi) so
// 6 pt text stays legible when printed, as an indexed-colour PNG (src/backends/png-palet.ts: a page ≈ 45 kB instead
// of ≈ 260 kB as RGB at 3 px/pt); same fonts as the PDF, deterministic bytes. The canvas's own pixels are read
// (`data()`, straight RGBA: the white ground makes every pixel opaque), not a getImageData copy.
import type { GambarSpec } from '../render/gambar.ts';
import { lukis } from './kanvas.ts';
import { pngPalet } from './png-palet.ts';

const SCALE = 2;

export function gambarPng(s: GambarSpec): Uint8Array {
  const canvas = lukis(s.width, s.height, s.ops, SCALE);
  const warna = ['#FFFFFF', '#000000', ...s.ops.flatMap((o) => (o.op === 'line' ? [o.stroke] : o.op === 'rect' ? [o.fill, o.stroke] : [o.fill]).filter((c): c is string => !!c))];
  return pngPalet(canvas.data(), canvas.width, canvas.height, warna.map((c) => c.toUpperCase()));
}
