// docx writes the current time into core.xml and the zip entries; fix both for reproducible bytes.
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
  const names = Object.keys(files).sort((a, b) =>
    a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0,
  );
  const out: Zippable = {};
  for (const n of names) out[n] = [files[n], { mtime: FIXED, level: 1 }];
  return zipSync(out);
}
