// sakip: build and check SAKIP documents. Exit codes: 0 ok, 1 content errors, 2 bad options, 3 internal error,
// 4 the output could not be written (disk full, read-only …; the previous output set is left whole).
import '../luang-cpu.ts'; // first: the idle-core reading starts with the process (src/luang-cpu.ts)
import { Command, CommanderError, Help } from 'commander';
import { createRequire } from 'node:module';
import { GagalTulis } from '../write/gagal-tulis.ts';
import type { Daftar } from './perintah.ts';
import { tanda } from '../waktu.ts';

tanda('main.ts dimuat');

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

/**
 * Every command in help order, by name, with the module that registers it. A module loads only when the arguments
 * may use its commands, so `sakip --versi` or one command does not load the others (nor the pipeline, backends,
 * workbooks, preview server …); each action then imports what it runs.
 */
const PERINTAH: { nama: string[]; daftar: () => Promise<Daftar> }[] = [
  { nama: ['build'], daftar: async () => (await import('./perintah.ts')).daftarBuild },
  { nama: ['pantau'], daftar: async () => (await import('./perintah.ts')).daftarPantau },
  { nama: ['pratinjau'], daftar: async () => (await import('../pratinjau/perintah.ts')).pratinjau },
  { nama: ['init'], daftar: async () => (await import('./perintah.ts')).daftarInit },
  { nama: ['skema'], daftar: async () => (await import('./perintah.ts')).daftarSkema },
  { nama: ['check'], daftar: async () => (await import('./periksa.ts')).daftarCheck },
  { nama: ['ekspor', 'isian', 'impor'], daftar: async () => (await import('../excel/perintah.ts')).daftarPerintahExcel }, // src/excel/
  { nama: ['paket'], daftar: async () => (await import('../paket/perintah.ts')).daftarPerintahPaket }, // E-SAKIP bundle (src/paket/)
  { nama: ['verifikasi'], daftar: async () => (await import('../verifikasi/perintah.ts')).daftarPerintahVerifikasi }, // document ids (src/verifikasi/)
];

/** Which commands the arguments need registered: the one they name (also after `help`); none when they only ask for
 *  the version; every one for the command list (help, no command) or an unknown name (commander suggests the nearest).
 *  The program itself takes no option with a value, so its first operand is the command. */
function perintahPerlu(argv: string[]): (nama: string) => boolean {
  const operand = argv.filter((a) => !a.startsWith('-'));
  const nama = operand[0] === 'help' ? operand[1] : operand[0];
  if (nama === undefined) return argv.length && argv.every((a) => a === '-v' || a === '--versi') ? () => false : () => true;
  return PERINTAH.some((p) => p.nama.includes(nama)) ? (n) => n === nama : () => true;
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
  const gagal = () => { code = EXIT.konten; };
  const perlu = perintahPerlu(argv);
  try {
    for (const p of PERINTAH) if (p.nama.some(perlu)) (await p.daftar())(program, gagal);
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.exitCode === 0) return EXIT.ok;
      if (e.code === 'opsi') console.error(`galat: ${e.message}`);
      return EXIT.opsi;
    }
    if (e instanceof GagalTulis) { console.error((await import('./perintah.ts')).pesanTulis(e)); return EXIT.tulis; }
    const msg = e instanceof Error ? e.message : String(e);
    if (/direktori konten tidak ditemukan/.test(msg)) { console.error(`galat: ${msg}`); return EXIT.opsi; }
    console.error(`galat internal: ${e instanceof Error ? e.stack : msg}`);
    return EXIT.internal;
  }
}

process.exitCode = await main(process.argv.slice(2));
