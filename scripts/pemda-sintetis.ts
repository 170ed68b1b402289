// A synthetic Pemda for the scale bench: the default agency (content/) and the example agency
// (contoh/dinas-pangan) cloned alternately under new ids and names into a temporary directory, one content folder
// per agency (the content layout holds one agency). Every clone is marked synthetic (instansi name and a README);
// nothing here is ever committed as content.
//   node --import tsx scripts/pemda-sintetis.ts 10 [dir]   # prints the directory
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SUMBER = ['content', 'contoh/dinas-pangan'];
const CATATAN = 'SINTETIS: dibuat oleh scripts/pemda-sintetis.ts untuk tolok ukur; bukan data instansi mana pun.\n';

/** Writes `n` agencies under `dir` (created when missing); returns their content folders in order. */
export function buatPemda(n: number, dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-pemda-'))): string[] {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'README.md'), `# Pemda sintetis (${n} instansi)\n\n${CATATAN}`);
  return Array.from({ length: n }, (_, i) => {
    const no = String(i + 1).padStart(2, '0');
    const src = path.join(ROOT, SUMBER[i % SUMBER.length]);
    const f = path.join(src, 'instansi.yaml');
    const yaml = fs.readFileSync(f, 'utf8');
    const id = `${/^id: *(\S+)/m.exec(yaml)![1]}-sintetis-${no}`;
    const tujuan = path.join(dir, id);
    fs.cpSync(src, tujuan, { recursive: true, filter: (s) => !/(^|\/)(README\.md|\.sakip-cache)$/.test(s) });
    fs.writeFileSync(path.join(tujuan, 'README.md'), CATATAN);
    fs.writeFileSync(path.join(tujuan, 'instansi.yaml'), `# ${CATATAN}` + yaml
      .replace(/^id: *.*$/m, `id: ${id}`)
      .replace(/^(nama(?:_singkat)?): *(.*)$/gm, `$1: $2 (Sintetis ${no})`));
    return tujuan;
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const n = Number(process.argv[2] ?? 10);
  if (!Number.isInteger(n) || n < 1) { console.error('penggunaan: pemda-sintetis.ts <jumlah instansi> [dir]'); process.exit(2); }
  const dirs = buatPemda(n, process.argv[3]);
  console.log(path.dirname(dirs[0]));
}
