// `sakip verifikasi <berkas>`: exit 0 when the file is the current content's document, 1 otherwise.
import type { Command } from 'commander';
import { report } from '../cli/report.ts';
import { templatDir } from '../cli/build-options.ts';
import { akarPemda, daftarInstansi } from '../pemda/akar.ts';
import { verifikasiPemda } from '../pemda/verifikasi.ts';
import { verifikasi } from './verifikasi.ts';
import type { Klaim } from './id.ts';

const jalur = (k: Klaim) => `${k.jenis}/${k.tahun}/${k.slug}${k.kertas === 'F4' ? ', kertas F4' : ''}`;

export function daftarPerintahVerifikasi(program: Command, gagal: () => void): void {
  program.command('verifikasi').argument('<berkas>', 'berkas PDF atau DOCX hasil sakip')
    .description('memeriksa apakah berkas PDF/DOCX sama dengan dokumen yang dibangun dari konten dan templat sekarang (ID dokumen)')
    .option('--konten <dir>', 'direktori konten (akar Pemda: instansi dicari dari jalur berkas <keluaran>/<id>/…)', 'content')
    .option('--templat <dir>', 'direktori templat sendiri (bawaan: templates/ bawaan alat ini)')
    .action((berkas: string, o: { konten: string; templat?: string }) => {
      const pemda = akarPemda(o.konten) ? verifikasiPemda(berkas, o.konten, templatDir(o.templat)) : undefined; // src/pemda/
      if (pemda && !pemda.hasil) {
        gagal();
        console.error(`${berkas}: TIDAK COCOK dengan dokumen instansi mana pun di ${o.konten}/instansi/ (${daftarInstansi(o.konten).join(', ')}). Berkas di luar <keluaran>/<id>/: verifikasi per instansi dengan --konten ${o.konten}/instansi/<id> untuk melihat bedanya.`);
        return;
      }
      const r = pemda?.hasil ?? verifikasi(berkas, o.konten, templatDir(o.templat));
      const instansi = pemda?.id ? ` instansi ${pemda.id}` : '';
      if (r.status === 'cocok') { console.log(`${berkas}: cocok. ID dokumen ${r.id} = "${r.dokumen}" dari konten${instansi} sekarang.`); return; }
      gagal();
      if (r.status === 'tanpa-id') console.error(`${berkas}: tidak memuat ID dokumen sakip; tidak dapat diverifikasi.`);
      else if (r.status === 'galat') { report(r.diagnostics.filter((d) => d.severity === 'galat')); console.error('Konten atau templat mengandung galat; verifikasi tidak dapat dilakukan.'); }
      else console.error(`${berkas}: TIDAK COCOK. Berkas ini mengaku sebagai "${r.dokumen}" (${jalur(r.klaim)}, ID dokumen ${r.id}), `
        + (r.idSekarang ? `tetapi konten, templat atau versi alat telah berubah: ID dokumen sekarang ${r.idSekarang}.` : 'tetapi dokumen itu tidak ada lagi di konten sekarang.'));
    });
}
