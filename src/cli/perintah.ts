// The commands main.ts defines itself: build, pantau, init, skema (check: periksa.ts). Registered only when the arguments need
// them (see main.ts); each action imports what it runs (pipeline, Pemda, watcher, schemas) when it runs.
import { CommanderError, type Command } from 'commander';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { addBuildOptions, addInstansiOption, instansiPemda, toOptions } from './build-options.ts';
import { progresTerminal } from './progres.ts';
import { reportBuild, reportRebuild } from './report.ts';
import { tanda } from '../waktu.ts';
import type { BuildResult, Options } from '../pipeline.ts';
import type { Progres } from '../progres.ts';
import type { HasilPemda } from '../pemda/bangun.ts';
import { hasErrors } from '../validate/diagnostics.ts';
import { GagalTulis } from '../write/gagal-tulis.ts';

/** A refused write, in one line without a stack trace. */
export const pesanTulis = (e: GagalTulis) => `galat: ${e.message}; tidak ada berkas keluaran yang diubah.`;

/** `gagal`: the command ends with exit code 1 (content errors). */
export type Daftar = (program: Command, gagal: () => void) => void;

/** `--pekerja`: a whole number from 1 to 64. */
export function angkaPekerja(v: string): number {
  if (!/^\d{1,2}$/.test(v) || Number(v) < 1 || Number(v) > 64) throw new CommanderError(2, 'opsi', `--pekerja harus bilangan bulat 1-64: ${v}`);
  return Number(v);
}

/** One agency: the no-change answer (../cache/build-tetap.ts), else the pipeline; with a cache, the libraries
 *  compiled from V8's code cache (./kode-v8.ts) and the preloading worker (./pramuat-awal.ts). When a content file is
 *  newer than the cache (an edit: the answer will likely miss), the worker starts before the look-up, while this
 *  thread hashes the content (~0.05-0.1 s earlier: its start, backend and warm-up are on the critical path of a
 *  paragraph rebuild, issue 15), and is stopped on an answer; otherwise after a miss. */
async function bangunSatu(o: Options, progres?: Progres): Promise<BuildResult> {
  const tetap = await import('../cache/build-tetap.ts');
  const pramuat = async () => (o.cache ? (await import('./pramuat-awal.ts')).mulaiPramuat(o) : undefined);
  let awal = o.cache && tetap.kontenLebihBaru(o.konten, o.cache) ? await pramuat() : undefined;
  if (awal) tanda('pekerja dimulai');
  let r: BuildResult | undefined, simpanKode: ((bundelJuga?: boolean) => number) | undefined;
  try {
    const { hasil, kunci } = await tetap.buildTetap(o, progres);
    tanda(hasil ? 'jawaban tetap' : 'tetap meleset');
    if (hasil) { void awal?.tutup(); return hasil; }
    if (!awal) { awal = await pramuat(); tanda(awal ? 'pekerja dimulai' : 'tanpa pekerja'); }
    simpanKode = o.cache ? (await import('./kode-v8.ts')).pasangKodeV8(o.cache) : undefined;
    const pipeline = await import('../pipeline.ts');
    tanda('pipeline dimuat');
    return r = await pipeline.build(o, undefined, progres, { kunci, pramuat: awal });
  } catch (e) {
    await awal?.tutup(); // the pipeline did not run: nobody else stops it
    throw e;
  } finally { tanda('build selesai'); simpanKode?.((r?.dirender ?? 0) <= KODE_BUNDEL_MAKS); }
}
/** The bundle's code cache is written by a rebuild of at most this many documents: data from a full build would
 *  hold every kind's functions, which a small rebuild would then deserialize for nothing (slower than compiling). */
const KODE_BUNDEL_MAKS = 8;

export const daftarBuild: Daftar = (program, gagal) => {
  addInstansiOption(addBuildOptions(program.command('build').description('membangun dokumen dari konten (satu instansi, atau akar Pemda: setiap instansi ke <keluaran>/<id>/) ke direktori keluaran')))
    .option('--senyap', 'tanpa baris kemajuan (dokumen selesai/total) selama build')
    .option('--pekerja <n>', 'worker thread: akar Pemda, jumlah instansi yang dibangun bersamaan (bawaan: satu per inti CPU); satu instansi, jumlah dokumen yang dirender bersamaan (bawaan 1); 1 = satu per satu', angkaPekerja)
    .action(async (raw) => {
      const o = toOptions(raw);
      const ids = instansiPemda(o.konten, raw.instansi); // a Pemda root: every picked agency (src/pemda/)
      const t0 = performance.now();
      const progres = raw.senyap ? undefined : progresTerminal();
      const satu = { ...o, pekerja: raw.pekerja }; // one agency: a no-change build is answered before the pipeline loads
      const jalan = ids ? import('../pemda/bangun.ts').then((m) => m.buildPemda(o, ids, progres, raw.pekerja))
        : bangunSatu(satu, progres);
      const r: BuildResult & Partial<HasilPemda> = await jalan.finally(() => progres?.selesai()); // a refused write throws GagalTulis: exit code 4 in main.ts
      reportBuild(r.diagnostics, !!raw.rinci);
      const gagalInstansi = (r.instansi ?? []).filter((i) => i.galat).map((i) => i.id);
      if (gagalInstansi.length) console.error(`Instansi dengan galat, tidak ada berkasnya yang ditulis: ${gagalInstansi.join(', ')}.`);
      else if (hasErrors(r.diagnostics)) { console.error('Tidak ada berkas yang ditulis karena konten atau templat mengandung galat.'); gagal(); return; }
      if (!r.outputs.length && !gagalInstansi.length) console.error('Peringatan: tidak ada dokumen yang cocok dengan pilihan.');
      const dari = ids ? ` (${ids.length - gagalInstansi.length} dari ${ids.length} instansi)` : '';
      console.log(`${r.outputs.length} berkas ditulis ke ${o.keluaran}/${dari} dalam ${((performance.now() - t0) / 1000).toFixed(2).replace('.', ',')} detik.`);
      if (gagalInstansi.length || hasErrors(r.diagnostics)) gagal();
    });
};

