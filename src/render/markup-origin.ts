// Which template wrote the bad markup. The document is rendered again with every partial's output between marker
// characters; each template's own output (its partials' output left out) is parsed alone, and the first one that
// fails, or that holds the element or attribute a model error names, is the template at fault. Its line: the
// source line holding that tag (the one whose literal text matches the failing output line, when several do).
import { MarkupError, parseMarkup } from './markup-parse.ts';
import { TemplateError } from './template-error.ts';

export const OPEN = '\uE000';
export const NAME_END = '\uE001';
export const CLOSE = '\uE002';

interface Part { name: string; own: string; children: Part[] }

function tree(top: string, marked: string): Part {
  const root: Part = { name: top, own: '', children: [] };
  const stack = [root];
  for (let i = 0; i < marked.length; i++) {
    const ch = marked[i];
    if (ch === OPEN) {
      const end = marked.indexOf(NAME_END, i);
      const part: Part = { name: marked.slice(i + 1, end), own: '', children: [] };
      stack.at(-1)!.children.push(part);
      stack.push(part);
      i = end;
    } else if (ch === CLOSE) stack.length > 1 && stack.pop();
    else stack.at(-1)!.own += ch;
  }
  return root;
}

const flat = (p: Part): Part[] => [...p.children.flatMap(flat), p]; // innermost first

function parseError(own: string): MarkupError | undefined {
  try { parseMarkup(own); return undefined; } catch (e) { return e instanceof MarkupError ? e : undefined; }
}

/** The token of a markup message to look for in the template source. */
function token(message: string): { tag: string; closing: boolean } | undefined {
  const m = /<(\/?)([a-z][a-z0-9-]*)>/i.exec(message) ?? /\b((?:toc|caption))="([^"]*)"/.exec(message);
  if (!m) return undefined;
  return m[1] === 'toc' || m[1] === 'caption' ? { tag: `${m[1]}="${m[2]}"`, closing: false } : { tag: m[1] ? `</${m[2]}>` : `<${m[2]}`, closing: !!m[1] };
}

const literals = (line: string) => line.split(/\{\{[^}]*\}\}\}?/).map((s) => s.trim()).filter(Boolean);

function lineOf(source: string, tag: string, outputLine?: string): { line: number; column: number } {
  const lines = source.split('\n');
  const hits = lines.map((l, i) => ({ i, col: l.indexOf(tag) })).filter((h) => h.col >= 0);
  const name = tag.replace(/^<\/?/, '').replace(/>$/, '');
  const unclosed = hits.find((h) => lines[h.i].split(`<${name}`).length > lines[h.i].split(`</${name}>`).length);
  const matching = outputLine !== undefined ? hits.find((h) => literals(lines[h.i]).every((s) => outputLine.includes(s))) : undefined;
  const best = matching ?? (tag.startsWith('<') && !tag.startsWith('</') ? unclosed : undefined) ?? hits[0];
  return best ? { line: best.i + 1, column: best.col + 1 } : { line: 1, column: 1 };
}

export function markupOrigin(templates: Record<string, string>, top: string, marked: string, error: MarkupError): TemplateError {
  const parts = flat(tree(top, marked));
  for (const p of parts) {
    const e = parseError(p.own);
    if (!e) continue;
    const t = token(e.message);
    const outputLine = /tidak cocok/.test(e.message) ? p.own.split('\n')[e.line - 1] : undefined;
    const at = t ? lineOf(templates[p.name] ?? '', t.tag, outputLine) : { line: 1, column: 1 };
    return new TemplateError(p.name, `markup keluaran templat: ${e.message.replace(/ \(baris \d+ keluaran templat\)$/, '')}`, at.line, at.column);
  }
  // a model error may name two elements ("<p> tidak boleh langsung di dalam <table>"): the template writing both
  const all = [...error.message.matchAll(/<([a-z][a-z0-9-]*)>/gi)].map((m) => `<${m[1]}`);
  const t = token(error.message);
  const culprit = t && (parts.find((p) => all.length > 1 && all.every((x) => p.own.includes(x))) ?? parts.find((p) => p.own.includes(t.tag)));
  const at = culprit && t ? lineOf(templates[culprit.name] ?? '', t.tag) : { line: 1, column: 1 };
  return new TemplateError(culprit?.name ?? top, `markup keluaran templat: ${error.message.replace(/ \(baris \d+ keluaran templat\)$/, '')}`, at.line, at.column);
}
