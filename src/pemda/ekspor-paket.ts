// `sakip ekspor` and `sakip paket` on a Pemda root: the single-agency command on every picked agency
// (per-instansi.ts). Workbooks go beside the agency's PDFs (<keluaran>/<id>/<jenis>/<tahun>/…); the E-SAKIP
// bundles of all agencies go to one folder, named by agency (<keluaran>/paket/esakip-<id>-<tahun>.zip), as a
// Bappeda collects them. Each agency's files are written all or nothing; an agency with errors writes none.
import path from 'node:path';
import type { OpsiEkspor } from '../excel/ekspor.ts';
import { paket, type BarisManifest, type OpsiPaket } from '../paket/paket.ts';
import type { Diagnostic } from '../validate/diagnostics.ts';
import { writeOutputs, type Output } from '../write/write-atomic.ts';
import { perInstansi, type HasilSatu } from './per-instansi.ts';

type Hasil = { diagnostics: Diagnostic[]; outputs: Output[] };
export interface HasilPerintahPemda { diagnostics: Diagnostic[]; outputs: Output[]; instansi: HasilSatu<unknown>[] }

const gabung = (r: { diagnostics: Diagnostic[]; instansi: HasilSatu<Hasil>[] }): HasilPerintahPemda =>
  ({ diagnostics: r.diagnostics, outputs: r.instansi.flatMap((i) => i.hasil?.outputs ?? []), instansi: r.instansi });

/** `ekspor` is passed in: the workbook modules load only when the command runs (src/excel/perintah.ts). */
export async function eksporPemda(o: OpsiEkspor, ids: string[], ekspor: (o: OpsiEkspor) => Promise<Hasil>): Promise<HasilPerintahPemda> {
  return gabung(await perInstansi(o.konten, ids, (id, konten) => ekspor({ ...o, konten, keluaran: path.join(o.keluaran, id) })));
}

export const namaPaketInstansi = (id: string, tahun: number, triwulan?: number) => `esakip-${id}-${tahun}${triwulan ? `-tw${triwulan}` : ''}.zip`;

export async function paketPemda(o: OpsiPaket & { keluaran: string }, ids: string[]): Promise<HasilPerintahPemda & { manifest: Map<string, BarisManifest[]> }> {
  const manifest = new Map<string, BarisManifest[]>();
  const r = await perInstansi(o.konten, ids, async (id, konten): Promise<Hasil> => {
    const p = await paket({ ...o, konten });
    if (!p.zip) return { diagnostics: p.diagnostics, outputs: [] };
    const out = { path: path.join(o.keluaran, 'paket', namaPaketInstansi(id, o.tahun, o.triwulan)), bytes: p.zip };
    await writeOutputs(o.keluaran, [out]);
    manifest.set(out.path, p.manifest);
    return { diagnostics: p.diagnostics, outputs: [out] };
  });
  return { ...gabung(r), manifest };
}
