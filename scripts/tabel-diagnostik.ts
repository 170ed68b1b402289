// The README's diagnostics table ("Pemeriksaan (diagnostik)") against the catalogue CODES: the code set and the
// severity come from CODES, the short meaning ("arti") lives only in the README. Prints the regenerated table;
// `--tulis` writes it into README.md. A new code gets the meaning "?", to be written by hand.
//   node --import tsx scripts/tabel-diagnostik.ts [--tulis]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CODES } from '../src/validate/diagnostics.ts';

export const README = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../README.md');
const BAGIAN = '## Pemeriksaan (diagnostik)';
const BARIS = /^\| `([A-Z0-9_]+)` \| ([^|]+) \| (.*) \|$/;

export interface Baris { kode: string; tingkat: string; arti: string }

/** The table rows of the diagnostics section, with the index of their first and last line in the file. */
export function bacaTabel(readme: string): { baris: Baris[]; awal: number; akhir: number } {
  const lines = readme.split('\n');
  const mulai = lines.indexOf(BAGIAN);
  if (mulai < 0) throw new Error(`README tanpa bagian "${BAGIAN}"`);
  const selesai = lines.findIndex((l, i) => i > mulai && l.startsWith('## '));
  const baris: Baris[] = [];
  let awal = -1, akhir = -1;
  for (let i = mulai; i < (selesai < 0 ? lines.length : selesai); i++) {
    const m = BARIS.exec(lines[i]);
    if (!m) continue;
    if (awal < 0) awal = i;
    akhir = i;
    baris.push({ kode: m[1], tingkat: m[2].trim(), arti: m[3].trim() });
  }
  return { baris, awal, akhir };
}

export const ARTI_KOSONG = '?';

/** The rows in catalogue order: severity from CODES, meaning from the README ("?" for a new code). */
export function susunTabel(lama: Baris[]): Baris[] {
  const arti = new Map(lama.map((b) => [b.kode, b.arti]));
  return Object.entries(CODES).map(([kode, info]) => ({
    kode, tingkat: info.severity, arti: arti.get(kode) || ARTI_KOSONG,
  }));
}

export const tulisBaris = (b: Baris) => `| \`${b.kode}\` | ${b.tingkat} | ${b.arti} |`;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const teks = fs.readFileSync(README, 'utf8');
  const { baris, awal, akhir } = bacaTabel(teks);
  const tabel = susunTabel(baris);
  const kosong = tabel.filter((b) => b.arti === ARTI_KOSONG).map((b) => b.kode);
  if (kosong.length) console.error(`Tulis arti kode berikut di README.md: ${kosong.join(', ')}`);
  const baru = tabel.map(tulisBaris);
  if (!process.argv.includes('--tulis')) console.log(baru.join('\n'));
  else {
    const lines = teks.split('\n');
    lines.splice(awal, akhir - awal + 1, ...baru);
    fs.writeFileSync(README, lines.join('\n'));
    console.log(`README.md: ${baru.length} baris tabel diagnostik ditulis.`);
  }
}
