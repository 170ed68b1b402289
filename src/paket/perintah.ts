// `sakip paket --tahun N [--triwulan T]`: the E-SAKIP bundle of a year, written all or nothing.
import { CommanderError, type Command } from 'commander';
import path from 'node:path';
import { report } from '../cli/report.ts';
import { instansiPemda, templatDir } from '../cli/build-options.ts';
import { paketPemda } from '../pemda/ekspor-paket.ts';
import { ringkasPemda } from '../pemda/laporan.ts';
import { hasErrors } from '../validate/diagnostics.ts';
import { writeOutputs } from '../write/write-atomic.ts';
import { paket } from './paket.ts';

const angka = (re: RegExp, apa: string) => (v: string) => { if (!re.test(v)) throw new CommanderError(2, 'opsi', `${apa} tidak valid: ${v}`); return Number(v); };

export const namaPaket = (tahun: number, triwulan?: number) => `esakip-${tahun}${triwulan ? `-tw${triwulan}` : ''}.zip`;

export function daftarPerintahPaket(program: Command, galat: () => void): void {
  program.command('paket').description('menulis satu zip E-SAKIP tahun itu: dokumen PDF per kategori unggahan dan manifest.json (halaman, sha256)')
    .requiredOption('--tahun <tahun>', 'tahun dokumen', angka(/^\d{4}$/, 'tahun'))
    .option('--triwulan <n>', 'triwulan evaluasi Rencana Aksi (1-4; bawaan triwulan terakhir yang realisasinya ada)', angka(/^[1-4]$/, 'triwulan'))
    .option('--konten <dir>', 'direktori konten', 'content')
    .option('--keluaran <dir>', 'direktori keluaran', 'output')
    .option('--templat <dir>', 'direktori templat sendiri (bawaan: templates/ bawaan alat ini)')
    .option('--kertas <kertas>', 'ukuran kertas: A4 atau F4', 'A4')
    .option('--instansi <id>', 'akar Pemda (pemda.yaml): hanya instansi ini, dipisah koma (bawaan semua); satu zip per instansi', (v: string, p: string[] = []) => [...p, ...v.split(',').map((s) => s.trim()).filter(Boolean)])
    .action(async (o: { tahun: number; triwulan?: number; konten: string; keluaran: string; templat?: string; kertas: 'A4' | 'F4'; instansi?: string[] }) => {
      const ids = instansiPemda(o.konten, o.instansi);
      if (ids) { // a Pemda root: one zip per agency (src/pemda/)
        const r = await paketPemda({ konten: o.konten, keluaran: o.keluaran, tahun: o.tahun, triwulan: o.triwulan, templat: templatDir(o.templat), kertas: o.kertas }, ids);
        report(r.diagnostics.filter((d) => d.severity === 'galat'));
        for (const [file, m] of r.manifest) console.log(`${file}: ${m.length} dokumen (${m.reduce((n, x) => n + x.halaman, 0)} halaman).`);
        console.log(`${r.outputs.length} paket ditulis ke ${path.join(o.keluaran, 'paket')}/${ringkasPemda(r, ids)}.`);
        if (hasErrors(r.diagnostics)) galat();
        return;
      }
      const r = await paket({ konten: o.konten, tahun: o.tahun, triwulan: o.triwulan, templat: templatDir(o.templat), kertas: o.kertas });
      report(r.diagnostics.filter((d) => d.severity === 'galat'));
      if (hasErrors(r.diagnostics) || !r.zip) { galat(); return; }
      const file = path.join(o.keluaran, 'paket', namaPaket(o.tahun, o.triwulan));
      await writeOutputs(o.keluaran, [{ path: file, bytes: r.zip }]);
      console.log(`${file}: ${r.manifest.length} dokumen (${r.manifest.reduce((n, m) => n + m.halaman, 0)} halaman).`);
    });
}
