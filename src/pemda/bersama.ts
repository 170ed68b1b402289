// The shared registries of a Pemda (bersama/orang, jabatan, dasar-hukum, indikator), read into every agency's
// content ahead of its own entries: an agency entry with a shared id is then reported as the duplicate
// (ID_DUPLIKAT, at the agency's file). Other files of bersama/ (rpjmd/) are read once for the Pemda (pemda-yaml.ts).
import path from 'node:path';
import type { RegistryKind } from '../load/load-content.ts';
import { readContent } from '../load/read-content.ts';
import { parseYaml, type YamlSource } from '../load/yaml-source.ts';
import type { Diagnostic } from '../validate/diagnostics.ts';

export const REGISTRI: RegistryKind[] = ['orang', 'jabatan', 'dasar-hukum', 'indikator'];
const isYaml = (n: string) => /\.ya?ml$/.test(n);

export function bacaBersama(dir: string, errors: Diagnostic[]): Record<RegistryKind, YamlSource[]> {
  const out: Record<RegistryKind, YamlSource[]> = { orang: [], jabatan: [], 'dasar-hukum': [], indikator: [] };
  const raw = readContent(dir);
  errors.push(...raw.diagnostics);
  for (const f of raw.files) {
    const parts = f.rel.split('/');
    if (!(REGISTRI as string[]).includes(parts[0]) || parts.length < 2 || !isYaml(parts.at(-1)!)) continue;
    out[parts[0] as RegistryKind].push(parseYaml(path.join(dir, f.rel).split(path.sep).join('/'), f.text, errors));
  }
  return out;
}
