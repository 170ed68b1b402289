// One root cause, reported once: a file that could not be read or parsed (or that its schema rejected as a whole)
// leaves ids, budget years and Renstra periods missing; the reference errors that only follow from that are
// dropped, the file's own later errors too; the causes come first, then the other errors, then the warnings.
import path from 'node:path';
import type { LoadedContent } from '../load/load-content.ts';
import type { Content } from './build-content.ts';
import type { Diagnostic } from './diagnostics.ts';

/** Codes that say a file (or the content directory) could not be taken in at all. */
const ROOT = new Set(['KONTEN_KOSONG', 'NAMA_BERKAS', 'TAUTAN_LUAR', 'BERKAS_TIDAK_TERBACA', 'BERKAS_KOSONG', 'ENKODING', 'FRONT_MATTER_HILANG', 'YAML_SINTAKS']);

/** What a failed file leaves missing, as a key ("orang:*", "anggaran:2025", "renstra:2025-2029", "kinerja:2024"). */
const MISSING_OF_FILE: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^(orang|jabatan|dasar-hukum|indikator)\//, (m) => `${m[1]}:*`],
  [/^anggaran\/(\d{4})\.ya?ml$/, (m) => `anggaran:${m[1]}`],
  [/^renstra\/([^/]+)\.ya?ml$/, (m) => `renstra:${m[1]}`],
  [/^lkip\/(\d{4})\/kinerja\.yaml$/, (m) => `kinerja:${m[1]}`],
];

/** What a reference error says is missing (ID_TIDAK_DIKENAL messages of the checks). */
const MISSING_OF_MESSAGE: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^orang "(.*?)"/, (m) => `orang:${m[1]}`],
  [/^jabatan(?: atasan)? "(.*?)"/, (m) => `jabatan:${m[1]}`],
  [/^dasar hukum "(.*?)"/, (m) => `dasar-hukum:${m[1]}`],
  [/^indikator "(.*?)"/, (m) => `indikator:${m[1]}`],
  [/^tidak ada berkas anggaran tahun (\d+)/, (m) => `anggaran:${m[1]}`],
  [/^renstra (\S+) tidak ada/, (m) => `renstra:${m[1]}`],
  [/^LKIP (\d+) tidak memiliki kinerja\.yaml/, (m) => `kinerja:${m[1]}`],
];

const keysOf = (table: typeof MISSING_OF_FILE, s: string) => table.flatMap(([re, key]) => { const m = re.exec(s); return m ? [key(m)] : []; });

function missing(loaded: LoadedContent, content: Content, rootFiles: Set<string>): Set<string> {
  const rel = (file: string) => path.relative(loaded.root, file).split(path.sep).join('/');
  const failedFiles = [...rootFiles];
  const kept = new Set([...content.anggaran.values(), ...content.renstra.values()].map((x) => x.src));
  for (const l of content.lkip) if (l.kinerja) kept.add(l.kinerja.src);
  const parsed = [...loaded.anggaran, ...loaded.renstra, ...[...loaded.lkip.values()].flatMap((l) => (l.kinerja ? [l.kinerja] : []))];
  failedFiles.push(...parsed.filter((s) => !kept.has(s)).map((s) => s.file));
  const out = new Set(failedFiles.flatMap((f) => keysOf(MISSING_OF_FILE, rel(f))));
  const maps = { orang: content.orang, jabatan: content.jabatan, 'dasar-hukum': content.dasarHukum, indikator: content.indikator };
  for (const [kind, sources] of Object.entries(loaded.registries)) {
    for (const src of sources) {
      if (!Array.isArray(src.data)) { out.add(`${kind}:*`); continue; }
      for (const item of src.data) {
        const id = (item as { id?: unknown } | null)?.id;
        if (typeof id === 'string' && !maps[kind as keyof typeof maps].has(id)) out.add(`${kind}:${id}`);
      }
    }
  }
  return out;
}

export function rootCauses(loaded: LoadedContent, content: Content, diagnostics: Diagnostic[]): Diagnostic[] {
  const rootFiles = new Set(diagnostics.filter((d) => ROOT.has(d.code)).map((d) => d.file));
  const gone = missing(loaded, content, rootFiles);
  const follows = (d: Diagnostic) => (rootFiles.has(d.file) && !ROOT.has(d.code))
    || (d.code === 'ID_TIDAK_DIKENAL' && keysOf(MISSING_OF_MESSAGE, d.message).some((k) => gone.has(k) || gone.has(`${k.split(':')[0]}:*`)));
  const kept = diagnostics.filter((d) => !follows(d));
  const rank = (d: Diagnostic) => (ROOT.has(d.code) ? 0 : d.severity === 'galat' ? 1 : 2);
  return [0, 1, 2].flatMap((r) => kept.filter((d) => rank(d) === r));
}
