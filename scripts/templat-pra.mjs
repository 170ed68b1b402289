// Precompiles the built-in Handlebars templates (templates/) at `npm run compile`: dist/templat-pra/<key>.js holds
// the code handlebars' compiler would make at run time for one template text (src/render/render-document.ts,
// spec), named by the hash of Handlebars' version and the text (src/render/templat-pra.ts), read only when used. A build or check then
// compiles no built-in template (~0.3 s of a cold build, ~45 ms of a paragraph rebuild, issue 15); a template
// edited since, or a user's own (--templat), misses and is compiled as before. Run after tsc (reads dist/).
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export async function tulisTemplatPra(root, dist) {
  const { readTemplates } = await import(pathToFileURL(path.join(dist, 'load', 'read-templates.js')).href);
  const { kunciPra, OPSI_KOMPILASI } = await import(pathToFileURL(path.join(dist, 'render', 'templat-pra.js')).href);
  const { default: Handlebars } = await import('handlebars');
  const templates = readTemplates(path.join(root, 'templates'));
  const dir = path.join(dist, 'templat-pra');
  fs.mkdirSync(dir, { recursive: true });
  for (const src of Object.values(templates)) fs.writeFileSync(path.join(dir, `${kunciPra(src)}.js`), Handlebars.precompile(src, { ...OPSI_KOMPILASI }));
  return Object.keys(templates).length;
}
