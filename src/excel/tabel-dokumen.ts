// Which tables a document exports: its kind's own `tabel` (src/jenis/<kind>/index.ts), bound to the document's
// view where the view's type is known. A kind without one (the guideline: prose and PK-derived lists) exports none.
import type { DocJob } from '../documents.ts';
import type { Tabel } from './tabel.ts';

export const tabelDokumen = (job: DocJob): Tabel[] => job.tabel?.() ?? [];
