// Which tables each document kind exports (dispatch by kind). The pedoman (prose and PK-derived target lists)
// exports none.
import type { DocJob } from '../documents.ts';
import type { Tabel } from './tabel.ts';
import { tabelEvaluasiRencanaAksi } from './tabel-evaluasi-rencana-aksi.ts';
import { tabelEvaluasiRenja } from './tabel-evaluasi-renja.ts';
import { tabelIku } from './tabel-iku.ts';
import { tabelLkip } from './tabel-lkip.ts';
import { tabelPengukuran } from './tabel-pengukuran.ts';
import { tabelPk } from './tabel-pk.ts';
import { tabelRencanaAksi } from './tabel-rencana-aksi.ts';
import { tabelRenstra } from './tabel-renstra.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- each view is the return type of its compute function */
export const TABEL: Record<string, (view: any) => Tabel[]> = {
  pk: tabelPk,
  lkip: tabelLkip,
  pengukuran: tabelPengukuran,
  renstra: tabelRenstra,
  iku: tabelIku,
  'rencana-aksi': tabelRencanaAksi,
  'evaluasi-rencana-aksi': tabelEvaluasiRencanaAksi,
  'evaluasi-renja': tabelEvaluasiRenja,
};

export const tabelDokumen = (job: DocJob): Tabel[] => TABEL[job.jenis]?.(job.view) ?? [];
