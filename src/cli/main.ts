// sakip: build and check SAKIP documents. Exit codes: 0 ok, 1 content errors, 2 bad options, 3 internal error.
import { Command, CommanderError, Help, Option } from 'commander';
import { performance } from 'node:perf_hooks';
import { DOCUMENTS } from '../documents.ts';
import { build, check, type Format } from '../pipeline.ts';
import { formatDiagnostic, hasErrors, type Diagnostic } from '../validate/diagnostics.ts';

const EXIT = { ok: 0, konten: 1, opsi: 2, internal: 3 } as const;

function report(ds: Diagnostic[]): void {
  for (const d of ds) console.error(formatDiagnostic(d));
  const g = ds.filter((d) => d.severity === 'galat').length;
  if (ds.length) console.error(`\n${g} galat, ${ds.length - g} peringatan.`);
}

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

const list = (v: string, prev: string[] = []) => [...prev, ...v.split(',').map((s) => s.trim()).filter(Boolean)];

export async function main(argv: string[]): Promise<number> {
  const program = new Command('sakip').description('Generator dokumen SAKIP perangkat daerah (PK, LKIP, Renstra, IKU, pedoman) dalam DOCX dan PDF')
    .exitOverride().configureOutput({ writeErr: (s) => process.stderr.write(pesanCommander(s)) })
    .helpOption('-h, --help', 'tampilkan bantuan').helpCommand('help [perintah]', 'tampilkan bantuan perintah')
    .configureHelp({ formatHelp: (cmd, helper) => indonesiakan(Help.prototype.formatHelp.call(helper, cmd, helper)) });
  let code: number = EXIT.ok;
  program.command('build').description('membangun dokumen dari konten ke direktori keluaran')
    .option('--jenis <jenis>', `jenis dokumen dipisah koma: ${Object.keys(DOCUMENTS).join(', ')} (bawaan semua)`, list)
    .option('--tahun <tahun>', 'hanya dokumen tahun ini', (v) => { if (!/^\d{4}$/.test(v)) throw new CommanderError(2, 'opsi', `tahun tidak valid: ${v}`); return Number(v); })
    .option('--triwulan <n>', 'triwulan laporan pengukuran (1-4, bawaan 4)', (v) => { if (!/^[1-4]$/.test(v)) throw new CommanderError(2, 'opsi', `triwulan harus 1-4: ${v}`); return Number(v); })
    .option('--hanya <slug>', 'hanya dokumen dengan nama berkas ini (boleh diulang atau dipisah koma)', list)
    .option('--format <format>', 'format keluaran dipisah koma: pdf, docx (bawaan keduanya)', list)
    .addOption(new Option('--kertas <ukuran>', 'ukuran kertas').choices(['A4', 'F4']).default('A4'))
    .option('--konten <dir>', 'direktori konten', 'content')
    .option('--keluaran <dir>', 'direktori keluaran', 'output')
    .action(async (o) => {
      const format = (o.format?.length ? o.format : ['pdf', 'docx']) as Format[];
      const jenis: string[] = o.jenis?.length ? o.jenis : Object.keys(DOCUMENTS);
      const asing = jenis.filter((j) => !(j in DOCUMENTS));
      if (asing.length) throw new CommanderError(2, 'opsi', `jenis dokumen tidak dikenal: ${asing.join(', ')} (pilihan: ${Object.keys(DOCUMENTS).join(', ')})`);
      const bad = format.filter((f) => f !== 'pdf' && f !== 'docx');
      if (bad.length) throw new CommanderError(2, 'opsi', `format tidak dikenal: ${bad.join(', ')} (pilihan: pdf, docx)`);
      const t0 = performance.now();
      const r = await build({ konten: o.konten, keluaran: o.keluaran, jenis, tahun: o.tahun, triwulan: o.triwulan, hanya: o.hanya, format, kertas: o.kertas });
      report(r.diagnostics);
      if (hasErrors(r.diagnostics)) { console.error('Tidak ada berkas yang ditulis karena konten mengandung galat.'); code = EXIT.konten; return; }
      if (!r.outputs.length) console.error('Peringatan: tidak ada dokumen yang cocok dengan pilihan.');
      console.log(`${r.outputs.length} berkas ditulis ke ${o.keluaran}/ dalam ${((performance.now() - t0) / 1000).toFixed(2)} detik.`);
    });
  program.command('check').description('memvalidasi dan memeriksa silang konten tanpa menulis berkas apa pun')
    .option('--konten <dir>', 'direktori konten', 'content')
    .action((o) => {
      const { diagnostics } = check(o.konten);
      report(diagnostics);
      if (hasErrors(diagnostics)) code = EXIT.konten;
      else console.log(`Konten valid (${diagnostics.length} peringatan).`);
    });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.exitCode === 0) return EXIT.ok;
      if (e.code === 'opsi') console.error(`galat: ${e.message}`);
      return EXIT.opsi;
    }
    const msg = e instanceof Error ? e.message : String(e);
    if (/direktori konten tidak ditemukan/.test(msg)) { console.error(`galat: ${msg}`); return EXIT.opsi; }
    console.error(`galat internal: ${e instanceof Error ? e.stack : msg}`);
    return EXIT.internal;
  }
}

process.exitCode = await main(process.argv.slice(2));
