// A tiny parser for the XHTML-like markup that the Handlebars templates emit.
// Supports elements, double-quoted attributes, self-closing tags, text and entities.

export interface MElement { type: 'el'; name: string; attrs: Record<string, string>; children: MNode[] }
export interface MText { type: 'text'; text: string }
export type MNode = MElement | MText;

export class MarkupError extends Error {
  constructor(message: string, readonly line: number) {
    super(`${message} (baris ${line} keluaran templat)`);
  }
}

const VOID = new Set(['br', 'hr', 'page-break', 'spacer', 'page-number', 'page-count', 'toc', 'chart']);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s; // most text holds no entity
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

const TAG = /<(\/?)([a-z][a-z0-9-]*)((?:\s+[a-z][a-z0-9-]*(?:="[^"]*")?)*)\s*(\/?)>|<!--[\s\S]*?-->/gi;
const ATTR = /([a-z][a-z0-9-]*)(?:="([^"]*)")?/gi;

export function parseMarkup(src: string): MElement {
  const root: MElement = { type: 'el', name: '#root', attrs: {}, children: [] };
  const stack: MElement[] = [root];
  const lineAt = (i: number) => src.slice(0, i).split('\n').length;
  let last = 0;
  for (const m of src.matchAll(TAG)) {
    const top = stack[stack.length - 1];
    if (m.index > last) top.children.push({ type: 'text', text: decodeEntities(src.slice(last, m.index)) });
    last = m.index + m[0].length;
    if (m[0].startsWith('<!--')) continue;
    const [, closing, rawName, rawAttrs, selfClose] = m;
    const name = rawName.toLowerCase();
    if (closing) {
      if (top.name !== name) throw new MarkupError(`tag penutup </${name}> tidak cocok dengan <${top.name}>`, lineAt(m.index));
      stack.pop();
      continue;
    }
    const attrs: Record<string, string> = {};
    if (rawAttrs) for (const a of rawAttrs.matchAll(ATTR)) attrs[a[1].toLowerCase()] = decodeEntities(a[2] ?? '');
    const el: MElement = { type: 'el', name, attrs, children: [] };
    top.children.push(el);
    if (!selfClose && !VOID.has(name)) stack.push(el);
  }
  if (last < src.length) stack[stack.length - 1].children.push({ type: 'text', text: decodeEntities(src.slice(last)) });
  if (stack.length > 1) throw new MarkupError(`tag <${stack[stack.length - 1].name}> tidak ditutup`, lineAt(src.length));
  return root;
}
