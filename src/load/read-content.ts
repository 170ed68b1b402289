// Stage 1 (I/O): read every content file of a content directory into memory.
import fs from 'node:fs';
import path from 'node:path';

export interface RawFile { rel: string; text: string }
export interface RawContent { root: string; files: RawFile[] }

function walk(dir: string, root: string, out: RawFile[]) {
  if (!fs.existsSync(dir)) return;
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) walk(full, root, out);
    else if (/\.(ya?ml|md)$/.test(e.name)) out.push({ rel: path.relative(root, full).split(path.sep).join('/'), text: fs.readFileSync(full, 'utf8') });
  }
}

export function readContent(root: string): RawContent {
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) throw new Error(`direktori konten tidak ditemukan: ${root}`);
  const files: RawFile[] = [];
  walk(root, root, files);
  return { root, files };
}
