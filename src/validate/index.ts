// Stage 2: validate. Schema and index first, then every cross-check from a table; all problems at once.
import { JENIS } from '../jenis/index.ts';
import type { LoadedContent } from '../load/load-content.ts';
import { buildContent, type Content } from './build-content.ts';
import { checkAnggaran } from './checks/anggaran.ts';
import { checkFolder } from './checks/folder.ts';
import { checkDasarHukum, checkIndikatorLengkap, checkInstansiLain } from './checks/katalog.ts';
import { checkLintasDokumen } from './checks/lintas-dokumen.ts';
import { checkNilaiTarget } from './checks/nilai-target.ts';
import { checkNip } from './checks/nip.ts';
import { checkPolaritas } from './checks/polaritas.ts';
import { checkProsaAngka } from './checks/prosa-angka.ts';
import { checkReferences } from './checks/references.ts';
import { checkReferensiDokumen } from './checks/referensi-dokumen.ts';
import { checkRenstra } from './checks/renstra.ts';
import { checkTahun } from './checks/tahun.ts';
import { checkTargets } from './checks/targets.ts';
import { sortDiagnostics, type Diagnostic } from './diagnostics.ts';
import { rootCauses } from './root-cause.ts';

// checks of the shared content, then each document kind's own (src/jenis/<jenis>/, `periksa`)
const CHECKS = (): ((c: Content) => Diagnostic[])[] => [
  checkReferences, checkReferensiDokumen, checkNip, checkAnggaran, checkTargets, checkNilaiTarget, checkTahun, checkIndikatorLengkap, checkDasarHukum, checkInstansiLain, checkProsaAngka, checkRenstra, checkLintasDokumen, checkPolaritas, checkFolder,
  ...JENIS.flatMap((k) => (k.periksa ? [k.periksa] : [])),
];

/** Runs the checks in order, their diagnostics concatenated (a build with a cache reuses the unchanged ones:
 *  src/cache/cek-deps.ts). */
export type JalankanCek = (content: Content, checks: ((c: Content) => Diagnostic[])[]) => Diagnostic[];
const semua: JalankanCek = (content, checks) => checks.flatMap((check) => check(content));

export function validate(loaded: LoadedContent, loadDiagnostics: Diagnostic[], jalankan = semua): { content: Content; diagnostics: Diagnostic[] } {
  const diagnostics = [...loadDiagnostics];
  const content = buildContent(loaded, diagnostics, JENIS.flatMap((k) => (k.sumber ? [k.sumber] : [])));
  diagnostics.push(...jalankan(content, CHECKS()));
  return { content, diagnostics: rootCauses(loaded, content, sortDiagnostics(diagnostics)) };
}
