// A template that cannot be compiled or run (a misspelt data name in strict mode, an unclosed block, a helper's
// error, markup the model does not know): which template, where, and what, in Bahasa Indonesia.
import { MarkupError } from './markup-parse.ts';

export class TemplateError extends Error {
  constructor(readonly templat: string, message: string, readonly line: number, readonly column: number) {
    super(message);
  }
}

/** Handlebars' English messages, in Bahasa Indonesia (a table of patterns). */
const PESAN: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^"(.+)" not defined in .* - (\d+):(\d+)$/, (m) => `data "${m[1]}" tidak ada pada titik ini`],
  [/^Parse error on line (\d+):[\s\S]*Expecting (.+), got (.+)$/, (m) => `sintaks Handlebars salah: diharapkan ${m[2]}, ditemukan ${m[3]}`],
  [/^(.+) doesn't match (.+) - (\d+):(\d+)$/, (m) => `blok {{#${m[1]}}} ditutup dengan {{/${m[2]}}}`],
  [/^Missing helper: "(.+)"$/, (m) => `helper "${m[1]}" tidak dikenal`],
  [/^The partial (.+) could not be found$/, (m) => `templat bagian "${m[1]}" tidak ditemukan`],
];

/** The position Handlebars gives (" - line:col" or "on line N"), else the first line. */
function position(msg: string): { line: number; column: number } {
  const lc = msg.match(/ - (\d+):(\d+)$/);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) + 1 };
  const l = msg.match(/on line (\d+)/);
  return { line: l ? Number(l[1]) : 1, column: 1 };
}

/** The error of running `templat`, kept as it is when an inner template already named itself. */
export function templateError(templat: string, e: unknown): TemplateError {
  if (e instanceof TemplateError) return e;
  const msg = e instanceof Error ? e.message : String(e);
  if (e instanceof MarkupError) return new TemplateError(templat, `markup keluaran templat: ${msg}`, 1, 1);
  const hit = PESAN.map(([re, f]) => [msg.match(re), f] as const).find(([m]) => m);
  const at = position(msg);
  return new TemplateError(templat, hit ? hit[1](hit[0]!) : msg.split('\n')[0], at.line, at.column);
}
