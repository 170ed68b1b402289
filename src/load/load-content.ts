// Stage 1: read the content directory and parse every file (YAML with positions, Markdown sections). Which file
// feeds which part of the content is a table of routes; a file no route takes is a warning, not silence.
import path from 'node:path';
import { JENIS } from '../jenis/index.ts';
import { akarPemda, bersamaPemda } from '../pemda/akar.ts';
import { bacaBersama } from '../pemda/bersama.ts';
import { diag, type Diagnostic } from '../validate/diagnostics.ts';
import { bacaLogo, pathLogo, type Logo } from './logo.ts';
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
  /** files of the folders a kind claims (its `sumber`), by folder */
  modul: Map<string, YamlSource[]>;
  /** the letterhead's logo named in instansi.yaml (./logo.ts) */
  logo?: Logo;
}

interface File { parts: string[]; shown: string; text: string; errors: Diagnostic[] }
const REGISTRIES: RegistryKind[] = ['orang', 'jabatan', 'dasar-hukum', 'indikator'];
const yaml = (f: File) => parseYaml(f.shown, f.text, f.errors);
const md = (f: File, subsections = false) => parseMarkdownFile(f.shown, f.text, f.errors, subsections);
const isYaml = (name: string) => /\.ya?ml$/.test(name);
const isMd = (name: string) => name.endsWith('.md');
const LKIP_FILES: Record<string, (l: LkipFiles, f: File) => void> = {
  'lkip.md': (l, f) => { l.lkip = md(f); }, 'program.md': (l, f) => { l.program = md(f); },
  'sdm.yaml': (l, f) => { l.sdm = yaml(f); }, 'kinerja.yaml': (l, f) => { l.kinerja = yaml(f); },
};
const RENSTRA_FILES: Record<string, (r: RenstraFiles, f: File) => void> = {
  'program.yaml': (r, f) => { r.program = yaml(f); }, 'renstra.md': (r, f) => { r.dokumen = md(f); },
};
const entry = <T>(map: Map<string, T>, key: string): T => { if (!map.has(key)) map.set(key, {} as T); return map.get(key)!; };

/** The folders the kinds claim: <folder>/<tahun>/<nama>.yaml (src/jenis/jenis.ts, SumberYaml). */
const folderModul = () => JENIS.flatMap((k) => (k.sumber ? [k.sumber.folder] : []));
const routeModul = (p: string[]) => folderModul().includes(p[0]) && p.length === 3 && /^\d{4}$/.test(p[1]) && isYaml(p[2]);

/** Routes in order: [which relative paths (split on "/"), what to do with the file]. */
const ROUTES: [(p: string[]) => boolean, (out: LoadedContent, f: File) => void][] = [
  [(p) => p.join('/') === 'instansi.yaml', (out, f) => { out.instansi = yaml(f); }],
  [(p) => (REGISTRIES as string[]).includes(p[0]) && p.length > 1 && isYaml(p.at(-1)!), (out, f) => { out.registries[f.parts[0] as RegistryKind].push(yaml(f)); }],
  [(p) => p[0] === 'anggaran' && p.length === 2 && isYaml(p[1]), (out, f) => { out.anggaran.push(yaml(f)); }],
  [(p) => p[0] === 'renstra' && p.length === 2 && isYaml(p[1]), (out, f) => { out.renstra.push(yaml(f)); }],
  [(p) => p[0] === 'renstra' && p.length === 3 && p[2] in RENSTRA_FILES, (out, f) => RENSTRA_FILES[f.parts[2]](entry(out.renstraDok, f.parts[1]), f)],
  [(p) => p[0] === 'pk' && p.length > 1 && isMd(p.at(-1)!), (out, f) => { out.pk.push(md(f, true)); }],
  [(p) => p[0] === 'lkip' && p.length === 3 && p[2] in LKIP_FILES, (out, f) => LKIP_FILES[f.parts[2]](entry(out.lkip, f.parts[1]), f)],
  [(p) => p[0] === 'iku' && p.length > 1 && isMd(p.at(-1)!), (out, f) => { out.iku.push(md(f)); }],
  [(p) => p[0] === 'pedoman' && p.length > 1 && isMd(p.at(-1)!), (out, f) => { out.pedoman.push(md(f)); }],
  [routeModul, (out, f) => { if (!out.modul.has(f.parts[0])) out.modul.set(f.parts[0], []); out.modul.get(f.parts[0])!.push(yaml(f)); }],
];
const TOPS = new Set(['instansi.yaml', ...REGISTRIES, 'anggaran', 'renstra', 'pk', 'lkip', 'iku', 'pedoman']);
const DOCUMENTATION = /^readme(\.[a-z]+)?$/i;

/** `bersama`: the shared registries of the agency's Pemda (src/pemda/), read first; found from `root` when omitted. */
export function loadContent(root: string, errors: Diagnostic[], bersama = bersamaPemda(root)): LoadedContent {
  const raw = readContent(root);
  errors.push(...raw.diagnostics);
  const out: LoadedContent = { root, registries: { orang: [], jabatan: [], 'dasar-hukum': [], indikator: [] }, anggaran: [], renstra: [], pk: [], lkip: new Map(), iku: [], renstraDok: new Map(), pedoman: [], modul: new Map() };
  if (bersama) for (const [k, srcs] of Object.entries(bacaBersama(bersama, errors))) out.registries[k as RegistryKind].push(...srcs);
  const shown = (rel: string) => path.join(root, rel).split(path.sep).join('/');
  const unknownTops = new Set<string>();
  const unknown = (rel: string) => {
    const parts = rel.split('/');
    if (DOCUMENTATION.test(parts.at(-1)!)) return;
    if (parts.length > 1 && !TOPS.has(parts[0]) && !folderModul().includes(parts[0])) { unknownTops.add(parts[0]); return; }
    errors.push(diag('BERKAS_TIDAK_DIKENAL', { file: shown(rel), line: 1, column: 1 }, `berkas "${rel}" tidak dibaca oleh jenis dokumen mana pun; diabaikan`));
  };
  let routed = 0;
  for (const f of raw.files) {
    const parts = f.rel.split('/');
    if (DOCUMENTATION.test(parts.at(-1)!)) continue; // README.md anywhere documents the content, is not content
    const route = ROUTES.find(([when]) => when(parts));
    if (!route) { unknown(f.rel); continue; }
    route[1](out, { parts, shown: shown(f.rel), text: f.text, errors });
    routed++;
  }
  out.logo = bacaLogo(root, out.instansi, errors);
  // the logo is read by the letterhead, not an unknown file (nor is the folder holding it)
  raw.others.filter((rel) => rel !== pathLogo(out.instansi)).forEach(unknown);
  for (const top of unknownTops) errors.push(diag('BERKAS_TIDAK_DIKENAL', { file: shown(top), line: 1, column: 1 }, `folder "${top}/" tidak dibaca oleh jenis dokumen mana pun; isinya diabaikan`));
  if (!routed && !raw.diagnostics.some((d) => d.severity === 'galat')) {
    errors.push(diag('KONTEN_KOSONG', { file: shown('.'), line: 1, column: 1 }, akarPemda(root)
      ? 'direktori ini akar Pemda (pemda.yaml): perintah ini bekerja per instansi, --konten <akar>/instansi/<id>'
      : 'direktori konten tidak memuat berkas konten yang dikenal (instansi.yaml, pk/, lkip/, renstra/, …)'));
  }
  return out;
}
