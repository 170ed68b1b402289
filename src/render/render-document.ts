// Stage 4: view data + templates -> markup (Handlebars, strict) -> document model. Each template (and partial) is
// compiled on first use; an error names the innermost template it happened in (TemplateError).
import Handlebars from 'handlebars';
import type { Templates } from '../load/read-templates.ts';
import { HELPERS } from './helpers.ts';
import { markupToModel } from './markup-to-model.ts';
import type { DocModel } from './model.ts';
import { templateError } from './template-error.ts';

export function createRenderer(templates: Templates) {
  const hb = Handlebars.create();
  for (const [name, fn] of Object.entries(HELPERS)) hb.registerHelper(name, fn);
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  const run = (name: string, context: unknown, options?: Handlebars.RuntimeOptions): string => {
    try {
      let t = compiled.get(name);
      if (!t) {
        const src = templates[name];
        if (src === undefined) throw new Error(`The partial ${name} could not be found`);
        t = hb.compile(src, { strict: true, noEscape: false });
        compiled.set(name, t);
      }
      return t(context, options);
    } catch (e) {
      throw templateError(name, e);
    }
  };
  for (const name of Object.keys(templates)) hb.registerPartial(name, ((context: unknown, options: Handlebars.RuntimeOptions) => run(name, context, options)) as Handlebars.Template);
  return (templateName: string, context: object): DocModel => {
    const markup = run(templateName, context);
    try {
      return markupToModel(markup);
    } catch (e) {
      throw templateError(templateName, e);
    }
  };
}
