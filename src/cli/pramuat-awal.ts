// The preloading worker (src/pramuat.ts) started by the CLI as soon as the no-change answer misses, before the
// pipeline's modules load (issue 15: ~0.2 s earlier than the pipeline could start it). The pipeline keeps it only
// for a rebuild of content built before with this cache (src/pipeline.ts), else stops it. The worker compiles the
// libraries with the V8 code cache of the build cache, as this thread does (src/cli/kode-v8.ts).
import fs from 'node:fs';
import { setEnvironmentData } from 'node:worker_threads';
import { KolamPekerja } from '../pekerja.ts';
import type { Options } from '../pipeline/opsi.ts';
import { DATA_PEMANASAN } from '../pemanasan.ts';
import { intiLuang } from '../pramuat.ts';
import { DATA_KODE_V8 } from './kode-v8.ts';

/** The worker, or undefined without a cache (or an empty one), with `--pekerja` n > 1, or without a core to spare. */
export function mulaiPramuat(o: Options, pemanasan = true): KolamPekerja | undefined {
  if (!o.cache || (o.pekerja ?? 1) > 1 || !fs.existsSync(o.cache) || !intiLuang()) return undefined;
  setEnvironmentData(DATA_KODE_V8, o.cache); // read by the worker at its start (src/pekerja-render.ts)
  if (pemanasan) setEnvironmentData(DATA_PEMANASAN, true); // a one-page PDF laid out while it waits (src/pemanasan.ts)
  try { return new KolamPekerja(1, [o.format.includes('pdf') ? 'pdf' : 'docx']); } finally { setEnvironmentData(DATA_KODE_V8, undefined); setEnvironmentData(DATA_PEMANASAN, undefined); }
}
