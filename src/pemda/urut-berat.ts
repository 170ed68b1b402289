// The order a worker pool starts a Pemda's agencies: heaviest first (longest processing time first), so that the
// agencies finishing last are light ones and no worker idles long while another still builds a large agency.
// Weight: the bytes of the agency's content folder, a proxy for its build time (an agency of 40 documents has
// ~6× the bytes of one of 11 and takes ~4-5× the CPU). Ties keep the Pemda's order; results are reported in it.
import fs from 'node:fs';
import path from 'node:path';

/** Bytes of the files under `dir` (folders starting with "." skipped: a cache inside the content folder). */
export function beratFolder(dir: string): number {
  let n = 0;
  let isi: fs.Dirent[];
  try { isi = fs.readdirSync(dir, { withFileTypes: true }); } catch { return 0; }
  for (const e of isi) {
    if (e.name.startsWith('.')) continue;
    const f = path.join(dir, e.name);
    if (e.isDirectory()) n += beratFolder(f);
    else if (e.isFile()) n += fs.statSync(f, { throwIfNoEntry: false })?.size ?? 0;
  }
  return n;
}

/** `ids` heaviest first; `dir(id)`: the agency's content folder. */
export function urutBerat(ids: string[], dir: (id: string) => string): string[] {
  const berat = new Map(ids.map((id) => [id, beratFolder(dir(id))]));
  return ids.map((id, i) => ({ id, i })).sort((a, b) => berat.get(b.id)! - berat.get(a.id)! || a.i - b.i).map((x) => x.id);
}
