// A template that cannot be compiled or run (a misspelt data name in strict mode, an unclosed block, a helper's
// error, markup the model does not know): which template, where, and what, in Bahasa Indonesia.
import { MarkupError } from './markup-parse.ts';

export class TemplateError extends Error {
  constructor(readonly templat: string, message: string, readonly line: number, readonly column: number) {
    super(message);
  }
}

/** Handlebars' grammar tokens as the template author writes them. */
const TOKEN: Record<string, string> = {
  COMMENT: 'komentar {{!-- --}}', CONTENT: 'teks', OPEN_RAW_BLOCK: '{{{{', CLOSE_RAW_BLOCK: '}}}}', END_RAW_BLOCK: '{{{{/',
  OPEN_BLOCK: '{{#', OPEN_INVERSE: '{{^', OPEN_INVERSE_CHAIN: '{{else …}}', INVERSE: '{{else}}', OPEN_ENDBLOCK: '{{/',
  OPEN: '{{', OPEN_UNESCAPED: '{{{', OPEN_PARTIAL: '{{>', OPEN_PARTIAL_BLOCK: '{{#>', CLOSE: '}}', CLOSE_UNESCAPED: '}}}',
  OPEN_SEXPR: '(', CLOSE_SEXPR: ')', ID: 'nama data', STRING: 'teks berpetik', NUMBER: 'angka', BOOLEAN: 'true/false',
  UNDEFINED: 'nilai kosong', NULL: 'null', DATA: '@nama', SEP: '"." atau "/"', EQUALS: '"="', OPEN_BLOCK_PARAMS: '"as |"',
  CLOSE_BLOCK_PARAMS: '"|"', EOF: 'akhir templat', INVALID: 'karakter yang tidak sah',
};
const token = (t: string) => TOKEN[t.replace(/'/g, '')] ?? 'tanda lain';
const tokens = (list: string) => [...new Set(list.split(/,\s*/).map(token))].join(', ');

/** Handlebars' English messages, in Bahasa Indonesia (a table of patterns). */
const PESAN: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^"(.+)" not defined in .* - (\d+):(\d+)$/, (m) => `data "${m[1]}" tidak ada pada titik ini`],
  [/^Parse error on line (\d+):[\s\S]*Expecting (.+), got (.+)$/, (m) => `sintaks Handlebars salah: diharapkan ${tokens(m[2])}; ditemukan ${token(m[3])}`],
  [/^Lexical error on line (\d+)/, () => 'sintaks Handlebars salah: karakter yang tidak dikenal'],
  [/^(.+) doesn't match (.+) - (\d+):(\d+)$/, (m) => `blok {{#${m[1]}}} ditutup dengan {{/${m[2]}}}`],
  [/^Missing helper: "(.+)"$/, (m) => `helper "${m[1]}" tidak dikenal`],
  [/^The partial (.+) could not be found$/, (m) => `templat bagian "${m[1]}" tidak ditemukan`],
  [/^Must pass iterator to #each$/, () => '{{#each}} memerlukan data yang diulang, mis. {{#each indikator}}'],
  [/^#(\w+) requires exactly one argument$/, (m) => `{{#${m[1]}}} memerlukan tepat satu argumen`],
  [/^Maximum call stack size exceeded$/, () => 'rekursi templat terlalu dalam (templat bagian memanggil dirinya sendiri?)'],
  [/^Cannot read properties of (?:undefined|null) \(reading '(.+)'\)$/, (m) => `"${m[1]}" dibaca dari data yang kosong`],
  [/^/, () => 'templat gagal dijalankan (galat tak terduga di dalam templat)'],
];

/** The position Handlebars gives (parser record, " - line:col" or "on line N"), else the first line. */
function position(e: unknown, msg: string): { line: number; column: number } {
  const loc = (e as { hash?: { loc?: { first_line: number; first_column: number } } }).hash?.loc;
  if (loc) return { line: loc.first_line, column: loc.first_column + 1 };
  const lc = msg.match(/ - (\d+):(\d+)$/);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) + 1 };
  const l = msg.match(/on line (\d+)/);
  return { line: l ? Number(l[1]) : 1, column: 1 };
}

/** Where a template includes `partial` ("{{> name}}"), for a partial that is not there. */
function includeOf(source: string | undefined, partial: string): { line: number; column: number } | undefined {
  const lines = (source ?? '').split('\n');
  const i = lines.findIndex((l) => l.includes(`{{> ${partial}`) || l.includes(`{{>${partial}`) || l.includes(`{{#> ${partial}`));
  return i < 0 ? undefined : { line: i + 1, column: lines[i].indexOf('{{') + 1 };
}

/** The error of running `templat` (its source helps to place an error), kept as it is when an inner template
 *  already named itself. */
export function templateError(templat: string, e: unknown, source?: string): TemplateError {
  if (e instanceof TemplateError) return e;
  const msg = e instanceof Error ? e.message : String(e);
  if (e instanceof MarkupError) return new TemplateError(templat, `markup keluaran templat: ${msg}`, 1, 1);
  const [m, f] = PESAN.map(([re, fn]) => [msg.match(re), fn] as const).find(([hit]) => hit)!;
  const missing = /^The partial (.+) could not be found$/.exec(msg);
  const at = (missing && includeOf(source, missing[1])) || position(e, msg);
  return new TemplateError(templat, f(m!), at.line, at.column);
}
