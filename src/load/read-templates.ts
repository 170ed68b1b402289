// Stage 1 (I/O): read the Handlebars templates; the name of each is its path under templates/ without ".hbs".
// Text as for content (UTF-8, BOM dropped, LF line ends); a template that is not UTF-8 is a TemplateError.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TemplateError } from '../render/template-error.ts';
import { BUKAN_BIASA, bacaBiasa } from './baca-biasa.ts';
import { decodeContent } from './decode.ts';

const SEBAB: Record<string, string> = { [BUKAN_BIASA]: 'bukan berkas biasa, mis. pipa, soket atau perangkat' };

export const TEMPLATES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../templates');
export type Templates = Record<string, string>;

export function readTemplates(dir = TEMPLATES_DIR): Templates {
  const out: Templates = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.hbs')) {
        const name = path.relative(dir, full).split(path.sep).join('/').replace(/\.hbs$/, '');
        let bytes: Buffer;
        try { bytes = bacaBiasa(full); } catch (err) { throw new TemplateError(name, `templat tidak dapat dibaca (${SEBAB[(err as NodeJS.ErrnoException).code!] ?? (err as NodeJS.ErrnoException).code ?? 'galat'})`, 1, 1); }
        const d = decodeContent(full, bytes);
        if ('error' in d && d.error.code !== 'BERKAS_KOSONG') throw new TemplateError(name, d.error.message, d.error.line, d.error.column);
        out[name] = 'text' in d ? d.text : '';
      }
    }
  };
  walk(dir);
  return out;
}
