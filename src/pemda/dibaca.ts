// "N berkas konten dibaca" of a Pemda root: every agency's load counts the shared registries it reads, so they
// are counted once here, with the Pemda's own files (pemda.yaml, bersama/rpjmd/*.yaml) that no agency reads.
import fs from 'node:fs';
import path from 'node:path';
import { readContent } from '../load/read-content.ts';
import { BERSAMA } from './akar.ts';
import { REGISTRI } from './bersama.ts';

const yaml = (n: string) => /\.ya?ml$/.test(n);

/** The shared registry files (as bacaBersama reads them) and the Pemda's own files. */
export function berkasPemda(akar: string): { registri: number; sendiri: number } {
  const dir = path.join(akar, BERSAMA);
  const files = fs.existsSync(dir) ? readContent(dir).files.map((f) => f.rel.split('/')) : [];
  const registri = files.filter((p) => (REGISTRI as string[]).includes(p[0]) && p.length >= 2 && yaml(p.at(-1)!)).length;
  const rpjmd = files.filter((p) => p[0] === 'rpjmd' && p.length === 2 && yaml(p[1])).length;
  return { registri, sendiri: 1 + rpjmd };
}

/** `perInstansi`: each picked agency's own count (shared registries included), summed into files read once. */
export function jumlahSekali(akar: string, perInstansi: number[]): number {
  const { registri, sendiri } = berkasPemda(akar);
  return perInstansi.reduce((a, b) => a + b, 0) - Math.max(0, perInstansi.length - 1) * registri + sendiri;
}
