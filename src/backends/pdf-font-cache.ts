// pdfkit parses every TTF again for each document (fontkit.create) and shapes every word again (font.layout);
// both dominated PDF time. Before pdfkit loads, replace the cached fontkit module with a copy whose create() is
// memoised by file content and whose fonts memoise the shaping of a text: the parsed font and glyph runs are shared,
// the embedded subset stays per document (bytes unchanged). Import this module before 'pdfmake'.
import crypto from 'node:crypto';
import { createRequire } from 'node:module';

interface Run { glyphs: unknown[]; positions: object[] }
interface Font { layout(text: string, features?: unknown, ...rest: unknown[]): Run }

const req = createRequire(createRequire(import.meta.url).resolve('pdfkit'));
const fontkitPath = req.resolve('fontkit');
const original = req('fontkit') as Record<string, unknown> & { create: (buf: Uint8Array, family?: string) => Font };
const parsed = new Map<string, Font>();

/** pdfkit scales the positions of a run in place: hand out a copy of the pristine run each time. */
const copy = (run: Run): Run => Object.assign(Object.create(Object.getPrototypeOf(run)), run, {
  glyphs: [...run.glyphs],
  positions: run.positions.map((p) => Object.assign(Object.create(Object.getPrototypeOf(p)), p)),
});

function memoiseLayout(font: Font): Font {
  if (typeof font.layout !== 'function') return font; // a font collection: pdfkit picks a member later
  const layout = font.layout.bind(font);
  const runs = new Map<string, Run>();
  font.layout = (text, features, ...rest) => {
    if (features !== undefined || rest.length) return layout(text, features, ...rest);
    let run = runs.get(text);
    if (!run) runs.set(text, (run = layout(text)));
    return copy(run);
  };
  return font;
}

const patched: Record<string, unknown> = { ...original };
patched.create = (buf: Uint8Array, family?: string) => {
  const key = `${crypto.createHash('sha1').update(buf).digest('hex')}:${family ?? ''}`;
  if (!parsed.has(key)) parsed.set(key, memoiseLayout(original.create(buf, family)));
  return parsed.get(key);
};
req.cache[fontkitPath]!.exports = patched;
