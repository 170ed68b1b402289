// A rebuild writes only the outputs whose bytes differ from the files already there: an unchanged document's
// files are left as they are (same bytes, no staging, no fsync). Interrupted writes are recovered first, so the
// comparison sees the files the previous build left; a file that cannot be read counts as changed. The comparison
// runs before the output lock (src/write/kunci.ts) is taken: the files left out are re-checked under it
// (`berubahSejak`), so that another build's set written meanwhile is not left half replaced.
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

/** A file's identity and version: another build's rename or write changes it. */
function tanda(p: string): string {
  try { const s = fs.statSync(p, { bigint: true }); return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`; } catch { return ''; }
}

/** Per array returned by keluaranBerubah: the outputs it left out, with their file's identity when compared. */
const DILEWATI = new WeakMap<Output[], { o: Output; tanda: string }[]>();

/** The outputs whose file is missing or holds other bytes. */
export function keluaranBerubah(keluaran: string, outputs: Output[]): Output[] {
  if (!outputs.length) return outputs;
  pulihkan(keluaran, SISTEM); // GagalTulis as writeOutputs would throw it
  const berubah: Output[] = [], lewat: { o: Output; tanda: string }[] = [];
  for (const o of outputs) {
    const t = tanda(o.path);
    if (sama(o)) lewat.push({ o, tanda: t }); else berubah.push(o);
  }
  DILEWATI.set(berubah, lewat);
  return berubah;
}

/** Whether `outputs` came from keluaranBerubah and it left some out. */
export const adaDilewati = (outputs: Output[]): boolean => !!DILEWATI.get(outputs)?.length;

/** Under the output lock: the outputs keluaranBerubah left out whose file another writer has changed since. */
export const berubahSejak = (outputs: Output[]): Output[] =>
  (DILEWATI.get(outputs) ?? []).filter((x) => tanda(x.o.path) !== x.tanda && !sama(x.o)).map((x) => x.o);
