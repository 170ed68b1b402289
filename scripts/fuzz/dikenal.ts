// Known violation classes, already assigned to the engineers who fix them: the fuzz test and `npm run fuzz` count
// them but do not fail on them. Empty this list as the fixes land (a pattern that no longer matches anything is
// harmless, but remove it).
export interface Dikenal { pola: RegExp; ditugaskan: string }

export const DIKENAL: Dikenal[] = [
  // a required key missing (deleted, or renamed to a key far from any known one, e.g. __proto__): zod's
  // "Input tidak valid: diharapkan string, diterima undefined" instead of "kunci wajib … tidak ada"
  { pola: /^diagnostik SKEMA: pesan memuat "undefined"/, ditugaskan: 'issue 12 bagian 2: pesan SKEMA untuk kunci wajib yang hilang' },
];
