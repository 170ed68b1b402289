// `sakip pratinjau [opsi build] [--port N]`: `pantau` plus a page on 127.0.0.1 listing the documents, showing the
// selected PDF and every diagnostic, redrawn after each rebuild; on a Pemda root an index of the agencies and a
// page per agency (pemda.ts). Ctrl+C closes the watchers and the server.
import { Command, CommanderError } from 'commander';
import fs from 'node:fs';
import path from 'node:path';
import { addBuildOptions, addInstansiOption, instansiPemda, toOptions } from '../cli/build-options.ts';
import { teksPantau } from '../pemda/pantau.ts';
import { pantau, type Pantauan } from '../cli/pantau.ts';
import { reportRebuild } from '../cli/report.ts';
import type { Options } from '../pipeline.ts';
import { HALAMAN } from './halaman.ts';
import { Keadaan } from './keadaan.ts';
import { mulaiPratinjauPemda } from './pemda.ts';
import { formatPratinjau, pesanGagal, progresPratinjau, type Cetak } from './progres.ts';
import { serve, type ServerPratinjau } from './server.ts';

export const PORT_BAWAAN = 5210;

export interface Pratinjau { url: string; pantauan: Pantauan; server: ServerPratinjau; keadaan: Keadaan; close(): Promise<void> }

/** Starts watching and serving; resolves once the server listens (the first build runs on). Tests pass `log: false`. */
export async function mulaiPratinjau(o: Options, port: number, cetak: Cetak = { rinci: false, log: true, senyap: false }): Promise<Pratinjau> {
  const format = formatPratinjau(o);
  let server: ServerPratinjau | undefined;
  let berhenti = false;
  const keadaan = new Keadaan(o.keluaran, format, (jenis, data) => server?.kabar('', jenis, data));
  server = await serve(port, (awalan) => (awalan ? undefined : {
    halaman: HALAMAN, status: () => keadaan.status, berkas: (rel) => (keadaan.dikenal(rel) ? path.join(o.keluaran, rel) : undefined),
  }));
  const pantauan = pantau({ ...o, format }, (r, detik, sebab) => {
    keadaan.selesai(r, detik, sebab);
    if (cetak.log) reportRebuild(r, detik, sebab, o.keluaran, cetak.rinci);
  }, (e) => {
    const pesan = pesanGagal(e);
    if (pesan === undefined) return;
    keadaan.gagal(pesan);
    if (cetak.log) console.error(pesan);
  }, progresPratinjau(() => keadaan.progres(), cetak, () => berhenti));
  const close = async () => {
    berhenti = true;
    await server.close();
    await pantauan.close();
  };
  return { url: server.url, pantauan, server, keadaan, close };
}

const port = (v: string) => {
  if (!/^\d{1,5}$/.test(v) || Number(v) > 65535) throw new CommanderError(2, 'opsi', `port tidak valid: ${v} (0–65535; 0 = port bebas mana saja)`);
  return Number(v);
};

export function pratinjau(program: Command): void {
  addInstansiOption(addBuildOptions(program.command('pratinjau')
    .description('seperti pantau, ditambah halaman pratinjau di peramban (hanya 127.0.0.1): dokumen, PDF terpilih dan diagnostik, diperbarui setiap build; akar Pemda: daftar instansi dan satu halaman per instansi')))
    .option('--port <n>', 'port halaman pratinjau', port, PORT_BAWAAN)
    .option('--senyap', 'tanpa baris kemajuan di terminal')
    .action(async (raw) => {
      const o = toOptions(raw);
      if (!fs.existsSync(o.konten)) throw new Error(`direktori konten tidak ditemukan: ${o.konten}`);
      const ids = instansiPemda(o.konten, raw.instansi); // a Pemda root: every picked agency (src/pemda/)
      const cetak = { rinci: !!raw.rinci, log: true, senyap: !!raw.senyap };
      const p = await (ids ? mulaiPratinjauPemda(o, ids, raw.port, cetak) : mulaiPratinjau(o, raw.port, cetak)).catch((e: NodeJS.ErrnoException) => {
        if (e.code === 'EADDRINUSE') throw new CommanderError(2, 'opsi', `port ${raw.port} sudah dipakai; pilih port lain dengan --port`);
        throw e;
      });
      const dipantau = ids ? `${ids.length} instansi di ${path.join(o.konten, 'instansi')}/, ${path.join(o.konten, 'bersama')}/, ${path.join(o.konten, 'pemda.yaml')}` : teksPantau(o.konten);
      console.log(`Pratinjau: ${p.url} (memantau ${dipantau} dan ${o.templat ?? 'templates'}/; Ctrl+C untuk berhenti).`);
      await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
      await p.close();
      console.log('Pratinjau dihentikan.');
    });
}
