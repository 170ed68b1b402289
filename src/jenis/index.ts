// The table of document kinds: one row per kind (its module folder). The order is the default build order.
import type { JenisDokumen } from './jenis.ts';
import { evaluasiRencanaAksi } from './evaluasi-rencana-aksi/index.ts';
import { evaluasiRenja } from './evaluasi-renja/index.ts';
import { iku } from './iku/index.ts';
import { lkip } from './lkip/index.ts';
import { pedoman } from './pedoman/index.ts';
import { pengukuran } from './pengukuran/index.ts';
import { pk } from './pk/index.ts';
import { rencanaAksiJenis } from './rencana-aksi/index.ts';
import { renstra } from './renstra/index.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each row keeps its own view type
export const JENIS: readonly JenisDokumen<any>[] = [pk, lkip, iku, renstra, pedoman, pengukuran, rencanaAksiJenis, evaluasiRencanaAksi, evaluasiRenja];
