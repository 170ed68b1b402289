// A content .md file: YAML front matter (gray-matter, yaml engine) plus a Markdown body split into sections.
import matter from 'gray-matter';
import { diag, type Diagnostic } from '../validate/diagnostics.ts';
import { parseYaml, type YamlSource } from './yaml-source.ts';

export interface BodySection { level: 2 | 3; key: string; text: string; line: number; textLine: number; parent?: string }
export interface MarkdownSource { yaml: YamlSource; sections: BodySection[]; headings: { text: string; line: number }[] }

const passthrough = { parse: (s: string): object => ({ raw: s }), stringify: () => '' };

/** `subsections`: "###" headings open sections of their own (PK: one per indicator); otherwise they stay in the text. */
export function parseMarkdownFile(file: string, text: string, errors: Diagnostic[], subsections = false): MarkdownSource {
  const src = text.replace(/\r\n/g, '\n');
  if (!src.startsWith('---')) {
    errors.push(diag('FRONT_MATTER_HILANG', { file, line: 1, column: 1 }, 'berkas tidak diawali front matter YAML ("---")'));
  }
  const fm = matter(src, { engines: { yaml: passthrough } });
  // gray-matter keeps the newline after the opening '---', so YAML line n is file line n.
  const yaml = parseYaml(file, fm.matter, errors);
  const bodyStart = src.slice(0, src.length - fm.content.length).split('\n').length;
  const { sections, headings } = splitBody(fm.content, bodyStart, subsections);
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
