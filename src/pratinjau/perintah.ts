// `sakip pratinjau [opsi build] [--port N]`: `pantau` plus a page on 127.0.0.1 listing the documents, showing the
// selected PDF and every diagnostic, redrawn after each rebuild. Ctrl+C closes the watcher and the server.
import { Command, CommanderError } from 'commander';
import fs from 'node:fs';
import { addBuildOptions, addInstansiOption, instansiPemda, toOptions } from '../cli/build-options.ts';
import { satuInstansi, teksPantau } from '../pemda/pantau.ts';
import { pantau, type Pantauan } from '../cli/pantau.ts';
import { progresTerminal } from '../cli/progres.ts';
import { reportRebuild } from '../cli/report.ts';
import type { Options } from '../pipeline.ts';
import { GagalTulis } from '../write/gagal-tulis.ts';
import { Keadaan } from './keadaan.ts';
import { serve, type ServerPratinjau } from './server.ts';

export const PORT_BAWAAN = 5210;
const DIHENTIKAN = new Error('pratinjau dihentikan');

export interface Pratinjau { url: string; pantauan: Pantauan; server: ServerPratinjau; keadaan: Keadaan; close(): Promise<void> }

/** Starts watching and serving; resolves once the server listens (the first build runs on). Tests pass `log: false`. */
export async function mulaiPratinjau(o: Options, port: number, cetak = { rinci: false, log: true, senyap: false }): Promise<Pratinjau> {
  const format = [...new Set(['pdf', ...o.format])] as Options['format']; // the page shows the PDF
  let server: ServerPratinjau | undefined;
  let berhenti = false;
  const keadaan = new Keadaan(o.keluaran, format, (jenis, data) => server?.kabar(jenis, data));
  server = await serve(port, o.keluaran, () => keadaan);
  const pantauan = pantau({ ...o, format }, (r, detik, sebab) => {
    keadaan.selesai(r, detik, sebab);
    if (cetak.log) reportRebuild(r, detik, sebab, o.keluaran, cetak.rinci);
  }, (e) => {
    if (e === DIHENTIKAN) return;
    const pesan = e instanceof GagalTulis ? `galat: ${e.message}; tidak ada berkas keluaran yang diubah.` : `galat internal: ${e instanceof Error ? e.stack : String(e)}`;
    keadaan.gagal(pesan);
    if (cetak.log) console.error(pesan);
  }, () => {
    const halaman = keadaan.progres();
    const terminal = cetak.log && !cetak.senyap && process.stderr.isTTY ? progresTerminal() : undefined;
    return {
      dibaca: (n) => { halaman.dibaca?.(n); terminal?.dibaca?.(n); },
      dokumen: (s, t, job) => {
        if (berhenti) throw DIHENTIKAN; // Ctrl+C during a long build: stop at the next document, nothing written
        terminal?.dokumen?.(s, t, job);
        return halaman.dokumen?.(s, t, job);
      },
      selesai: () => terminal?.selesai(),
    };
  });
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
    .description('seperti pantau, ditambah halaman pratinjau di peramban (hanya 127.0.0.1): dokumen, PDF terpilih dan diagnostik, diperbarui setiap build')))
    .option('--port <n>', 'port halaman pratinjau', port, PORT_BAWAAN)
    .option('--senyap', 'tanpa baris kemajuan di terminal')
    .action(async (raw) => {
      let o = toOptions(raw);
      if (!fs.existsSync(o.konten)) throw new Error(`direktori konten tidak ditemukan: ${o.konten}`);
      const ids = instansiPemda(o.konten, raw.instansi);
      if (ids) { // a Pemda root: the one agency picked (src/pemda/)
        const satu = satuInstansi(o, ids);
        if (typeof satu === 'string') throw new CommanderError(2, 'opsi', satu);
        o = satu;
      }
      const p = await mulaiPratinjau(o, raw.port, { rinci: !!raw.rinci, log: true, senyap: !!raw.senyap }).catch((e: NodeJS.ErrnoException) => {
        if (e.code === 'EADDRINUSE') throw new CommanderError(2, 'opsi', `port ${raw.port} sudah dipakai; pilih port lain dengan --port`);
        throw e;
      });
      console.log(`Pratinjau: ${p.url} (memantau ${teksPantau(o.konten)} dan ${o.templat ?? 'templates'}/; Ctrl+C untuk berhenti).`);
      await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
      await p.close();
      console.log('Pratinjau dihentikan.');
    });
}
