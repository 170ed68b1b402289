// `sakip pratinjau` on a Pemda root: the watchers of `pantau` (one per picked agency, the cross-agency checks
// before each build) behind one server: the index at "/", each agency's page, status, events and files under
// "/instansi/<id>/" (the single-agency page, so a link to an agency's document can be shared).
import path from 'node:path';
import type { Pantauan } from '../cli/pantau.ts';
import { reportRebuild } from '../cli/report.ts';
import { pantauPemda } from '../pemda/pantau.ts';
import type { Options } from '../pipeline.ts';
import { HALAMAN } from './halaman.ts';
import { HALAMAN_PEMDA } from './halaman-pemda.ts';
import { KeadaanPemda } from './keadaan-pemda.ts';
import { formatPratinjau, pesanGagal, progresPratinjau, type Cetak } from './progres.ts';
import { serve, type Lingkup, type ServerPratinjau } from './server.ts';

export interface PratinjauPemda { url: string; pantauan: Pantauan; server: ServerPratinjau; keadaan: KeadaanPemda; close(): Promise<void> }

/** Starts the watchers of agencies `ids` of the Pemda root `o.konten` and the server; resolves once it listens. */
export async function mulaiPratinjauPemda(o: Options, ids: string[], port: number, cetak: Cetak = { rinci: false, log: true, senyap: false }): Promise<PratinjauPemda> {
  const format = formatPratinjau(o);
  let server: ServerPratinjau | undefined;
  let berhenti = false;
  const keadaan = new KeadaanPemda(o.konten, ids, o.keluaran, format, (awalan, jenis, data) => server?.kabar(awalan, jenis, data));
  const indeks: Lingkup = { halaman: HALAMAN_PEMDA, status: () => keadaan.statusPemda(), berkas: () => undefined };
  const instansi = (id: string): Lingkup => ({
    halaman: HALAMAN, status: () => keadaan.status(id),
    berkas: (rel) => (keadaan.keadaan(id).dikenal(rel) ? path.join(o.keluaran, id, rel) : undefined),
  });
  server = await serve(port, (awalan) => {
    if (!awalan) return indeks;
    const id = awalan.slice('instansi/'.length);
    return ids.includes(id) ? instansi(id) : undefined;
  });
  const pantauan = pantauPemda({ ...o, format }, ids, (id, r, detik, sebab, keluaran) => {
    keadaan.selesai(id, r, detik, sebab);
    if (cetak.log) reportRebuild(r, detik, sebab, keluaran, cetak.rinci);
  }, (id, e) => {
    const pesan = pesanGagal(e);
    if (pesan === undefined) return;
    keadaan.gagal(id, pesan);
    if (cetak.log) console.error(`${id}: ${pesan}`);
  }, (id) => progresPratinjau(() => keadaan.keadaan(id).progres(), cetak, () => berhenti), (id, ds) => keadaan.lintasBaru(id, ds));
  const close = async () => {
    berhenti = true;
    await server.close();
    await pantauan.close();
  };
  return { url: server.url, pantauan, server, keadaan, close };
}
