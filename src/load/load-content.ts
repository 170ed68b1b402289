// Stage 1: read the content directory and parse every file (YAML with positions, Markdown sections).
import path from 'node:path';
import type { Diagnostic } from '../validate/diagnostics.ts';
import { parseMarkdownFile, type MarkdownSource } from './markdown-source.ts';
import { readContent } from './read-content.ts';
import { parseYaml, type YamlSource } from './yaml-source.ts';

export type RegistryKind = 'orang' | 'jabatan' | 'dasar-hukum' | 'indikator';
export interface LoadedContent {
  root: string;
  instansi?: YamlSource;
  registries: Record<RegistryKind, YamlSource[]>;
  anggaran: YamlSource[];
  pk: MarkdownSource[];
}

const REGISTRIES: RegistryKind[] = ['orang', 'jabatan', 'dasar-hukum', 'indikator'];

export function loadContent(root: string, errors: Diagnostic[]): LoadedContent {
  const raw = readContent(root);
  const out: LoadedContent = { root, registries: { orang: [], jabatan: [], 'dasar-hukum': [], indikator: [] }, anggaran: [], pk: [] };
  for (const f of raw.files) {
    const shown = path.join(root, f.rel).split(path.sep).join('/');
    const top = f.rel.split('/')[0];
    if (f.rel === 'instansi.yaml') out.instansi = parseYaml(shown, f.text, errors);
    else if ((REGISTRIES as string[]).includes(top) && !f.rel.endsWith('.md')) out.registries[top as RegistryKind].push(parseYaml(shown, f.text, errors));
    else if (top === 'anggaran') out.anggaran.push(parseYaml(shown, f.text, errors));
    else if (top === 'pk' && f.rel.endsWith('.md')) out.pk.push(parseMarkdownFile(shown, f.text, errors));
  }
  return out;
}
