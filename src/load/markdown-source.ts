// A content .md file: YAML front matter between two "---" lines plus a Markdown body split into sections. The
// text arrives decoded (no BOM, LF line ends); any text is accepted without throwing.
import { diag, type Diagnostic } from '../validate/diagnostics.ts';
import { parseYaml, type YamlSource } from './yaml-source.ts';

export interface BodySection { level: 2 | 3; key: string; text: string; line: number; textLine: number; parent?: string }
export interface MarkdownSource { yaml: YamlSource; sections: BodySection[]; headings: { text: string; line: number }[] }

const FENCE = /^---[ \t]*$/;

/** Front matter lines (aligned to the file's lines: YAML line n is file line n) and the body with its first line. */
function splitFrontMatter(file: string, src: string, errors: Diagnostic[]): { matter: string; body: string; bodyStart: number; missing?: boolean } {
  const lines = src.split('\n');
  if (!FENCE.test(lines[0])) {
    errors.push(diag('FRONT_MATTER_HILANG', { file, line: 1, column: 1 }, 'berkas tidak diawali front matter YAML ("---")'));
    return { matter: '', body: src, bodyStart: 1, missing: true };
  }
  const close = lines.findIndex((l, i) => i > 0 && FENCE.test(l));
  if (close < 0) {
    errors.push(diag('FRONT_MATTER_HILANG', { file, line: 1, column: 1 }, 'front matter YAML tidak ditutup dengan baris "---"'));
    return { matter: '', body: '', bodyStart: lines.length + 1, missing: true };
  }
  return { matter: `\n${lines.slice(1, close).join('\n')}`, body: lines.slice(close + 1).join('\n'), bodyStart: close + 2 };
}

/** `subsections`: "###" headings open sections of their own (PK: one per indicator); otherwise they stay in the text. */
export function parseMarkdownFile(file: string, text: string, errors: Diagnostic[], subsections = false): MarkdownSource {
  const { matter, body, bodyStart, missing } = splitFrontMatter(file, text.replace(/\r\n?/g, '\n'), errors);
  const parsed = parseYaml(file, matter, errors);
  const yaml = missing ? { ...parsed, data: undefined } : parsed; // no front matter: no data, not an empty one
  const { sections, headings } = splitBody(body, bodyStart, subsections);
  return { yaml, sections, headings };
}

/** Split on "## key" and "### key" headings; HTML comments are dropped; other headings are reported to checks. */
function splitBody(body: string, firstLine: number, subsections: boolean) {
  const sections: BodySection[] = [];
  const headings: { text: string; line: number }[] = [];
  const lines = body.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, '')).split('\n');
  let current: BodySection | undefined;
  let parent: string | undefined;
  lines.forEach((l, i) => {
    const line = firstLine + i;
    const h = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(l);
    if (h) headings.push({ text: h[2], line });
    if (h && (h[1].length === 2 || (subsections && h[1].length === 3))) {
      const level = h[1].length as 2 | 3;
      if (level === 2) parent = h[2];
      current = { level, key: h[2], text: '', line, textLine: line, parent: level === 3 ? parent : undefined };
      sections.push(current);
      return;
    }
    if (!current) return;
    if (!current.text.trim() && l.trim()) { current.textLine = line; current.text = ''; }
    current.text += `${l}\n`;
  });
  for (const s of sections) s.text = s.text.trim();
  return { sections, headings };
}
