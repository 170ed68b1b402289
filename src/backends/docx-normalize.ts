// docx writes the current time into core.xml and the zip entries, and numbers drawings process-wide; fix all for
// reproducible bytes. The parts are taken before docx zips them and zipped once here.
import { Packer, type Document } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { kempis, zipFiles, type Dikempis } from './zip-write.ts';
import { denganPenulisCepat } from './docx-xml.ts';

const FIXED_ISO = '2000-01-01T00:00:00Z';
type Part = string | Uint8Array;
interface Compiler { compile(file: Document, prettify?: unknown, overrides?: unknown[]): Map<string, Part> }

/** The package parts of a document. docx's Packer zips them with the current time; its compiler (the step before,
 *  not in the typed API of docx 9) gives them as they are. Falls back to unzipping the Packer's output. */
async function parts(d: Document): Promise<Map<string, Part>> {
  const compiler = (Packer as unknown as { compiler?: Compiler }).compiler;
  if (typeof compiler?.compile === 'function') return denganPenulisCepat(() => compiler.compile(d, undefined, []));
  const files = unzipSync(new Uint8Array(await Packer.toBuffer(d)));
  return new Map(Object.entries(files).map(([k, v]) => [k, /\.(xml|rels)$/.test(k) ? strFromU8(v) : v]));
}

/** Per part, the text edits that make it reproducible. */
const EDITS: Record<string, (xml: string) => string> = {
  'docProps/core.xml': (xml) => xml.replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${FIXED_ISO}$3`),
  // drawing and bookmark ids come from process-wide counters in docx: number them per document, in order of appearance
  // one pass for both (the two patterns cannot overlap): one copy of the largest part instead of two
  'word/document.xml': (xml) => {
    let n = 0;
    const marks = new Map<string, number>();
    return xml.replace(/<wp:docPr id="\d+"|<w:bookmark(Start|End)((?: w:name="[^"]*")?) w:id="(\d+)"/g, (_m, kind?: string, name?: string, id?: string) => {
      if (kind === undefined) return `<wp:docPr id="${++n}"`;
      if (kind === 'Start') marks.set(id!, marks.size + 1);
      return `<w:bookmark${kind}${name} w:id="${marks.get(id!) ?? id}"`;
    });
  },
};

const order = (a: string, b: string) =>
  a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0;

/** Parts that repeat from document to document (theme, styles, numbering, settings, relationships…) deflated once:
 *  by their text (deflate gives the same bytes for the same text). Not the body: it is each document's own. Bounded. */
const dikempis = new Map<string, Dikempis>();
const MAKS = 256;
function kempisTeks(name: string, text: string): Dikempis {
  if (name === 'word/document.xml') return kempis(Buffer.from(text, 'utf8'));
  let z = dikempis.get(text);
  if (!z) {
    z = kempis(Buffer.from(text, 'utf8'));
    if (dikempis.size >= MAKS) dikempis.clear();
    dikempis.set(text, z);
  }
  return z;
}

export async function packDocx(d: Document): Promise<Uint8Array> {
  const files = await parts(d);
  const names = [...files.keys()].sort(order);
  return zipFiles(names.map((name) => {
    const p = files.get(name)!;
    return [name, typeof p === 'string' ? kempisTeks(name, EDITS[name]?.(p) ?? p) : p as Uint8Array];
  }));
}
