// A vector drawing laid out by compute code (e.g. the pohon kinerja diagram): rectangles, lines and text at positions
// in pt, text y at the baseline. Drawn as SVG in the PDF (vector, text selectable) and as a PNG in the DOCX
// (src/backends/gambar-png.ts). Every label arrives formatted; this file only serialises.

export type GambarOp =
  | { op: 'rect'; x: number; y: number; w: number; h: number; fill?: string; stroke?: string; width?: number }
  | { op: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string; width: number }
  | { op: 'text'; x: number; y: number; text: string; size: number; anchor?: 'start' | 'middle' | 'end'; bold?: boolean; fill?: string };
export interface GambarSpec { width: number; height: number; ops: GambarOp[] }

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const r2 = (v: number) => Math.round(v * 100) / 100;

function svgOp(o: GambarOp): string {
  switch (o.op) {
    case 'rect': return `<rect x="${r2(o.x)}" y="${r2(o.y)}" width="${r2(o.w)}" height="${r2(o.h)}" fill="${o.fill ?? 'none'}"${o.stroke ? ` stroke="${o.stroke}" stroke-width="${o.width ?? 0.5}"` : ''}/>`;
    case 'line': return `<line x1="${r2(o.x1)}" y1="${r2(o.y1)}" x2="${r2(o.x2)}" y2="${r2(o.y2)}" stroke="${o.stroke}" stroke-width="${o.width}"/>`;
    case 'text': return `<text x="${r2(o.x)}" y="${r2(o.y)}" font-family="Tinos" font-size="${o.size}" text-anchor="${o.anchor ?? 'start'}" fill="${o.fill ?? '#000000'}"${o.bold ? ' font-weight="bold"' : ''}>${esc(o.text)}</text>`;
  }
}

export function gambarSvg(g: GambarSpec): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${r2(g.width)}" height="${r2(g.height)}" viewBox="0 0 ${r2(g.width)} ${r2(g.height)}">${g.ops.map(svgOp).join('')}</svg>`;
}
