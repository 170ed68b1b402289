// pdfkit parses every TTF again for each document (fontkit.create), which dominated PDF time.
// Before pdfkit loads, replace the cached fontkit module with a copy whose create() is memoised by
// file content: the parsed font is shared, the embedded subset stays per document (bytes unchanged).
// Import this module before 'pdfmake'.
import crypto from 'node:crypto';
import { createRequire } from 'node:module';

const req = createRequire(createRequire(import.meta.url).resolve('pdfkit'));
const fontkitPath = req.resolve('fontkit');
const original = req('fontkit') as Record<string, unknown> & { create: (buf: Uint8Array, family?: string) => unknown };
const parsed = new Map<string, unknown>();
const patched: Record<string, unknown> = { ...original };
patched.create = (buf: Uint8Array, family?: string) => {
  const key = `${crypto.createHash('sha1').update(buf).digest('hex')}:${family ?? ''}`;
  if (!parsed.has(key)) parsed.set(key, original.create(buf, family));
  return parsed.get(key);
};
req.cache[fontkitPath]!.exports = patched;
