// Diagnostics: stable codes, severity and a hint per code, all in Bahasa Indonesia.

export type Severity = 'galat' | 'peringatan';
export interface Location { file: string; line: number; column: number }
export interface Diagnostic extends Location { code: string; severity: Severity; message: string; hint: string }

interface CodeInfo { severity: Severity; hint: string }
export const CODES = {
  YAML_SINTAKS: { severity: 'galat', hint: 'Periksa indentasi (spasi, bukan tab), tanda ":" dan "-" pada baris tersebut.' },
  FRONT_MATTER_HILANG: { severity: 'galat', hint: 'Berkas .md konten harus diawali blok YAML di antara dua baris "---".' },
  SKEMA: { severity: 'galat', hint: 'Sesuaikan nilai dengan format konten di README (bagian "Format konten").' },
  ID_DUPLIKAT: { severity: 'galat', hint: 'Setiap id harus unik; ganti salah satu id atau gabungkan kedua entri.' },
  ID_TIDAK_DIKENAL: { severity: 'galat', hint: 'Periksa ejaan id atau tambahkan entri tersebut ke registri yang sesuai.' },
  NIP_PANJANG: { severity: 'galat', hint: 'NIP terdiri atas 18 angka: tanggal lahir (8), TMT (6), jenis kelamin (1), nomor urut (3).' },
  NIP_TANGGAL: { severity: 'galat', hint: 'Delapan angka pertama NIP adalah tanggal lahir (yyyymmdd), enam berikutnya TMT (yyyymm, atau yyyy21 untuk PPPK).' },
  NIP_KOSONG: { severity: 'peringatan', hint: 'Isi NIP pejabat yang menandatangani; tanpa NIP baris "NIP." dicetak kosong untuk diisi tangan.' },
  ANGGARAN_INDUK_SELISIH: { severity: 'galat', hint: 'Pagu hanya ditulis pada simpul terbawah; hapus pagu induk agar dihitung dari rinciannya.' },
  ANGGARAN_DAUN_KOSONG: { severity: 'galat', hint: 'Simpul tanpa rincian harus memiliki pagu.' },
  TARGET_BERBEDA: { severity: 'peringatan', hint: 'Indikator yang sama dalam satu jenjang perjanjian kinerja sebaiknya memiliki target yang sama; periksa kembali kedua PK.' },
  TAHUN_JUDUL: { severity: 'galat', hint: 'Judul tidak boleh memuat tahun lain; tahun dokumen diambil dari kunci "tahun".' },
  TAHUN_PROSA: { severity: 'peringatan', hint: 'Gunakan {tahun} dalam prosa agar tahun selalu sama dengan tahun dokumen.' },
  INDIKATOR_TIDAK_LENGKAP: { severity: 'peringatan', hint: 'Lengkapi satuan, formulasi dan sumber data indikator di katalog indikator.' },
  DASAR_HUKUM_TIDAK_BERLAKU: { severity: 'galat', hint: 'Peraturan yang dicabut atau dibatalkan tidak boleh menjadi dasar hukum; ganti dengan peraturan yang berlaku.' },
  INSTANSI_LAIN: { severity: 'galat', hint: 'Prosa memuat nama perangkat daerah lain, kemungkinan sisa salinan dokumen lain.' },
  BAGIAN_TIDAK_DIKENAL: { severity: 'galat', hint: 'Judul bagian "## <id-sasaran>" dan "### <id-indikator>" harus merujuk sasaran/indikator di front matter.' },
  AUDIT_DILAPORKAN: { severity: 'peringatan', hint: 'Nilai yang tercetak di dokumen lama berbeda dari hasil rumus; dokumen baru memakai hasil rumus, kecuali angka tercatat (realisasi_tercatat) yang dicetak apa adanya. Periksa data masukan atau hapus nilai *_dilaporkan bila sudah ditindaklanjuti.' },
  POLARITAS_RASIO: { severity: 'peringatan', hint: 'Indikator "semakin kecil semakin baik" sebaiknya memakai rumus (2 × target − realisasi) / target × 100 (PermenPANRB 8/2021) atau target / realisasi × 100.' },
  GAGAL_HITUNG: { severity: 'peringatan', hint: 'Lengkapi target dan realisasi; untuk target 0 nyatakan aturannya di katalog indikator (mis. "target_nol: biner"). Dokumen mencetak "–" dengan catatan kaki dan rata-rata tidak menyertakan indikator ini.' },
  SDM_TIDAK_COCOK: { severity: 'peringatan', hint: 'Jumlah pegawai menurut pendidikan harus sama dengan jumlah ASN menurut golongan ditambah non-ASN.' },
  LINTAS_TARGET: { severity: 'peringatan', hint: 'Target PK sebaiknya sama dengan target Renstra/IKU tahun yang sama; bila PK direvisi, perbarui Renstra atau catat alasannya.' },
  LINTAS_ANGGARAN: { severity: 'peringatan', hint: 'Pagu DPA/PK berbeda dari pagu indikatif Renstra tahun yang sama; periksa apakah Renstra perlu disesuaikan.' },
  LINTAS_INDIKATOR: { severity: 'peringatan', hint: 'Indikator PK tingkat kepala perangkat daerah seharusnya tercantum sebagai IKU di Renstra yang berlaku.' },
  LINTAS_POLARITAS: { severity: 'peringatan', hint: 'Indikator yang sama harus berarah capaian (polaritas) sama di semua dokumen; tulis polaritas yang benar pada entri katalog indikator (bawaan: positif) dan di pohon anggaran.' },
  LINTAS_RUMUSAN: { severity: 'peringatan', hint: 'Indikator yang sama sebaiknya dirumuskan dengan kata-kata yang sama di semua dokumen.' },
  IKU_TANPA_KEPUTUSAN: { severity: 'peringatan', hint: 'Tulis keputusan penetapan IKU di iku/<periode>.md (front matter: jenis: iku, periode, renstra, tentang, tempat, tanggal, penandatangan, menimbang, mengingat, diktum; contoh: content/iku/2021-2026.md); tanpa berkas itu IKU dicetak sebagai rancangan.' },
  RENSTRA_TABEL_BEDA: { severity: 'peringatan', hint: 'Dua tabel Renstra memuat target berbeda untuk indikator yang sama; tetapkan satu nilai.' },
  TEMPLAT: { severity: 'galat', hint: 'Periksa templat pada baris tersebut: ejaan nama data (data setiap dokumen disusun di src/compute/), pasangan {{#if}}…{{/if}} dan {{#each}}…{{/each}}, serta tag markup yang ditutup.' },
  // content format (issue 10)
  KUNCI_TIDAK_DIKENAL: { severity: 'peringatan', hint: 'Kunci ini tidak dipakai dan diabaikan; periksa ejaannya (lihat README, bagian "Format konten").' },
  TANGGAL_MUSTAHIL: { severity: 'galat', hint: 'Tanggal harus ada di kalender (yyyy-mm-dd), mis. 2025-02-28.' },
  TARGET_TIDAK_SAH: { severity: 'galat', hint: 'Target negatif hanya sah bila indikator menyatakan "nilai_negatif: boleh" di katalog (mis. pertumbuhan yang direncanakan turun).' },
  TARGET_NOL: { severity: 'peringatan', hint: 'Capaian terhadap target 0 tidak dapat dihitung dengan rumus biasa; nyatakan aturan di katalog indikator, mis. "target_nol: biner" (realisasi 0 = 100%).' },
  NIP_GANDA: { severity: 'galat', hint: 'Satu NIP hanya dimiliki satu orang; gabungkan kedua entri di registri orang dan rujuk satu id.' },
  SASARAN_TIDAK_ADA: { severity: 'galat', hint: 'Tulis daftar sasaran di kinerja.yaml, mis. "sasaran: [{id: ss1, uraian: Meningkatnya ...}]", atau sediakan berkas Renstra yang dirujuk.' },
  TARGET_TRIWULAN_BEDA: { severity: 'peringatan', hint: 'Target triwulan IV (kumulatif) atau gabungan target triwulan menurut aturan agregasi harus sama dengan target tahunan.' },
  TRIWULAN_ATURAN_BEDA: { severity: 'peringatan', hint: 'Samakan pelaporan/agregasi indikator di Rencana Aksi dengan triwulan-nya di lkip/<tahun>/kinerja.yaml, atau tulis realisasi triwulan di berkas Rencana Aksi.' },
  RA_REALISASI_BEDA: { severity: 'peringatan', hint: 'Evaluasi Rencana Aksi mencetak realisasi berkas Rencana Aksi, sedangkan LKIP dan laporan pengukuran mencetak realisasi lkip/<tahun>/kinerja.yaml (hasil sakip impor). Samakan kedua angka, atau hapus `realisasi` indikator ini di Rencana Aksi agar realisasi kinerja.yaml yang dipakai.' },
  RENCANA_AKSI_TIDAK_LENGKAP: { severity: 'peringatan', hint: 'Rencana Aksi membagi setiap indikator PK per triwulan; tambahkan indikator itu ke daftar `indikator` berkas Rencana Aksi.' },
  RENCANA_ANGGARAN_BEDA: { severity: 'peringatan', hint: 'Rencana anggaran TW I–IV suatu sub kegiatan di Rencana Aksi harus berjumlah sama dengan pagunya di anggaran/<tahun>.yaml.' },
  // bad input (issue 12)
  BERKAS_KOSONG: { severity: 'galat', hint: 'Isi berkas atau hapus berkas kosong dari direktori konten.' },
  ENKODING: { severity: 'galat', hint: 'Simpan berkas sebagai teks UTF-8 tanpa karakter NUL (mis. "Save with Encoding: UTF-8" di VS Code).' },
  TAUTAN_LUAR: { severity: 'galat', hint: 'Tautan simbolik yang menunjuk ke luar direktori konten tidak diikuti; salin berkasnya ke dalam direktori konten.' },
  NAMA_BERKAS: { severity: 'galat', hint: 'Nama berkas konten hanya boleh huruf kecil, angka, "-", "_" dan "." (mis. 01-kepala-dinas.md).' },
  KONTEN_KOSONG: { severity: 'galat', hint: 'Direktori konten tidak memuat berkas konten; buat kerangka dengan "sakip init <dir>" atau periksa opsi --konten.' },
  TAHUN_FOLDER: { severity: 'peringatan', hint: 'Tahun di front matter harus sama dengan tahun folder berkas (mis. pk/2025/ berisi tahun: 2025).' },
  BERKAS_TIDAK_DIKENAL: { severity: 'peringatan', hint: 'Berkas atau folder ini tidak dibaca oleh jenis dokumen mana pun; periksa nama dan letaknya (lihat README, bagian "Format konten").' },
  // the logo of the letterhead (instansi.yaml `logo:`)
  LOGO_TIDAK_ADA: { severity: 'galat', hint: 'Letakkan berkas logo di dalam direktori konten dan tulis path-nya relatif terhadap direktori itu, mis. "logo: logo.png"; atau hapus kunci logo.' },
  LOGO_FORMAT: { severity: 'galat', hint: 'Logo harus berupa gambar PNG atau JPEG (bukan SVG, PDF atau berkas yang hanya diganti ekstensinya); ekspor ulang logo sebagai PNG.' },
  LOGO_TERLALU_BESAR: { severity: 'galat', hint: 'Logo dicetak selebar sekitar 2 cm: gambar 300–600 piksel sudah cukup; perkecil atau kompres berkasnya (di bawah 2 MB).' },
  // documents (issue 11)
  RUJUKAN_SILANG: { severity: 'peringatan', hint: 'Prosa merujuk tabel, gambar atau lampiran yang tidak ada di dokumen yang sama; periksa nomornya.' },
  PROSA_ANGKA: { severity: 'peringatan', hint: 'Prosa menyebut angka yang tidak sama dengan hasil hitung indikator di dekatnya; pakai placeholder, mis. {realisasi} atau {capaian}.' },
  BERKAS_TIDAK_TERBACA: { severity: 'galat', hint: 'Berkas atau folder tidak dapat dibaca (tautan putus, bukan berkas biasa, terlalu besar atau tanpa izin baca); perbaiki atau hapus dari direktori konten.' },
  // a Pemda of several agencies (issue 15): checks across the agencies of one content tree (src/pemda/)
  PEMDA_NAMA: { severity: 'peringatan', hint: 'Nama pemda di instansi.yaml setiap instansi harus sama dengan "nama" di pemda.yaml; nama itu dicetak di kop dan naskah dokumen.' },
  PEMDA_KEPALA_DAERAH: { severity: 'galat', hint: 'PK Kepala Dinas ditandatangani kepala daerah Pemda sebagai pihak kedua: isi pihak_kedua (dan kepala_daerah di instansi.yaml) dengan jabatan "kepala_daerah" di pemda.yaml, yang dicatat sekali di bersama/jabatan/.' },
  PEMDA_ORANG_GANDA: { severity: 'peringatan', hint: 'Orang yang sama dicatat sekali, di bersama/orang/, lalu dirujuk dari jabatan setiap instansi; bila memang dua orang, periksa NIP-nya.' },
  PEMDA_PIHAK_GANDA: { severity: 'peringatan', hint: 'Satu orang menjadi pihak pertama PK di dua instansi pada tahun yang sama; periksa pejabat jabatan itu (Plt. dicatat di instansi tempat ia menandatangani).' },
  PEMDA_TARGET_BEDA: { severity: 'peringatan', hint: 'Target kepala daerah (bersama/rpjmd/) untuk indikator ini harus muncul dengan nilai yang sama di PK Kepala Dinas instansi pengampunya pada tahun itu; samakan salah satunya atau catat alasannya.' },
  // fill-in workbook import (sakip impor, issue 14); located as berkas.xlsx!Lembar!K12
  ISIAN_BERKAS: { severity: 'galat', hint: 'Gunakan buku kerja yang dibuat "sakip isian" untuk konten, tahun dan triwulan ini; jangan mengganti nama atau menghapus lembarnya.' },
  ISIAN_BUKAN_ANGKA: { severity: 'galat', hint: 'Isi angka saja, tanpa satuan dan tanpa pemisah ribuan (mis. 1250 atau 92,5); indikator kualitatif diisi salah satu kata dari daftar pilihan sel.' },
  ISIAN_ID_TIDAK_DIKENAL: { severity: 'galat', hint: 'Baris ini tidak ada di konten; jangan menambah baris atau mengubah kolom id. Buat ulang buku kerja dengan "sakip isian".' },
  ISIAN_TERKUNCI_BERUBAH: { severity: 'galat', hint: 'Kolom konteks (abu-abu) tidak boleh diubah; isi hanya kolom kuning. Bila konten sudah berubah, buat ulang buku kerja dengan "sakip isian".' },
  ISIAN_TRIWULAN_KOSONG: { severity: 'galat', hint: 'Isi dulu realisasi triwulan sebelumnya (buku kerja triwulan tersebut), lalu impor triwulan ini; komponen mentah triwulan baru diisi semua bagiannya (pembilang dan penyebut, sekarang dan sebelumnya).' },
  REALISASI_TRIWULAN_BEDA: { severity: 'peringatan', hint: 'Jumlah realisasi_anggaran_triwulan (TW I–IV) harus sama dengan realisasi_anggaran tahunan simpul yang sama; periksa kedua angka.' },
  // pohon kinerja (issue 13): `mendukung` of a PK sasaran
  POHON_RUJUKAN_TIDAK_DIKENAL: { severity: 'galat', hint: 'Isi `mendukung` dengan id sasaran PK atasan tahun yang sama (pihak kedua, atau atasan di registri jabatan); untuk Kepala Dinas: id tujuan Renstra yang periodenya mencakup tahun itu.' },
  POHON_TIDAK_MENDUKUNG: { severity: 'peringatan', hint: 'Tulis `mendukung: <id sasaran atasan>` pada sasaran ini; bila memang tidak mendukung sasaran atasan mana pun, tinjau kembali sasaran itu dalam pohon kinerja.' },
  POHON_TIDAK_DIDUKUNG: { severity: 'peringatan', hint: 'Tidak ada sasaran bawahan yang mendukung sasaran ini; tambahkan `mendukung` pada sasaran PK bawahan yang menjalankannya, atau tinjau pembagian kinerja.' },
} as const satisfies Record<string, CodeInfo>;
export type Code = keyof typeof CODES;

export function diag(code: Code, loc: Location, message: string): Diagnostic {
  const info: CodeInfo = CODES[code];
  return { ...loc, code, severity: info.severity, message, hint: info.hint };
}

export const hasErrors = (ds: Diagnostic[]) => ds.some((d) => d.severity === 'galat');

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity} [${d.code}] ${d.message}\n  saran: ${d.hint}`;
}

export function sortDiagnostics(ds: Diagnostic[]): Diagnostic[] {
  return [...ds].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
}
