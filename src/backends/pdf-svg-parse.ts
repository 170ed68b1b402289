// The SVG our drawings and charts write (src/render/gambar.ts, chart.ts): an <svg> with width, height and viewBox, then
// rect, line and text elements with a fixed attribute order, numbers, #rrggbb colours. Read by pattern into plain
// values for pdf-svg.ts; anything else (another element, attribute, colour, entity, empty text) gives undefined and
// goes svg-to-pdfkit's way.

export type Rgb = [number, number, number];
export type SvgItem =
  | { tag: 'rect'; x: number; y: number; w: number; h: number; fill?: Rgb; stroke?: Rgb; width?: number }
  | { tag: 'line'; x1: number; y1: number; x2: number; y2: number; stroke?: Rgb; width: number }
  | { tag: 'text'; x: number; y: number; family: string; size: number; anchor: string; fill?: Rgb; bold: boolean; text: string };
export interface ParsedSvg { width: number; height: number; viewBox: number[]; items: SvgItem[] }

const N = '(-?\\d+(?:\\.\\d+)?)';
const C = '(none|#[0-9a-fA-F]{6})';
const HEAD = new RegExp(`^<svg xmlns="http://www\\.w3\\.org/2000/svg" width="${N}" height="${N}" viewBox="${N} ${N} ${N} ${N}">`);
const ITEM = new RegExp([
  `<rect x="${N}" y="${N}" width="${N}" height="${N}" fill="${C}"(?: stroke="${C}" stroke-width="${N}")?/>`,
  `<line x1="${N}" y1="${N}" x2="${N}" y2="${N}" stroke="${C}" stroke-width="${N}"/>`,
  `<text x="${N}" y="${N}" font-family="([A-Za-z][A-Za-z0-9 ]*)" font-size="${N}" text-anchor="(start|middle|end)"(?: fill="${C}")?( font-weight="bold")?>([^<]+)</text>`,
].join('|'), 'y');
const END = '</svg>';
const ENTITIES: Record<string, number> = { quot: 34, amp: 38, lt: 60, gt: 62, apos: 39 };

/** svg-to-pdfkit's parseColor of '#rrggbb' (a fresh array, as its opacityToColor copies); 'none' as undefined. */
const color = (s: string | undefined): Rgb | undefined =>
  s === undefined || s === 'none' ? undefined : [parseInt(s.slice(1, 3), 16), parseInt(s.slice(3, 5), 16), parseInt(s.slice(5, 7), 16)];

/** svg-to-pdfkit's decodeEntities; undefined for a named entity outside the five XML ones. */
function decode(s: string): string | undefined {
  let ok = true;
  const out = s.replace(/&(?:#([0-9]+)|#[xX]([0-9A-Fa-f]+)|([0-9A-Za-z]+));/g, (mt, m0, m1, m2) => {
    if (m0) return String.fromCharCode(parseInt(m0, 10));
    if (m1) return String.fromCharCode(parseInt(m1, 16));
    if (ENTITIES[m2]) return String.fromCharCode(ENTITIES[m2]);
    ok = false;
    return mt;
  });
  return ok ? out : undefined;
}

const cache = { svg: '', parsed: undefined as ParsedSvg | undefined };
/** The drawing in `svg`, or undefined when it is not in the form above (the last answer is kept: pdfmake measures
 *  and draws the same string). */
export function parseSvg(svg: string): ParsedSvg | undefined {
  if (svg === cache.svg) return cache.parsed;
  cache.svg = svg;
  return (cache.parsed = read(svg));
}

function read(svg: string): ParsedSvg | undefined {
  const head = HEAD.exec(svg);
  if (!head || !svg.endsWith(END)) return undefined;
  const [w, h, ...vb] = head.slice(1).map(Number);
  if (!(vb[2] >= 0 && vb[3] >= 0)) return undefined; // svg-to-pdfkit would take [0, 0, width, height]
  const items: SvgItem[] = [];
  const end = svg.length - END.length;
  ITEM.lastIndex = head[0].length;
  while (ITEM.lastIndex < end) {
    const m = ITEM.exec(svg);
    if (!m) return undefined;
    const n = (i: number) => Number(m[i]);
    if (m[1] !== undefined) items.push({ tag: 'rect', x: n(1), y: n(2), w: n(3), h: n(4), fill: color(m[5]), stroke: color(m[6]), width: m[7] === undefined ? undefined : n(7) });
    else if (m[8] !== undefined) items.push({ tag: 'line', x1: n(8), y1: n(9), x2: n(10), y2: n(11), stroke: color(m[12]), width: n(13) });
    else {
      const text = decode(m[21]);
      if (text === undefined || !text.trim()) return undefined;
      items.push({ tag: 'text', x: n(14), y: n(15), family: m[16], size: n(17), anchor: m[18], fill: m[19] === undefined ? [0, 0, 0] : color(m[19]), bold: !!m[20], text });
    }
  }
  return ITEM.lastIndex === end ? { width: w, height: h, viewBox: vb, items } : undefined;
}