export const daftarPantau: Daftar = (program) => {
  addInstansiOption(addBuildOptions(program.command('pantau').description('membangun, lalu membangun ulang setiap kali konten atau templat berubah (akar Pemda: setiap instansi ke <keluaran>/<id>/; Ctrl+C untuk berhenti)')))
    .option('--senyap', 'tanpa baris kemajuan selama build')
    .action(async (raw) => {
      const o = toOptions(raw);
      if (!fs.existsSync(o.konten)) throw new Error(`direktori konten tidak ditemukan: ${o.konten}`);
      const ids = instansiPemda(o.konten, raw.instansi); // a Pemda root: one watcher per agency (src/pemda/)
      const [{ pantau }, { pantauPemda, teksPantau }] = await Promise.all([import('./pantau.ts'), import('../pemda/pantau.ts')]);
      const galat = (e: unknown) => console.error(e instanceof GagalTulis ? pesanTulis(e) : `galat internal: ${e instanceof Error ? e.stack : String(e)}`);
      const progres = raw.senyap || !process.stderr.isTTY ? undefined : () => progresTerminal(); // rebuilds print their own lines in logs
      const p = ids ? pantauPemda(o, ids, (_id, r, detik, sebab, keluaran) => reportRebuild(r, detik, sebab, keluaran, !!raw.rinci), (_id, e) => galat(e), () => progres)
        : pantau(o, (r, detik, sebab) => reportRebuild(r, detik, sebab, o.keluaran, !!raw.rinci), galat, progres);
      await p.ready;
      console.log(`Memantau ${ids ? `${o.konten}/ (${ids.length} instansi)` : teksPantau(o.konten)} dan ${o.templat ?? 'templates'}/ (Ctrl+C untuk berhenti).`);
      await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
      await p.close();
    });
};

export const daftarInit: Daftar = (program) => {
  program.command('init').argument('<dir>', 'direktori konten baru (harus kosong atau belum ada)')
    .description('menulis kerangka konten berkomentar untuk instansi baru; "sakip build --konten <dir>" langsung berhasil')
    .option('--nama <nama>', 'nama instansi', 'Dinas Contoh')
    .option('--pemda <pemda>', 'pemerintah daerah, mis. "Kabupaten Luwu Timur"', 'Kabupaten Contoh')
    .option('--ibukota <kota>', 'tempat penandatanganan dokumen', 'Ibukota')
    .option('--tahun <tahun>', 'tahun PK dan LKIP pertama', (v) => { if (!/^\d{4}$/.test(v)) throw new CommanderError(2, 'opsi', `tahun tidak valid: ${v}`); return Number(v); }, new Date().getFullYear())
    .action(async (dir: string, o: { nama: string; pemda: string; ibukota: string; tahun: number }) => {
      const files = (await import('./init.ts')).init(dir, o);
      console.log(`${files.length} berkas kerangka ditulis ke ${dir}/. Periksa dengan "sakip check --konten ${dir}", bangun dengan "sakip build --konten ${dir}".`);
    });
};

export const daftarSkema: Daftar = (program) => {
  program.command('skema').description('menulis JSON Schema setiap jenis berkas konten (untuk autocompletion editor YAML)')
    .option('--keluaran <dir>', 'direktori tujuan', 'skema')
    .action(async (o: { keluaran: string }) => {
      const { JENIS_BERKAS, teksSkema } = await import('../skema/json-skema.ts');
      fs.mkdirSync(o.keluaran, { recursive: true });
      for (const j of JENIS_BERKAS) fs.writeFileSync(path.join(o.keluaran, `${j.nama}.json`), teksSkema(j));
      console.log(`${JENIS_BERKAS.length} skema ditulis ke ${o.keluaran}/.`);
    });
};
