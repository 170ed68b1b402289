// Known violation classes, already assigned to the engineers who fix them: the fuzz test and `npm run fuzz` count
// them but do not fail on them. Empty this list as the fixes land (a pattern that no longer matches anything is
// harmless, but remove it).
export interface Dikenal { pola: RegExp; ditugaskan: string }

export const DIKENAL: Dikenal[] = [
  // instansi.yaml deleted, emptied or renamed: no diagnostic, then computePk reads c.instansi!.value (galat internal)
  { pola: /^pengecualian: TypeError: Cannot read properties of undefined \(reading 'value'\) @ src\/compute\/pk\.ts$/, ditugaskan: 'issue 12 bagian 2: berkas wajib yang hilang (instansi.yaml)' },
];
