// The `--jenis` names in the order of the table of kinds (src/jenis/index.ts), kept here so that option parsing and
// help do not load the kinds (with compute and zod) before a no-change build is answered from the cache (issue 15).
// test/nama-jenis.test.ts fails when this list and the table diverge.
export const NAMA_JENIS: readonly string[] = ['pk', 'lkip', 'iku', 'renstra', 'pedoman', 'pengukuran', 'rencana-aksi', 'evaluasi-rencana-aksi', 'evaluasi-renja', 'pohon-kinerja'];
