// The year a file states must be the year its place says: pk/2025/*.md, lkip/2025/lkip.md, pedoman/2025.md and
// anggaran/2025.yaml hold tahun: 2025; renstra/2025-2029.yaml and iku/2025-2029.md that period (a table: where
// the place's year is read, which documents it applies to, the year they state).
import { locOf, type Content } from '../build-content.ts';
import { diag, type Diagnostic } from '../diagnostics.ts';
import type { YamlSource } from '../../load/yaml-source.ts';

interface Dated { src: YamlSource; path: PropertyKey[]; tahun: string; key: string }
const PLACES: [RegExp, string, (c: Content) => Dated[]][] = [
  [/\/pk\/(\d{4})\/[^/]+\.md$/, 'folder', (c) => c.pk.map((d) => ({ ...d, tahun: String(d.front.tahun), key: 'tahun' }))],
  [/\/lkip\/(\d{4})\/lkip\.md$/, 'folder', (c) => c.lkip.map((d) => ({ ...d, tahun: String(d.front.tahun), key: 'tahun' }))],
  [/\/pedoman\/(\d{4})\.md$/, 'nama berkas', (c) => c.pedoman.map((d) => ({ ...d, tahun: String(d.front.tahun), key: 'tahun' }))],
  [/\/anggaran\/(\d{4})\.ya?ml$/, 'nama berkas', (c) => [...c.anggaran.values()].map((d) => ({ ...d, tahun: String(d.value.tahun), key: 'tahun' }))],
  [/\/renstra\/(\d{4}-\d{4})\.ya?ml$/, 'nama berkas', (c) => [...c.renstra.values()].map((d) => ({ ...d, tahun: `${d.value.periode.awal}-${d.value.periode.akhir}`, key: 'periode' }))],
  [/\/iku\/(\d{4}-\d{4})\.md$/, 'nama berkas', (c) => [...c.iku.values()].map((d) => ({ ...d, tahun: d.front.periode, key: 'periode' }))],
];

export function checkFolder(c: Content): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [where, what, dated] of PLACES) {
    for (const d of dated(c)) {
      const m = where.exec(d.src.file);
      if (m && m[1] !== d.tahun) out.push(diag('TAHUN_FOLDER', locOf(d, d.key), `${d.key}: ${d.tahun} berbeda dari ${d.key} pada ${what} (${m[1]})`));
    }
  }
  return out;
}
