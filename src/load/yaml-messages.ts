// The `yaml` package's errors in Bahasa Indonesia: a few messages by pattern, every error code by a table, and a
// generic sentence for anything else (no English library text reaches the user).

const BY_MESSAGE: [RegExp, string][] = [
  [/^Missing closing "quote/, 'tanda petik ganda (") tidak ditutup'],
  [/^Missing closing 'quote/, "tanda petik tunggal (') tidak ditutup"],
  [/^Missing , or : between/, 'tanda "," atau ":" hilang di antara dua unsur dalam kurung'],
  [/^Missing , between/, 'tanda "," hilang di antara dua unsur dalam kurung'],
  [/^Missing space after :/, 'spasi setelah ":" hilang'],
  [/^Implicit map keys need to be followed by map values/, 'kunci tanpa nilai: tanda ":" setelah kunci hilang'],
  [/^Comments must be separated/, 'komentar "#" harus didahului spasi'],
  [/^Sequence item without - indicator/, 'butir daftar tanpa tanda "-"'],
  [/^Nested mappings are not allowed in compact mappings/, 'pemetaan bersarang tidak boleh ditulis pada satu baris (mis. "a: b: c")'],
  [/^All sequence items must start at the same column/, 'semua butir daftar "-" harus mulai pada kolom yang sama'],
  [/^Unexpected , in/, 'tanda "," tidak pada tempatnya'],
  [/^Unexpected empty item/, 'butir kosong di dalam kurung (dua tanda "," berurutan?)'],
];

const BY_CODE: Record<string, string> = {
  ALIAS_PROPS: 'alias (*nama) tidak boleh diberi tag atau jangkar',
  BAD_ALIAS: 'nama jangkar (&) atau alias (*) tidak sah',
  BAD_COLLECTION_TYPE: 'tag tidak cocok dengan jenis kumpulan nilainya',
  BAD_DIRECTIVE: 'direktif YAML ("%") tidak dikenal atau tidak sah',
  BAD_DQ_ESCAPE: 'urutan escape "\\" dalam teks berpetik ganda tidak sah',
  BAD_INDENT: 'indentasi tidak konsisten dengan baris sebelumnya',
  BAD_PROP_ORDER: 'jangkar (&) dan tag (!) harus ditulis setelah penanda "-" atau "?"',
  BAD_SCALAR_START: 'nilai tanpa petik tidak boleh diawali karakter ini (mis. "@", "`", "%"); beri tanda petik',
  BLOCK_AS_IMPLICIT_KEY: 'daftar atau pemetaan tidak boleh dipakai sebagai kunci',
  BLOCK_IN_FLOW: 'daftar atau pemetaan bertingkat tidak boleh berada di dalam kurung [ ] atau { }',
  DUPLICATE_KEY: 'kunci yang sama ditulis dua kali',
  IMPOSSIBLE: 'struktur YAML tidak dapat dibaca',
  KEY_OVER_1024_CHARS: 'kunci terlalu panjang (lebih dari 1024 karakter) atau tanda ":" hilang',
  MISSING_CHAR: 'ada karakter yang hilang (tanda petik, ":", "," atau kurung penutup)',
  MULTILINE_IMPLICIT_KEY: 'kunci harus ditulis pada satu baris (tanda ":" hilang atau indentasi salah?)',
  MULTIPLE_ANCHORS: 'satu nilai hanya boleh memiliki satu jangkar (&)',
  MULTIPLE_DOCS: 'berkas memuat lebih dari satu dokumen YAML (baris "---" kedua)',
  MULTIPLE_TAGS: 'satu nilai hanya boleh memiliki satu tag (!)',
  NON_STRING_KEY: 'kunci harus berupa teks',
  RESOURCE_EXHAUSTION: 'struktur YAML terlalu dalam atau terlalu besar',
  TAB_AS_INDENT: 'tab tidak boleh dipakai untuk indentasi; gunakan spasi',
  TAG_RESOLVE_FAILED: 'tag YAML (!) tidak dikenal',
  UNEXPECTED_TOKEN: 'karakter atau token tidak pada tempatnya',
};

export function pesanYaml(code: string, message: string): string {
  const hit = BY_MESSAGE.find(([re]) => re.test(message));
  return `YAML tidak valid: ${hit ? hit[1] : BY_CODE[code] ?? 'struktur YAML tidak sah'}`;
}
