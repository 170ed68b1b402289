// Run a zod schema over parsed YAML and turn every issue into a positioned diagnostic.
import type { z } from 'zod';
import type { YamlSource } from '../load/yaml-source.ts';
import { diag, type Diagnostic } from './diagnostics.ts';

export function checkSchema<T extends z.ZodType>(schema: T, src: YamlSource, value: unknown, basePath: PropertyKey[], out: Diagnostic[]): z.output<T> | undefined {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  for (const issue of r.error.issues) {
    const p = [...basePath, ...issue.path];
    const where = p.length ? `${p.map(String).join('.')}: ` : '';
    out.push(diag('SKEMA', { file: src.file, ...src.locate(p) }, `${where}${issue.message}`));
  }
  return undefined;
}

/** A registry file is a YAML list; each item validated on its own so one bad entry does not hide the rest. */
export function checkList<T extends z.ZodType>(schema: T, src: YamlSource, out: Diagnostic[]): { value: z.output<T>; path: PropertyKey[] }[] {
  if (src.data === undefined) return [];
  if (!Array.isArray(src.data)) {
    out.push(diag('SKEMA', { file: src.file, ...src.locate([]) }, 'registri harus berupa daftar YAML (setiap entri diawali "- ")'));
    return [];
  }
  const items: { value: z.output<T>; path: PropertyKey[] }[] = [];
  src.data.forEach((item, i) => {
    const v = checkSchema(schema, src, item, [i], out);
    if (v !== undefined) items.push({ value: v, path: [i] });
  });
  return items;
}
