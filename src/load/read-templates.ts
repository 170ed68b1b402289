// Stage 1 (I/O): read the Handlebars templates; the name of each is its path under templates/ without ".hbs".
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const TEMPLATES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../templates');
export type Templates = Record<string, string>;

export function readTemplates(dir = TEMPLATES_DIR): Templates {
  const out: Templates = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.hbs')) out[path.relative(dir, full).split(path.sep).join('/').replace(/\.hbs$/, '')] = fs.readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return out;
}
