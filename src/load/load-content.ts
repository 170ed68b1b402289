// Stage 1: read the content directory and parse every file (YAML with positions, Markdown sections).
import path from 'node:path';
import type { Diagnostic } from '../validate/diagnostics.ts';
import { parseMarkdownFile, type MarkdownSource } from './markdown-source.ts';
import { readContent } from './read-content.ts';
import { parseYaml, type YamlSource } from './yaml-source.ts';

export type RegistryKind = 'orang' | 'jabatan' | 'dasar-hukum' | 'indikator';
export interface RenstraFiles { program?: YamlSource; dokumen?: MarkdownSource }
export interface LkipFiles { lkip?: MarkdownSource; program?: MarkdownSource; sdm?: YamlSource; kinerja?: YamlSource }
export interface LoadedContent {
  root: string;
  instansi?: YamlSource;
  registries: Record<RegistryKind, YamlSource[]>;
  anggaran: YamlSource[];
  renstra: YamlSource[];
  pk: MarkdownSource[];
  lkip: Map<string, LkipFiles>; // by year folder
  iku: MarkdownSource[];
  renstraDok: Map<string, RenstraFiles>; // by periode folder: program.yaml (Tabel 4.3) and renstra.md
  pedoman: MarkdownSource[];
}

const REGISTRIES: RegistryKind[] = ['orang', 'jabatan', 'dasar-hukum', 'indikator'];

export function loadContent(root: string, errors: Diagnostic[]): LoadedContent {
  const raw = readContent(root);
  const out: LoadedContent = { root, registries: { orang: [], jabatan: [], 'dasar-hukum': [], indikator: [] }, anggaran: [], renstra: [], pk: [], lkip: new Map(), iku: [], renstraDok: new Map(), pedoman: [] };
  for (const f of raw.files) {
    const shown = path.join(root, f.rel).split(path.sep).join('/');
    const top = f.rel.split('/')[0];
    if (f.rel === 'instansi.yaml') out.instansi = parseYaml(shown, f.text, errors);
    else if ((REGISTRIES as string[]).includes(top) && !f.rel.endsWith('.md')) out.registries[top as RegistryKind].push(parseYaml(shown, f.text, errors));
    else if (top === 'anggaran') out.anggaran.push(parseYaml(shown, f.text, errors));
    else if (top === 'renstra' && f.rel.split('/').length === 2 && !f.rel.endsWith('.md')) out.renstra.push(parseYaml(shown, f.text, errors));
    else if (top === 'renstra') addRenstra(out, f.rel, shown, f.text, errors);
    else if (top === 'pk' && f.rel.endsWith('.md')) out.pk.push(parseMarkdownFile(shown, f.text, errors, true));
    else if (top === 'lkip') addLkip(out, f.rel, shown, f.text, errors);
    else if (top === 'iku' && f.rel.endsWith('.md')) out.iku.push(parseMarkdownFile(shown, f.text, errors));
    else if (top === 'pedoman' && f.rel.endsWith('.md')) out.pedoman.push(parseMarkdownFile(shown, f.text, errors));
  }
  return out;
}

const LKIP_FILES: Record<string, keyof LkipFiles> = { 'lkip.md': 'lkip', 'program.md': 'program', 'sdm.yaml': 'sdm', 'kinerja.yaml': 'kinerja' };

function addLkip(out: LoadedContent, rel: string, shown: string, text: string, errors: Diagnostic[]) {
  const [, tahun, name] = rel.split('/');
  const key = LKIP_FILES[name];
  if (!key) return;
  const files = out.lkip.get(tahun) ?? {};
  if (key === 'lkip' || key === 'program') files[key] = parseMarkdownFile(shown, text, errors);
  else files[key] = parseYaml(shown, text, errors);
  out.lkip.set(tahun, files);
}

function addRenstra(out: LoadedContent, rel: string, shown: string, text: string, errors: Diagnostic[]) {
  const [, periode, name] = rel.split('/');
  const files = out.renstraDok.get(periode) ?? {};
  if (name === 'program.yaml') files.program = parseYaml(shown, text, errors);
  else if (name === 'renstra.md') files.dokumen = parseMarkdownFile(shown, text, errors);
  else return;
  out.renstraDok.set(periode, files);
}
