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
  AUDIT_DILAPORKAN: { severity: 'peringatan', hint: 'Nilai yang tercetak di dokumen lama berbeda dari hasil rumus; dokumen baru memakai hasil rumus. Periksa data masukan atau hapus nilai *_dilaporkan bila sudah ditindaklanjuti.' },
  POLARITAS_RASIO: { severity: 'peringatan', hint: 'Indikator "semakin kecil semakin baik" sebaiknya memakai rumus (2 × target − realisasi) / target × 100 (PermenPANRB 8/2021) atau target / realisasi × 100.' },
  GAGAL_HITUNG: { severity: 'galat', hint: 'Lengkapi target dan realisasi dengan angka; target 0 atau penyebut 0 tidak dapat dihitung.' },
  SDM_TIDAK_COCOK: { severity: 'peringatan', hint: 'Jumlah pegawai menurut pendidikan harus sama dengan jumlah ASN menurut golongan ditambah non-ASN.' },
  LINTAS_TARGET: { severity: 'peringatan', hint: 'Target PK sebaiknya sama dengan target Renstra/IKU tahun yang sama; bila PK direvisi, perbarui Renstra atau catat alasannya.' },
  LINTAS_ANGGARAN: { severity: 'peringatan', hint: 'Pagu DPA/PK berbeda dari pagu indikatif Renstra tahun yang sama; periksa apakah Renstra perlu disesuaikan.' },
  LINTAS_INDIKATOR: { severity: 'peringatan', hint: 'Indikator PK tingkat kepala perangkat daerah seharusnya tercantum sebagai IKU di Renstra yang berlaku.' },
  LINTAS_RUMUSAN: { severity: 'peringatan', hint: 'Indikator yang sama sebaiknya dirumuskan dengan kata-kata yang sama di semua dokumen.' },
  RENSTRA_TABEL_BEDA: { severity: 'peringatan', hint: 'Dua tabel Renstra memuat target berbeda untuk indikator yang sama; tetapkan satu nilai.' },
  TEMPLAT: { severity: 'galat', hint: 'Periksa templat pada baris tersebut: ejaan nama data (data setiap dokumen disusun di src/compute/), pasangan {{#if}}…{{/if}} dan {{#each}}…{{/each}}, serta tag markup yang ditutup.' },
  PENJELASAN_KOSONG: { severity: 'peringatan', hint: 'Tambahkan bagian "## <id-sasaran>" berisi uraian sasaran untuk Lampiran 2.' },
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
