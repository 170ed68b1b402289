// docx's XML writer, one pass: docx 9 turns each part's prepForXml tree into an intermediate object per element
// ({ name, attributes[], content[] }) and then formats those into strings (measured on the 40 default DOCX: ~12 % of
// a render's CPU plus the garbage). `tulisXml` writes the same bytes straight from the prepForXml tree, quirks
// included (an array's string value drops the item before it; an array value always gets an end tag).
// It is plugged in through the compiler's Formatter (an instance field): `format` returns { '': f } with
// String(f) = the XML, which docx's writer passes through unchanged (an element without a name writes only its
// content; a function value is not escaped). Used only around packDocx's own compile call (no indentation).
import { Packer } from 'docx';
import { tulisBagian } from './docx-tetap.ts';

type Xmlable = Record<string, unknown>;
interface Formatter { format(input: { prepForXml(c: unknown): unknown }, context?: unknown): unknown }
interface Compiler { formatter?: Formatter; compile(...a: unknown[]): unknown }

const ESCAPE: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
const NEEDS = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/;
const ALL = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const escape = (s: string) => (NEEDS.test(s) ? s.replace(ALL, (c) => ESCAPE[c] ?? '') : s);
/** Text or an attribute value escaped as docx escapes it. */
export const escapeXml = escape;
const value = (v: unknown) => (typeof v === 'string' ? escape(v) : String(v));
const text = (v: unknown) => (v === undefined ? '' : value(v));

function attributes(attr: Record<string, unknown>): string {
  let s = '';
  for (const k of Object.keys(attr)) s += ` ${k}="${value(attr[k])}"`;
  return s;
}

/** The XML of one element object, as docx's resolve + format with no indentation. */
export function tulisXml(data: Xmlable): string {
  const name = Object.keys(data)[0];
  const values = name === undefined ? undefined : data[name];
  // content as docx keeps it: `count` items, `body` their text, `last` where the last one starts (for pop)
  let attrs = '', body = '', count = 0, last = 0;
  if (typeof values === 'object') {
    if (values !== null) {
      const { _attr: attr, _cdata: cdata } = values as { _attr?: Record<string, unknown>; _cdata?: string };
      if (attr) attrs += attributes(attr);
      if (cdata) { body = `<![CDATA[${cdata.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`; count = 1; }
      if (Array.isArray(values)) {
        let stringContent = false;
        last = body.length; count++;
        for (const v of values) {
          if (typeof v === 'object') {
            if (Object.keys(v as object)[0] === '_attr') attrs += attributes((v as { _attr: Record<string, unknown> })._attr);
            else { last = body.length; body += tulisXml(v as Xmlable); count++; }
          } else { // docx pops the item before a string value
            stringContent = true;
            body = body.slice(0, last) + text(v);
          }
        }
        if (!stringContent) count++;
      }
    }
  } else { body = text(values); count = 1; }
  const open = (name ? `<${name}` : '') + attrs;
  if (count === 0) return `${open}/>`;
  return name ? `${open}>${body}</${name}>` : open + body;
}

const fast: Formatter = {
  format(input, context = { stack: [] }) {
    const xml = tulisBagian(input, (context as { file?: unknown }).file, () => {
      const output = input.prepForXml(context);
      if (!output) throw Error('XMLComponent did not format correctly');
      return tulisXml(output as Xmlable);
    });
    const f = () => xml;
    f.toString = f;
    return { '': f };
  },
};

/** Runs fn (a compile without indentation) with the one-pass writer in docx's compiler; throws if docx changed
 *  where it keeps its formatter. */
let aktif = true;
/** Off: docx's own writer (for the test that compares both). */
export function pasangPenulis(on = true): void { aktif = on; }

export function denganPenulisCepat<T>(fn: () => T): T {
  if (!aktif) return fn();
  const compiler = (Packer as unknown as { compiler?: Compiler }).compiler;
  const asli = compiler?.formatter;
  if (!compiler || typeof asli?.format !== 'function') {
    throw new Error('docx-xml: Packer.compiler.formatter tidak ditemukan (versi docx berubah?); periksa src/backends/docx-xml.ts');
  }
  compiler.formatter = fast;
  try { return fn(); } finally { compiler.formatter = asli; }
}
