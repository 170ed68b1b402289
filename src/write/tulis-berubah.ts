// A rebuild writes only the outputs whose bytes differ from the files already there: an unchanged document's
// files are left as they are (same bytes, no staging, no fsync). Interrupted writes are recovered first, so the
// comparison sees the files the previous build left; a file that cannot be read counts as changed.
import fs from 'node:fs';
import { pulihkan } from './pemulihan.ts';
import { SISTEM } from './sistem.ts';
import type { Output } from './write-atomic.ts';

function sama(o: Output): boolean {
  try {
    const s = fs.statSync(o.path);
    return s.isFile() && s.size === o.bytes.length && fs.readFileSync(o.path).equals(o.bytes);
  } catch { return false; }
}

/** The outputs whose file is missing or holds other bytes. */
export function keluaranBerubah(keluaran: string, outputs: Output[]): Output[] {
  if (!outputs.length) return outputs;
  pulihkan(keluaran, SISTEM); // GagalTulis as writeOutputs would throw it
  return outputs.filter((o) => !sama(o));
}
