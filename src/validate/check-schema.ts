// Run a zod schema over parsed YAML and turn every issue into a positioned diagnostic.
import type { z } from 'zod';
import type { YamlSource } from '../load/yaml-source.ts';
import { CODES, diag, type Code, type Diagnostic } from './diagnostics.ts';
import { kunciAsing } from './kunci.ts';
import { memoSkema } from './memo-skema.ts';

const jalur = (p: PropertyKey[]) => (p.length ? `${p.map(String).join('.')}: ` : '');

export function checkSchema<T extends z.ZodType>(schema: T, src: YamlSource, value: unknown, basePath: PropertyKey[], out: Diagnostic[]): z.output<T> | undefined {
  const memo = memoSkema(); // a watching process: a value validated before without a diagnostic (./memo-skema.ts)
  const ada = memo?.ambil(schema, src.file, basePath, value);
  if (ada) return ada.data as z.output<T>;
  const n = out.length;
  const r = periksa(schema, src, value, basePath, out);
  if (memo && r !== undefined && out.length === n) memo.simpan(schema, src.file, basePath, value, r);
  return r;
}

function periksa<T extends z.ZodType>(schema: T, src: YamlSource, value: unknown, basePath: PropertyKey[], out: Diagnostic[]): z.output<T> | undefined {
  // unknown keys first: a misspelt required key is one error ("tagret" -> "target"), not a missing "target" as well
  const ganti = new Set<string>();
  for (const k of kunciAsing(schema, value)) {
    const p = [...basePath, ...k.path];
    const saran = k.saran ? `; maksud Anda "${k.saran}"?` : '';
    if (k.saranWajibHilang) {
      ganti.add(JSON.stringify([...k.path, k.saran]));
      out.push(diag('SKEMA', { file: src.file, ...src.locate([...p, k.kunci]) }, `${jalur(p)}kunci "${k.kunci}" tidak dikenal${saran} ("${k.saran}" wajib diisi)`));
    } else out.push(diag('KUNCI_TIDAK_DIKENAL', { file: src.file, ...src.locate([...p, k.kunci]) }, `${jalur(p)}kunci "${k.kunci}" tidak dikenal dan diabaikan${saran}`));
  }
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  for (const issue of r.error.issues) {
    if (ganti.has(JSON.stringify(issue.path))) continue;
    const p = [...basePath, ...issue.path];
    const kode = (issue.code === 'custom' && (issue.params as { kode?: string } | undefined)?.kode) || 'SKEMA';
    out.push(diag((kode in CODES ? kode : 'SKEMA') as Code, { file: src.file, ...src.locate(p) }, `${jalur(p)}${issue.message.replace(/, diterima undefined$/, ' (kunci wajib ini tidak ada)')}`));
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
