// The table of document kinds: one row per kind (its module folder). The order is the default build order.
import { baris, type Baris } from './jenis.ts';
import { evaluasiRencanaAksi } from './evaluasi-rencana-aksi/index.ts';
import { evaluasiRenja } from './evaluasi-renja/index.ts';
import { iku } from './iku/index.ts';
import { lkip } from './lkip/index.ts';
import { pedoman } from './pedoman/index.ts';
import { pengukuran } from './pengukuran/index.ts';
import { pk } from './pk/index.ts';
import { pohonKinerjaJenis } from './pohon-kinerja/index.ts';
import { rencanaAksiJenis } from './rencana-aksi/index.ts';
import { renstra } from './renstra/index.ts';

// Each row is checked against JenisDokumen with its own view type (`baris`), which then stays behind closures.
export const JENIS: readonly Baris[] = [baris(pk), baris(lkip), baris(iku), baris(renstra), baris(pedoman), baris(pengukuran), baris(rencanaAksiJenis), baris(evaluasiRencanaAksi), baris(evaluasiRenja), baris(pohonKinerjaJenis)];
