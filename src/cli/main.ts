// sakip: build and check SAKIP documents. Exit codes: 0 ok, 1 content errors, 2 bad options, 3 internal error,
// 4 the output could not be written (disk full, read-only …; the previous output set is left whole).
import { Command, CommanderError, Help } from 'commander';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { build, checkAll, type BuildResult } from '../pipeline.ts';
import { addBuildOptions, addInstansiOption, instansiPemda, templatDir, toOptions } from './build-options.ts';
import { buildPemda, checkPemda, type HasilPemda } from '../pemda/bangun.ts';
import { pantauPemda, teksPantau } from '../pemda/pantau.ts';
import { init } from './init.ts';
import { daftarPerintahExcel } from '../excel/perintah.ts';
import { daftarPerintahPaket } from '../paket/perintah.ts';
import { daftarPerintahVerifikasi } from '../verifikasi/perintah.ts';
import { pantau } from './pantau.ts';
import { pratinjau } from '../pratinjau/perintah.ts';
import { progresTerminal } from './progres.ts';
import { JENIS_BERKAS, teksSkema } from '../skema/json-skema.ts';
import { report, reportBuild, reportRebuild } from './report.ts';
import { hasErrors } from '../validate/diagnostics.ts';
import { GagalTulis } from '../write/gagal-tulis.ts';

/** A refused write, in one line without a stack trace. */
const pesanTulis = (e: GagalTulis) => `galat: ${e.message}; tidak ada berkas keluaran yang diubah.`;

const EXIT = { ok: 0, konten: 1, opsi: 2, internal: 3, tulis: 4 } as const;

/** Commander's error messages in Bahasa Indonesia (a table of patterns). */
const PESAN: [RegExp, string][] = [
  [/^error: option '(.+)' argument '(.+)' is invalid\. Allowed choices are (.+)\.$/m, "galat: nilai '$2' untuk opsi '$1' tidak valid; pilihan: $3."],
  [/^error: unknown option '(.+)'/m, "galat: opsi '$1' tidak dikenal"],
  [/^error: unknown command '(.+)'/m, "galat: perintah '$1' tidak dikenal"],
  [/^error: option '(.+)' argument missing/m, "galat: opsi '$1' memerlukan nilai"],
  [/^error: too many arguments.*$/m, 'galat: terlalu banyak argumen'],
  [/^error:/m, 'galat:'],
];
const pesanCommander = (s: string) => PESAN.reduce((t, [re, id]) => t.replace(re, id), s).replace(/\(Did you mean (.+)\?\)/, '(maksud Anda $1?)');

/** Commander's help headings in Bahasa Indonesia. */
function indonesiakan(text: string): string {
  return text.replace(/^Usage:/m, 'Penggunaan:').replace(/^Options:/m, 'Opsi:').replace(/^Commands:/m, 'Perintah:')
    .replace(/\bdefault: /g, 'bawaan: ').replace(/\bchoices: /g, 'pilihan: ').replace(/\[options\]/g, '[opsi]').replace(/\[command\]/g, '[perintah]');
}

