// The direction of an indicator (polaritas) where two parts of the content declare it: the indicator catalogue
// (which PK, Rencana Aksi and their evaluation forms compute with) and the budget trees' indicators (LKIP). The
// same indicator with opposite directions gives capaian computed two ways (found in the default content: price
// stability, a coefficient of variation, was higher-is-better in the catalogue and lower-is-better in 2024's tree).
// Names are matched after normalising, allowing two letters of difference ("stabilisasi" / "stabilitas").
import { pohonAnggaran, type Simpul } from '../../compute/anggaran.ts';
import { locOf, type Content } from '../build-content.ts';
import type { YamlSource } from '../../load/yaml-source.ts';
import { diag, type Diagnostic } from '../diagnostics.ts';
import { norm } from './lintas-dokumen.ts';


/** Whether the edit distance of a and b is at most k (a band of width 2k+1 around the diagonal). */
export function dekat(a: string, b: string, k: number): boolean {
  if (Math.abs(a.length - b.length) > k) return false;
  if (a === b) return true;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(k + 1);
    cur[0] = i;
    let min = cur[0];
    for (let j = Math.max(1, i - k); j <= Math.min(b.length, i + k); j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      min = Math.min(min, cur[j]);
    }
    if (min > k) return false;
    prev = cur;
  }
  return prev[b.length] <= k;
}

interface Entri { nama: string; polaritas: string; path: PropertyKey[] }
/** Every indicator of a budget tree (program, kegiatan, sub kegiatan, in file order), its name normalised. */
function indikatorPohon(n: Simpul, out: Entri[]): void {
  n.indikator.forEach((ind, i) => out.push({ nama: norm(ind.nama), polaritas: ind.polaritas, path: [...n.path, 'indikator', i] }));
  n.anak.forEach((a) => indikatorPohon(a, out));
}

export function checkPolaritas(c: Content): Diagnostic[] {
  const pohon: (Entri & { tahun: number; src: YamlSource })[] = [];
  for (const [tahun, a] of [...c.anggaran].sort(([x], [y]) => x - y)) {
    const xs: Entri[] = [];
    for (const p of pohonAnggaran(a.value).program) indikatorPohon(p, xs);
    for (const x of xs) pohon.push({ ...x, tahun, src: a.src });
  }
  const out: Diagnostic[] = [];
  for (const ind of c.indikator.values()) {
    const nama = norm(ind.value.nama);
    const beda = pohon.find((p) => p.polaritas !== ind.value.polaritas && dekat(nama, p.nama, nama.length >= 20 ? 2 : 0));
    if (!beda) continue;
    const di = locOf({ src: beda.src, path: beda.path }, 'polaritas');
    out.push(diag('LINTAS_POLARITAS', locOf(ind, 'nama'), `indikator "${ind.value.nama}": polaritas ${ind.value.polaritas} di katalog indikator, ${beda.polaritas} di anggaran ${beda.tahun} (${di.file}:${di.line}); capaiannya dihitung dengan arah berbeda`));
  }
  return out;
}
