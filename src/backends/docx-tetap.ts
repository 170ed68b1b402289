// Parts every DOCX writes alike, written once per process: the theme (docx's Office theme: renderDocx gives docx no
// theme) and the styles (docx's defaults plus ours, the same for the same style options). Measured on the 40
// default DOCX: ~560 of the ~2 000 elements docx walks and writes per document. The XML is docx's own, written by
// docx-xml.ts the first time; a document is marked with the key of its style options by renderDocx.
import type { Document } from 'docx';

interface File { Theme?: unknown; Styles?: unknown }
const kunci = new WeakMap<object, string>();
const tertulis = new Map<string, string>();
const MAKS = 64;

let aktif = true;
/** Off: every part written by docx each time (for the test that compares both). */
export function pasang(on = true): void { aktif = on; }

/** The document's theme is docx's default and its styles are docx's for `gayaKunci` (JSON of the style options). */
export function bagianTetap(doc: Document, gayaKunci: string): void { kunci.set(doc, gayaKunci); }

/** The XML of a part: stored for the theme and styles of a marked document, else `tulis()`. */
export function tulisBagian(input: unknown, file: unknown, tulis: () => string): string {
  const k = aktif && file ? kunci.get(file as object) : undefined;
  if (k === undefined) return tulis();
  const nama = input === (file as File).Theme ? 'tema' : input === (file as File).Styles ? `gaya|${k}` : undefined;
  if (nama === undefined) return tulis();
  let xml = tertulis.get(nama);
  if (xml === undefined) {
    xml = tulis();
    if (tertulis.size >= MAKS) tertulis.clear();
    tertulis.set(nama, xml);
  }
  return xml;
}
