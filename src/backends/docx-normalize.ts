// docx writes the current time into core.xml and the zip entries, and numbers drawings process-wide; fix all for
// reproducible bytes.
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

const FIXED = new Date('2000-01-01T00:00:00Z');

export function normalizeDocx(buf: Uint8Array): Uint8Array {
  const files = unzipSync(buf);
  const iso = FIXED.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const core = files['docProps/core.xml'];
  if (core) {
    files['docProps/core.xml'] = strToU8(
      strFromU8(core).replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${iso}$3`),
    );
  }
  // drawing ids come from a process-wide counter in docx: number them per document, in order of appearance
  const body = files['word/document.xml'];
  if (body) {
    let n = 0;
    files['word/document.xml'] = strToU8(strFromU8(body).replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++n}"`));
  }
  const names = Object.keys(files).sort((a, b) =>
    a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0,
  );
  const out: Zippable = {};
  for (const n of names) out[n] = [files[n], { mtime: FIXED, level: 1 }];
  return zipSync(out);
}
