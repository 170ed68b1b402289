// The CLI commands of the Excel workbooks (registered by src/cli/main.ts): ekspor, isian, impor.
import { Command, CommanderError } from 'commander';
import fs from 'node:fs';
import path from 'node:path';
import { ROMAWI_TW } from '../compute/triwulan.ts';
import { DOCUMENTS } from '../documents.ts';
import { instansiPemda } from '../cli/build-options.ts';
import { eksporPemda, type HasilPerintahPemda } from '../pemda/ekspor-paket.ts';
import { isianPemda, kontenImpor } from '../pemda/isian.ts';
import { ringkasPemda } from '../pemda/laporan.ts';
import { check } from '../pipeline.ts';
import { formatDiagnostic, hasErrors, type Diagnostic } from '../validate/diagnostics.ts';
// the workbooks (exceljs and its dependencies) load only when one of these commands runs: every other command starts faster
const ekspor = async (...a: Parameters<typeof import('./ekspor.ts').ekspor>) => (await import('./ekspor.ts')).ekspor(...a);
const impor = async (...a: Parameters<typeof import('./impor.ts').impor>) => (await import('./impor.ts')).impor(...a);
const bukuIsian = async (...a: Parameters<typeof import('./isian.ts').bukuIsian>) => (await import('./isian.ts')).bukuIsian(...a);

const list = (v: string, prev: string[] = []) => [...prev, ...v.split(',').map((s) => s.trim()).filter(Boolean)];
const tahun = (v: string) => { if (!/^\d{4}$/.test(v)) throw new CommanderError(2, 'opsi', `tahun tidak valid: ${v}`); return Number(v); };
const triwulan = (v: string) => { if (!/^[1-4]$/.test(v)) throw new CommanderError(2, 'opsi', `triwulan harus 1-4: ${v}`); return Number(v); };
/** A workbook diagnostic has no line: berkas.xlsx!Lembar!K12 stands for the place. */
const cetak = (d: Diagnostic) => (d.line ? formatDiagnostic(d) : `${d.file}: ${d.severity} [${d.code}] ${d.message}\n  saran: ${d.hint}`);
function laporGalat(ds: Diagnostic[]): boolean {
  for (const d of ds.filter((x) => x.severity === 'galat')) console.error(cetak(d));
  return hasErrors(ds);
}

