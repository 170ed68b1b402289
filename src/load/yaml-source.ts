// YAML parsing with the failsafe schema (every scalar a string) and line positions for diagnostics.
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { diag, type Diagnostic } from '../validate/diagnostics.ts';

export interface YamlSource {
  file: string; // path shown to the user
  data: unknown; // plain JS: objects, arrays, strings
  locate(path: readonly PropertyKey[]): { line: number; column: number };
}

/** `text` holds the YAML with its lines aligned to the file's lines (leading blank lines allowed). */
export function parseYaml(file: string, text: string, errors: Diagnostic[]): YamlSource {
  const lc = new LineCounter();
  const doc: Document = parseDocument(text, { schema: 'failsafe', lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  for (const e of doc.errors) {
    const pos = lc.linePos(e.pos[0]);
    const msg = e.message.split('\n')[0];
    errors.push(diag('YAML_SINTAKS', { file, line: pos.line, column: pos.col }, `YAML tidak valid: ${msg}`));
  }
  const locate = (path: readonly PropertyKey[]) => {
    for (let p = [...path]; ; p = p.slice(0, -1)) {
      const n = p.length ? doc.getIn(p, true) : doc.contents;
      if (isNode(n) && n.range) {
        const pos = lc.linePos(n.range[0]);
        return { line: pos.line, column: pos.col };
      }
      if (!p.length) return { line: 1, column: 1 };
    }
  };
  return { file, data: doc.errors.length ? undefined : doc.toJS(), locate };
}
