// Stage 4: view data + templates -> markup (Handlebars, strict) -> document model. Each template (and partial) is
// compiled on first use; an error names the innermost template it happened in (TemplateError). A render runs on
// a budget (helper calls, output size, time) so a runaway template stops with an error instead of hanging, and
// partials may nest only so deep (a partial including itself).
import Handlebars from 'handlebars';
import type { Templates } from '../load/read-templates.ts';
import { HELPERS } from './helpers.ts';
import { MarkupError } from './markup-parse.ts';
import { CLOSE, markupOrigin, NAME_END, OPEN } from './markup-origin.ts';
import { markupToModel } from './markup-to-model.ts';
import type { DocModel } from './model.ts';
import { OPSI_KOMPILASI, specPra } from './templat-pra.ts';
import { templateError, TemplateError } from './template-error.ts';

// Handlebars' parse errors carry their position only in the text; keep the parser's own record of it on the error.
const parser = (Handlebars as unknown as { Parser: { parseError: (s: string, hash: unknown) => never } }).Parser;
parser.parseError = (message: string, hash: unknown) => { throw Object.assign(new Error(message), { hash }); };

export const BUDGET = { calls: 500_000, chars: 64 * 1024 * 1024, ms: 30_000, depth: 32 };

// Compiled template code by source text, shared by every renderer of this thread: what `hb.compile` does on first
// use (parse, compile, JavaScript code), done once per thread instead of once per renderer (a Pemda worker builds
// agency after agency). The spec holds only code taking the renderer's own environment; `hb.template` binds it.
type Spec = Parameters<typeof Handlebars.template>[0];
const SPECS = new Map<string, Spec>();
const MAX_SPECS = 1000;
function spec(hb: typeof Handlebars, src: string): Spec {
  let s = SPECS.get(src);
  if (!s) {
    const options = { ...OPSI_KOMPILASI }; // compile's options (the compiler extends them)
    const h = hb as unknown as { parse(src: string, o: object): unknown; Compiler: new () => { compile(ast: unknown, o: object): unknown }; JavaScriptCompiler: new () => { compile(env: unknown, o: object, c: undefined, asObject: true): Spec } };
    // a built-in template precompiled by `npm run compile` (./templat-pra.ts), else compiled here
    s = specPra(src) ?? new h.JavaScriptCompiler().compile(new h.Compiler().compile(h.parse(src, options), options), options, undefined, true);
    if (SPECS.size >= MAX_SPECS) SPECS.clear(); // a watching process editing templates
    SPECS.set(src, s);
  }
  return s;
}
interface Loc { start: { line: number; column: number } }

export function createRenderer(templates: Templates) {
  const hb = Handlebars.create();
  const state = { stack: [] as string[], calls: 0, chars: 0, start: 0, marking: false };
  const stop = (message: string, loc?: Loc) => new TemplateError(state.stack.at(-1) ?? '?', message, loc?.start.line ?? 1, (loc?.start.column ?? 0) + 1);
  /** One step of the budget: a helper call or one pass of a block body (an {{#each}} item). */
  const tick = (loc?: Loc) => {
    if (++state.calls > BUDGET.calls) throw stop(`templat berhenti: lebih dari ${BUDGET.calls.toLocaleString('id-ID')} langkah (pemanggilan helper dan putaran perulangan); perulangan bersarang tanpa batas?`, loc);
    if (state.calls % 4096 === 0 && Date.now() - state.start > BUDGET.ms) throw stop(`templat berhenti: berjalan lebih dari ${BUDGET.ms / 1000} detik (perulangan bersarang tanpa batas?)`, loc);
  };
  /** Output of block bodies, counted at every level (so nested output counts more than once). */
  const grow = (out: string, loc?: Loc) => {
    if ((state.chars += out.length) > BUDGET.chars) throw stop(`templat berhenti: keluaran lebih dari ${BUDGET.chars / 1048576} MB (perulangan bersarang tanpa batas?)`, loc);
    return out;
  };
  /** A block body's errors placed by their own message (data names carry their position), not at the helper. */
  const inside = (body: () => string) => {
    try { return body(); } catch (e) { const name = state.stack.at(-1) ?? ''; throw templateError(name, e, templates[name]); }
  };
  const helpers: Record<string, Handlebars.HelperDelegate> = { ...hb.helpers, ...HELPERS };
  for (const [name, fn] of Object.entries(helpers)) {
    hb.registerHelper(name, function (this: unknown, ...args: unknown[]) {
      const loc = (args.at(-1) as { loc?: Loc } | undefined)?.loc;
      tick(loc);
      const options = args.at(-1) as Handlebars.HelperOptions | undefined;
      if (options && typeof options.fn === 'function') { const body = options.fn; options.fn = (ctx, o) => { tick(loc); return grow(inside(() => body(ctx, o)), loc); }; }
      try {
        return (fn as (...a: unknown[]) => unknown).apply(this, args);
      } catch (e) {
        // errors of the block body arrive as TemplateError (inside); anything else is the helper's own
        if (e instanceof TemplateError) throw e;
        throw stop(name in HELPERS ? `helper "${name}" gagal: nilai masukannya tidak sesuai` : templateError('', e).message, loc);
      }
    });
  }
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  const run = (name: string, context: unknown, options?: Handlebars.RuntimeOptions): string => {
    const caller = state.stack.at(-1);
    if (state.stack.length >= BUDGET.depth) throw recursion(templates, caller!, name, state.stack);
    state.stack.push(name);
    try {
      let t = compiled.get(name);
      if (!t) {
        const src = templates[name];
        if (src === undefined) throw new Error(`The partial ${name} could not be found`);
        t = hb.template(spec(hb, src));
        compiled.set(name, t);
      }
      const out = t(context, options);
      return state.marking && caller ? `${OPEN}${name}${NAME_END}${out}${CLOSE}` : out;
    } catch (e) {
      throw templateError(name, e, templates[name]);
    } finally {
      state.stack.pop();
    }
  };
  for (const name of Object.keys(templates)) hb.registerPartial(name, ((context: unknown, options: Handlebars.RuntimeOptions) => run(name, context, options)) as Handlebars.Template);
  const render = (templateName: string, context: object, marking = false) => {
    Object.assign(state, { stack: [], calls: 0, chars: 0, start: Date.now(), marking });
    return run(templateName, context);
  };
  return (templateName: string, context: object): DocModel => {
    const markup = render(templateName, context);
    try {
      return markupToModel(markup);
    } catch (e) {
      if (!(e instanceof MarkupError)) throw templateError(templateName, e);
      throw markupOrigin(templates, templateName, render(templateName, context, true), e);
    }
  };
}

/** A partial nested too deep: the template that includes it, at its `{{> name}}`, with the chain. */
function recursion(templates: Templates, caller: string, name: string, stack: string[]): TemplateError {
  const lines = (templates[caller] ?? '').split('\n');
  const i = lines.findIndex((l) => new RegExp(`\\{\\{#?>\\s*${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\b`).test(l));
  const chain = [...stack.slice(-4), name].join(' → ');
  return new TemplateError(caller, `templat bagian "${name}" dipanggil bertingkat lebih dari ${BUDGET.depth} kali (rekursi: … ${chain})`, i + 1 || 1, i >= 0 ? lines[i].indexOf('{{') + 1 : 1);
}