export function daftarPerintahExcel(program: Command, gagal: () => void): void {
  program.command('ekspor').description('menulis tabel setiap dokumen sebagai buku kerja Excel (.xlsx) di samping PDF-nya')
    .option('--jenis <jenis>', `jenis dokumen dipisah koma: ${Object.keys(DOCUMENTS).join(', ')} (bawaan semua)`, list)
    .option('--tahun <tahun>', 'hanya dokumen tahun ini', tahun)
    .option('--triwulan <n>', 'triwulan laporan pengukuran (1-4, bawaan 4)', triwulan)
    .option('--hanya <slug>', 'hanya dokumen dengan nama berkas ini', list)
    .option('--konten <dir>', 'direktori konten', 'content')
    .option('--keluaran <dir>', 'direktori keluaran', 'output')
    .option('--instansi <id>', 'akar Pemda (pemda.yaml): hanya instansi ini, dipisah koma (bawaan semua); buku kerja ke <keluaran>/<id>/', list)
    .action(async (o) => {
      const jenis: string[] = o.jenis?.length ? o.jenis : Object.keys(DOCUMENTS);
      const asing = jenis.filter((j) => !(j in DOCUMENTS));
      if (asing.length) throw new CommanderError(2, 'opsi', `jenis dokumen tidak dikenal: ${asing.join(', ')}`);
      if (!fs.existsSync(o.konten)) throw new Error(`direktori konten tidak ditemukan: ${o.konten}`);
      const ids = instansiPemda(o.konten, o.instansi); // a Pemda root: every picked agency (src/pemda/)
      const r = ids ? await eksporPemda({ ...o, jenis }, ids, ekspor) : await ekspor({ ...o, jenis });
      const ditahan = laporGalat(r.diagnostics);
      if (ditahan && !ids) { console.error('Tidak ada berkas yang ditulis karena konten mengandung galat.'); gagal(); return; }
      for (const x of r.outputs) console.log(x.path);
      console.log(`${r.outputs.length} buku kerja ditulis ke ${o.keluaran}/${ids ? ringkasPemda(r as HasilPerintahPemda, ids) : ''}.`);
      if (ditahan) gagal();
    });
  program.command('isian').description('menulis buku kerja isian realisasi satu triwulan (IKU dan anggaran) untuk diisi lalu diimpor')
    .requiredOption('--tahun <tahun>', 'tahun kinerja', tahun)
    .requiredOption('--triwulan <n>', 'triwulan (1-4)', triwulan)
    .option('--konten <dir>', 'direktori konten', 'content')
    .option('--keluaran <berkas>', 'berkas .xlsx (bawaan output/isian/isian-<tahun>-tw<n>.xlsx; akar Pemda: direktori, bawaan output, buku kerja ke <dir>/<id>/isian/)')
    .option('--instansi <id>', 'akar Pemda (pemda.yaml): hanya instansi ini, dipisah koma (bawaan semua); satu buku kerja per instansi', list)
    .action(async (o) => {
      if (!fs.existsSync(o.konten)) throw new Error(`direktori konten tidak ditemukan: ${o.konten}`);
      const ids = instansiPemda(o.konten, o.instansi);
      if (ids) { // a Pemda root: one workbook per agency (src/pemda/)
        const r = await isianPemda(o, ids, bukuIsian);
        const ditahan = laporGalat(r.diagnostics);
        for (const { id, hasil } of r.instansi) if (hasil?.file) console.log(`${hasil.file} (${id}, ${hasil.baris} baris)`);
        const kosong = r.instansi.filter((i) => i.hasil && !i.galat && !i.hasil.file).map((i) => i.id);
        if (kosong.length) console.error(`Tanpa kinerja atau anggaran tahun ${o.tahun}, tanpa buku kerja: ${kosong.join(', ')}.`);
        console.log(`${r.instansi.filter((i) => i.hasil?.file).length} buku kerja isian triwulan ${ROMAWI_TW[o.triwulan - 1]} tahun ${o.tahun} ditulis${ringkasPemda(r, ids)}. Isi kolom kuning, lalu: sakip impor <berkas> --konten ${o.konten}`);
        if (ditahan) gagal();
        return;
      }
      const { content, diagnostics } = check(o.konten);
      if (laporGalat(diagnostics)) { console.error('Buku kerja tidak ditulis karena konten mengandung galat.'); gagal(); return; }
      const { bytes, baris } = await bukuIsian(content, o.tahun, o.triwulan);
      if (!baris) { console.error(`galat: konten tidak memuat kinerja (lkip/${o.tahun}/kinerja.yaml) atau anggaran (anggaran/${o.tahun}.yaml) tahun ${o.tahun}.`); gagal(); return; }
      const file = o.keluaran ?? path.join('output', 'isian', `isian-${o.tahun}-tw${o.triwulan}.xlsx`);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, bytes);
      console.log(`Buku kerja isian triwulan ${ROMAWI_TW[o.triwulan - 1]} tahun ${o.tahun} (${baris} baris) ditulis ke ${file}. Isi kolom kuning, lalu: sakip impor ${file}${o.konten === 'content' ? '' : ` --konten ${o.konten}`}`);
    });
  program.command('impor').argument('<berkas>', 'buku kerja isian (.xlsx) yang sudah diisi')
    .description('memeriksa buku kerja isian, lalu menulis nilainya ke berkas YAML konten (komentar dan susunan tetap)')
    .option('--konten <dir>', 'direktori konten (akar Pemda: instansi dari jalur buku kerja <dir>/<id>/isian/…)', 'content')
    .action(async (berkas: string, o) => {
      if (!fs.existsSync(o.konten)) throw new Error(`direktori konten tidak ditemukan: ${o.konten}`);
      const konten = kontenImpor(o.konten, berkas); // a Pemda root: the agency named by the workbook's path (src/pemda/)
      if (typeof konten !== 'string') throw new CommanderError(2, 'opsi', konten.pesan);
      const r = await impor(berkas, konten);
      if (laporGalat(r.diagnostics)) { console.error('Tidak ada berkas konten yang diubah karena buku kerja atau konten mengandung galat.'); gagal(); return; }
      for (const p of r.perubahan) console.log(`${p.lokasi} ${p.baris.id}: ${p.lama || '(kosong)'} → ${p.baru}`);
      console.log(r.perubahan.length ? `${r.perubahan.length} nilai diubah di ${r.berkas.join(', ')}.` : 'Tidak ada perubahan: konten sudah memuat semua nilai buku kerja ini.');
    });
}
