// The document kinds as jobs, by `--jenis` name: each row of the table of kinds (src/jenis/index.ts) gives its
// documents (src/jenis/jenis.ts, `baris`).
import type { Content } from './validate/build-content.ts';
import { JENIS } from './jenis/index.ts';
import type { DocJob, Pilihan } from './jenis/jenis.ts';

export type { DocJob, Pilihan };
export interface DocKind { jobs(c: Content, o: Pilihan): DocJob[] }

export const DOCUMENTS: Record<string, DocKind> = Object.fromEntries(JENIS.map((k) => [k.jenis, { jobs: k.jobs }]));