export async function main(argv: string[]): Promise<number> {
  const program = new Command('sakip').description('Generator dokumen SAKIP perangkat daerah (PK, LKIP, Renstra, IKU, pedoman) dalam DOCX dan PDF')
    .version((createRequire(import.meta.url)('../../package.json') as { version: string }).version, '-v, --versi', 'tampilkan versi')
    .exitOverride().configureOutput({ writeErr: (s) => process.stderr.write(pesanCommander(s)) })
    .helpOption('-h, --help', 'tampilkan bantuan').helpCommand('help [perintah]', 'tampilkan bantuan perintah')
    .configureHelp({
      formatHelp: (cmd, helper) => indonesiakan(Help.prototype.formatHelp.call(helper, cmd, helper)),
      // the command list is padded to its longest term: translate the terms before, not after
      subcommandTerm: (cmd) => indonesiakan(Help.prototype.subcommandTerm.call(new Help(), cmd)),
    });
  let code: number = EXIT.ok;
  addInstansiOption(addBuildOptions(program.command('build').description('membangun dokumen dari konten (satu instansi, atau akar Pemda: setiap instansi ke <keluaran>/<id>/) ke direktori keluaran')))
    .option('--senyap', 'tanpa baris kemajuan (dokumen selesai/total) selama build')
    .action(async (raw) => {
      const o = toOptions(raw);
      const ids = instansiPemda(o.konten, raw.instansi); // a Pemda root: every picked agency (src/pemda/)
      const t0 = performance.now();
      const progres = raw.senyap ? undefined : progresTerminal();
      const r: BuildResult & Partial<HasilPemda> = await (ids ? buildPemda(o, ids, progres) : build(o, undefined, progres)).finally(() => progres?.selesai()); // a refused write throws GagalTulis: exit code 4 below
      reportBuild(r.diagnostics, !!raw.rinci);
      const gagal = (r.instansi ?? []).filter((i) => i.galat).map((i) => i.id);
      if (gagal.length) console.error(`Instansi dengan galat, tidak ada berkasnya yang ditulis: ${gagal.join(', ')}.`);
      else if (hasErrors(r.diagnostics)) { console.error('Tidak ada berkas yang ditulis karena konten atau templat mengandung galat.'); code = EXIT.konten; return; }
      if (!r.outputs.length && !gagal.length) console.error('Peringatan: tidak ada dokumen yang cocok dengan pilihan.');
      const dari = ids ? ` (${ids.length - gagal.length} dari ${ids.length} instansi)` : '';
      console.log(`${r.outputs.length} berkas ditulis ke ${o.keluaran}/${dari} dalam ${((performance.now() - t0) / 1000).toFixed(2).replace('.', ',')} detik.`);
      if (gagal.length || hasErrors(r.diagnostics)) code = EXIT.konten;
    });
  addInstansiOption(addBuildOptions(program.command('pantau').description('membangun, lalu membangun ulang setiap kali konten atau templat berubah (akar Pemda: setiap instansi ke <keluaran>/<id>/; Ctrl+C untuk berhenti)')))
    .option('--senyap', 'tanpa baris kemajuan selama build')
    .action(async (raw) => {
      const o = toOptions(raw);
      if (!fs.existsSync(o.konten)) throw new Error(`direktori konten tidak ditemukan: ${o.konten}`);
      const ids = instansiPemda(o.konten, raw.instansi); // a Pemda root: one watcher per agency (src/pemda/)
      const galat = (e: unknown) => console.error(e instanceof GagalTulis ? pesanTulis(e) : `galat internal: ${e instanceof Error ? e.stack : String(e)}`);
      const progres = raw.senyap || !process.stderr.isTTY ? undefined : () => progresTerminal(); // rebuilds print their own lines in logs
      const p = ids ? pantauPemda(o, ids, (_id, r, detik, sebab, keluaran) => reportRebuild(r, detik, sebab, keluaran, !!raw.rinci), (_id, e) => galat(e), () => progres)
        : pantau(o, (r, detik, sebab) => reportRebuild(r, detik, sebab, o.keluaran, !!raw.rinci), galat, progres);
      await p.ready;
      console.log(`Memantau ${ids ? `${o.konten}/ (${ids.length} instansi)` : teksPantau(o.konten)} dan ${o.templat ?? 'templates'}/ (Ctrl+C untuk berhenti).`);
      await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
      await p.close();
    });
  pratinjau(program);
  program.command('init').argument('<dir>', 'direktori konten baru (harus kosong atau belum ada)')
    .description('menulis kerangka konten berkomentar untuk instansi baru; "sakip build --konten <dir>" langsung berhasil')
    .option('--nama <nama>', 'nama instansi', 'Dinas Contoh')
    .option('--pemda <pemda>', 'pemerintah daerah, mis. "Kabupaten Luwu Timur"', 'Kabupaten Contoh')
    .option('--ibukota <kota>', 'tempat penandatanganan dokumen', 'Ibukota')
    .option('--tahun <tahun>', 'tahun PK dan LKIP pertama', (v) => { if (!/^\d{4}$/.test(v)) throw new CommanderError(2, 'opsi', `tahun tidak valid: ${v}`); return Number(v); }, new Date().getFullYear())
    .action((dir: string, o: { nama: string; pemda: string; ibukota: string; tahun: number }) => {
      const files = init(dir, o);
      console.log(`${files.length} berkas kerangka ditulis ke ${dir}/. Periksa dengan "sakip check --konten ${dir}", bangun dengan "sakip build --konten ${dir}".`);
    });
  program.command('skema').description('menulis JSON Schema setiap jenis berkas konten (untuk autocompletion editor YAML)')
    .option('--keluaran <dir>', 'direktori tujuan', 'skema')
    .action((o: { keluaran: string }) => {
      fs.mkdirSync(o.keluaran, { recursive: true });
      for (const j of JENIS_BERKAS) fs.writeFileSync(path.join(o.keluaran, `${j.nama}.json`), teksSkema(j));
      console.log(`${JENIS_BERKAS.length} skema ditulis ke ${o.keluaran}/.`);
    });
  addInstansiOption(program.command('check').description('memvalidasi dan memeriksa silang konten (akar Pemda: juga antarinstansi), lalu menjalankan templat setiap dokumen, tanpa menulis berkas apa pun')
    .option('--konten <dir>', 'direktori konten', 'content')
    .option('--templat <dir>', 'direktori templat sendiri (bawaan: templates/ bawaan alat ini)'))
    .action((o) => {
      let dibaca = 0;
      const ids = instansiPemda(o.konten, o.instansi);
      const progres = { dibaca: (n: number) => { dibaca = n; } };
      const diagnostics = ids ? checkPemda(o.konten, ids, templatDir(o.templat), progres) : checkAll(o.konten, templatDir(o.templat), progres);
      report(diagnostics);
      console.log(`${dibaca} berkas konten dibaca.`);
      if (hasErrors(diagnostics)) code = EXIT.konten;
      else console.log(`Konten dan templat valid (${diagnostics.length} peringatan).`);
    });
  daftarPerintahExcel(program, () => { code = EXIT.konten; }); // ekspor, isian, impor (src/excel/)
  daftarPerintahPaket(program, () => { code = EXIT.konten; }); // E-SAKIP bundle (src/paket/)
  daftarPerintahVerifikasi(program, () => { code = EXIT.konten; }); // document ids (src/verifikasi/)
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.exitCode === 0) return EXIT.ok;
      if (e.code === 'opsi') console.error(`galat: ${e.message}`);
      return EXIT.opsi;
    }
    if (e instanceof GagalTulis) { console.error(pesanTulis(e)); return EXIT.tulis; }
    const msg = e instanceof Error ? e.message : String(e);
    if (/direktori konten tidak ditemukan/.test(msg)) { console.error(`galat: ${msg}`); return EXIT.opsi; }
    console.error(`galat internal: ${e instanceof Error ? e.stack : msg}`);
    return EXIT.internal;
  }
}

process.exitCode = await main(process.argv.slice(2));
