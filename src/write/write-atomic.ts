// Stage 5 (I/O): write every output atomically (temp file, then rename); never touches content/.
import fs from 'node:fs';
import path from 'node:path';

export interface Output { path: string; bytes: Uint8Array }

export function writeOutputs(outputs: Output[]): void {
  for (const o of outputs) {
    fs.mkdirSync(path.dirname(o.path), { recursive: true });
    const tmp = `${o.path}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, o.bytes);
    fs.renameSync(tmp, o.path);
  }
}

/** Whether every path exists (a watching build renders an unchanged document again when its files are gone). */
export const allExist = (paths: string[]): boolean => paths.every((p) => fs.existsSync(p));
