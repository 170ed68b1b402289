// The built-in templates precompiled at `npm run compile` (scripts/templat-pra.mjs): dist/templat-pra/<key>.js holds
// the code handlebars' compiler makes at run time for one template text (render-document.ts, spec), named by the
// hash of Handlebars' version and the text; read when that text is first used in a thread, so no template is
// parsed and compiled by handlebars. From the sources (tsx) there is no such folder, and an edited or a user's own
// template has no file: both compiled as before.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';

type Spec = Parameters<typeof Handlebars.template>[0];
/** The options of every compilation (the compiler extends a copy). */
export const OPSI_KOMPILASI = { strict: true, noEscape: false, data: true } as const;

export const kunciPra = (src: string): string => crypto.createHash('sha256').update(`${Handlebars.VERSION}\0${src}`).digest('hex');
const DIR = fileURLToPath(new URL('../templat-pra/', import.meta.url));

/** The precompiled code of this template text, if the build has it. */
export function specPra(src: string): Spec | undefined {
  let kode: string;
  try { kode = fs.readFileSync(`${DIR}${kunciPra(src)}.js`, 'utf8'); } catch { return undefined; }
  try {
    return new Function(`return ${kode};`)() as Spec; // an object literal of functions, as handlebars' own compile makes them
  } catch { return undefined; } // a damaged file: compiled at run time
}
