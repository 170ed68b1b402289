// Opt-in (SAKIP_ULANG_GC=1): a Pemda build that keeps every core busy with agency workers runs in a child node
// process started with V8 GC flags that only node's command line takes (V8 refuses them at run time, worker threads
// refuse them as execArgv): marking and scavenging on the workers' own threads instead of helper threads that
// compete with them for the cores. Not the default: no clear win (A/B in bin/sakip.js's header). The child is this
// script again, with the same arguments, stdio, exit code and signals; SAKIP_ULANG_GC=0 in its environment stops a
// second re-exec.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const FLAG_GC = ['--no-concurrent-marking', '--no-parallel-scavenge'];
export const PENANDA_ENV = 'SAKIP_ULANG_GC';

/** The value of option `nama` in `argv` (`--nama v` or `--nama=v`; the last one wins, as in commander). */
function nilai(argv, nama) {
  let v;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === nama) v = argv[++i];
    else if (argv[i].startsWith(`${nama}=`)) v = argv[i].slice(nama.length + 1);
  }
  return v;
}

/** The agency folders of a Pemda root (src/pemda/akar.ts's daftarInstansi), 0 when `konten` is not one. */
function jumlahInstansi(konten) {
  if (!fs.statSync(path.join(konten, 'pemda.yaml'), { throwIfNoEntry: false })?.isFile()) return 0;
  try {
    return fs.readdirSync(path.join(konten, 'instansi'), { withFileTypes: true }).filter((e) => e.isDirectory() && !e.name.startsWith('.')).length;
  } catch { return 0; }
}

/** Whether `sakip <argv>` should run in a child with FLAG_GC: asked for (SAKIP_ULANG_GC=1; the child has 0),
 *  `build` of a Pemda root whose agency workers (src/pemda/kolam-instansi.ts: one per core, at most one per agency,
 *  --pekerja) fill every core, flags not given already. */
export function perluUlangGc(argv, env = process.env, inti = os.availableParallelism(), execArgv = process.execArgv) {
  if (env[PENANDA_ENV] !== '1' || execArgv.some((a) => FLAG_GC.includes(a))) return false;
  if (argv.find((a) => !a.startsWith('-')) !== 'build' || argv.some((a) => a === '-h' || a === '--help')) return false;
  let n = jumlahInstansi(nilai(argv, '--konten') ?? 'content');
  const pilih = nilai(argv, '--instansi');
  if (pilih) n = Math.min(n, pilih.split(',').filter((s) => s.trim()).length);
  const pekerja = Math.min(n, Number(nilai(argv, '--pekerja') ?? inti) || inti);
  return inti > 1 && pekerja >= inti;
}

/** Runs `skrip` with `argv` in a child node with FLAG_GC; resolves with its exit code, or re-raises its signal. */
export async function ulangGc(skrip, argv) {
  const { spawn } = await import('node:child_process'); // only then: the CLI's start does not load it
  const anak = spawn(process.execPath, [...FLAG_GC, ...process.execArgv, skrip, ...argv], { stdio: 'inherit', env: { ...process.env, [PENANDA_ENV]: '0' } });
  const terus = (s) => () => { anak.kill(s); };
  const sinyal = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'].map((s) => [s, terus(s)]);
  for (const [s, f] of sinyal) process.on(s, f); // a terminal's Ctrl+C reaches both: the child decides
  return new Promise((selesai) => {
    anak.on('error', (e) => { console.error(`galat internal: ${e.message}`); selesai(3); });
    anak.on('exit', (kode, s) => {
      for (const [n, f] of sinyal) process.off(n, f);
      if (s) { process.kill(process.pid, s); return; }
      selesai(kode ?? 3);
    });
  });
}
