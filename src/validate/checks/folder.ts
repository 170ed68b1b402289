// The year a file states must be the year its place says: pk/2025/*.md, lkip/2025/lkip.md, pedoman/2025.md and
// anggaran/2025.yaml hold tahun: 2025 (a table: where the folder year is read, which documents it applies to).
import { locOf, type Content } from '../build-content.ts';
import { diag, type Diagnostic } from '../diagnostics.ts';
import type { YamlSource } from '../../load/yaml-source.ts';

interface Dated { src: YamlSource; path: PropertyKey[]; tahun: number }
const PLACES: [RegExp, string, (c: Content) => Dated[]][] = [
  [/\/pk\/(\d{4})\/[^/]+\.md$/, 'folder', (c) => c.pk.map((d) => ({ ...d, tahun: d.front.tahun }))],
  [/\/lkip\/(\d{4})\/lkip\.md$/, 'folder', (c) => c.lkip.map((d) => ({ ...d, tahun: d.front.tahun }))],
  [/\/pedoman\/(\d{4})\.md$/, 'nama berkas', (c) => c.pedoman.map((d) => ({ ...d, tahun: d.front.tahun }))],
  [/\/anggaran\/(\d{4})\.ya?ml$/, 'nama berkas', (c) => [...c.anggaran.values()].map((d) => ({ ...d, tahun: d.value.tahun }))],
];

export function checkFolder(c: Content): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [where, what, dated] of PLACES) {
    for (const d of dated(c)) {
      const m = where.exec(d.src.file);
      if (m && Number(m[1]) !== d.tahun) out.push(diag('TAHUN_FOLDER', locOf(d, 'tahun'), `tahun: ${d.tahun} berbeda dari tahun ${what} (${m[1]})`));
    }
  }
  return out;
}
