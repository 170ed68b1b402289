// Stage 4: view data + templates -> markup (Handlebars, strict) -> document model.
import Handlebars from 'handlebars';
import type { Templates } from '../load/read-templates.ts';
import { HELPERS } from './helpers.ts';
import { markupToModel } from './markup-to-model.ts';
import type { DocModel } from './model.ts';

export function createRenderer(templates: Templates) {
  const hb = Handlebars.create();
  for (const [name, fn] of Object.entries(HELPERS)) hb.registerHelper(name, fn);
  for (const [name, src] of Object.entries(templates)) hb.registerPartial(name, src);
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  return (templateName: string, context: object): DocModel => {
    let t = compiled.get(templateName);
    if (!t) {
      const src = templates[templateName];
      if (src === undefined) throw new Error(`templat "${templateName}" tidak ditemukan`);
      t = hb.compile(src, { strict: true, noEscape: false });
      compiled.set(templateName, t);
    }
    return markupToModel(t(context));
  };
}
