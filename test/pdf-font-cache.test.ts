// pdf-font-cache: fontkit's create is memoised by the font's bytes (compared byte for byte, not hashed).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { isUnshaped } from '../src/backends/pdf-font-cache.ts';
import { TINOS } from '../src/backends/fonts.ts';

const req = createRequire(createRequire(import.meta.url).resolve('pdfkit'));
const fontkit = req('fontkit') as { create(buf: Uint8Array, family?: string): object };

describe('pdf-font-cache', () => {
  it('one parsed font per content and family, whichever buffer holds the bytes', () => {
    const a = fontkit.create(fs.readFileSync(TINOS.normal));
    const copy = new Uint8Array(fs.readFileSync(TINOS.normal)); // other memory, same bytes
    expect(fontkit.create(copy)).toBe(a);
    expect(isUnshaped(a)).toBe(true);
    const bold = fontkit.create(fs.readFileSync(TINOS.bold));
    expect(bold).not.toBe(a);
    expect(fontkit.create(fs.readFileSync(TINOS.bold))).toBe(bold);
    const sliced = Buffer.concat([Buffer.alloc(3), fs.readFileSync(TINOS.normal)]).subarray(3); // at an offset
    expect(fontkit.create(sliced)).toBe(a);
  });
});
