// `sakip check`: content checks and every document through its templates, nothing written but the build cache.
// With the cache (the default, as a build's), a check where nothing it reads changed is answered before the
// pipeline loads (src/cache/check-tetap.ts), and any other check redoes only what changed (src/pipeline/periksa-cache.ts):
// issue 15 measured 2.6-3.0 s per check of the default content before (every file parsed, every template compiled
// and run). `--tanpa-cache`: everything checked again, no cache read or written.
import { addInstansiOption, cacheBawaan, instansiPemda, templatDir } from './build-options.ts';
import { angkaPekerja, type Daftar } from './perintah.ts';
import { progresTerminal } from './progres.ts';
import { report } from './report.ts';
import type { Progres } from '../progres.ts';
import { hasErrors, type Diagnostic } from '../validate/diagnostics.ts';

/** One agency with a cache: the stored answer, else the cached stages with the libraries from V8's code cache
 *  (the data a rebuild wrote; a check writes only the libraries', not the bundle's: ./kode-v8.ts). */
async function periksaSatu(konten: string, templat: string | undefined, cacheDir: string, progres: Progres): Promise<Diagnostic[]> {
  const [{ ambilCheck, kunciCheck }, { bukaCache }] = await Promise.all([import('../cache/check-tetap.ts'), import('../cache/simpanan.ts')]);
  const kunci = kunciCheck(konten, templat);
  const lalu = ambilCheck(bukaCache(cacheDir), kunci);
  if (lalu) { progres.dibaca?.(lalu.dibaca); return lalu.diagnostics; }
  const simpanKode = (await import('./kode-v8.ts')).pasangKodeV8(cacheDir);
  try {
    return (await import('../pipeline/periksa-cache.ts')).checkCache(konten, templat, cacheDir, progres, kunci).diagnostics;
  } finally { simpanKode(false); }
}

export const daftarCheck: Daftar = (program, gagal) => {
  addInstansiOption(program.command('check').description('memvalidasi dan memeriksa silang konten (akar Pemda: juga antarinstansi), lalu menjalankan templat setiap dokumen, tanpa menulis berkas apa pun selain cache build')
    .option('--konten <dir>', 'direktori konten', 'content')
    .option('--templat <dir>', 'direktori templat sendiri (bawaan: templates/ bawaan alat ini)')
    .option('--tanpa-cache', 'periksa semuanya lagi, tanpa membaca atau menulis cache build')
    .option('--cache <dir>', 'direktori cache build (bawaan: ~/.cache/sakip)')
    .option('--pekerja <n>', 'akar Pemda: jumlah instansi yang diperiksa bersamaan di worker thread (bawaan: satu per inti CPU); 1 = satu per satu', angkaPekerja)
    .option('--senyap', 'akar Pemda: tanpa baris kemajuan (instansi selesai/total) selama pemeriksaan'))
    .action(async (o: { konten: string; templat?: string; instansi?: string[]; tanpaCache?: boolean; cache?: string; pekerja?: number; senyap?: boolean }) => {
      let dibaca = 0;
      const ids = instansiPemda(o.konten, o.instansi);
      const layar = ids && !o.senyap ? progresTerminal() : undefined; // a Pemda: one line per agency checked
      const progres: Progres = { dibaca: (n: number) => { dibaca = n; }, instansi: layar?.instansi };
      const templat = templatDir(o.templat);
      const cacheDir = o.tanpaCache ? undefined : (o.cache ?? cacheBawaan());
      const diagnostics = ids ? await (await import('../pemda/bangun.ts')).checkPemda(o.konten, ids, templat, progres, cacheDir, o.pekerja).finally(() => layar?.selesai())
        : cacheDir ? await periksaSatu(o.konten, templat, cacheDir, progres)
        : (await import('../pipeline.ts')).checkAll(o.konten, templat, progres);
      report(diagnostics);
      console.log(`${dibaca} berkas konten dibaca.`);
      if (hasErrors(diagnostics)) gagal();
      else console.log(`Konten dan templat valid (${diagnostics.length} peringatan).`);
    });
};
