// The DOCX is zipped once from docx's compiled parts (not its public API): the parts must equal what docx's own
// Packer writes, apart from the two reproducibility edits, and the zip must be readable.
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { packDocx } from '../src/backends/docx-normalize.ts';
import { kempis, zipFiles } from '../src/backends/zip-write.ts';

const doc = () => new Document({ creator: 'uji', sections: [{ children: [new Paragraph({ children: [new TextRun('Perjanjian Kinerja')] })] }] });

describe('DOCX packing', () => {
  it("gives the parts of docx's Packer, in a valid zip, with fixed dates", async () => {
    const ours = unzipSync(await packDocx(doc()));
    const theirs = unzipSync(new Uint8Array(await Packer.toBuffer(doc())));
    expect(Object.keys(ours).sort()).toEqual(Object.keys(theirs).sort());
    expect(Object.keys(ours)[0]).toBe('[Content_Types].xml');
    for (const name of Object.keys(theirs).filter((n) => n !== 'docProps/core.xml')) expect(strFromU8(ours[name]), name).toBe(strFromU8(theirs[name]));
    const core = strFromU8(ours['docProps/core.xml']);
    expect(core).toContain('2000-01-01T00:00:00Z');
    expect(core.replace(/<dcterms:(created|modified)[^>]*>[^<]*/g, '')).toBe(strFromU8(theirs['docProps/core.xml']).replace(/<dcterms:(created|modified)[^>]*>[^<]*/g, ''));
  });

  it('is byte-identical for the same document', async () => {
    expect(Buffer.compare(Buffer.from(await packDocx(doc())), Buffer.from(await packDocx(doc())))).toBe(0);
  });

  it('deflates every part, pictures too, and reads back', () => {
    const png = new Uint8Array(4000).map((_, i) => (i * 7919) & 255); // stand-in bytes
    const xml = new TextEncoder().encode('<w:p/>'.repeat(500));
    const zip = Buffer.from(zipFiles([['word/document.xml', xml], ['word/media/a.png', png]]));
    const files = unzipSync(new Uint8Array(zip));
    expect(Buffer.from(files['word/media/a.png'])).toEqual(Buffer.from(png));
    expect(strFromU8(files['word/document.xml'])).toBe('<w:p/>'.repeat(500));
    // compression method (local header offset 8) per entry: DEFLATE for both
    const methods: number[] = [];
    for (let at = 0; zip.readUInt32LE(at) === 0x04034b50; at += 30 + zip.readUInt16LE(at + 26) + zip.readUInt32LE(at + 18)) methods.push(zip.readUInt16LE(at + 8));
    expect(methods).toEqual([8, 8]);
  });

  it('stores a part deflated beforehand (kempis) as it would deflate it', () => {
    const xml = new TextEncoder().encode('<w:style w:styleId="Teks22"/>'.repeat(300));
    const once = kempis(xml);
    expect(once.size).toBe(xml.length);
    const fresh = Buffer.from(zipFiles([['word/styles.xml', xml], ['word/theme/theme1.xml', xml]]));
    expect(Buffer.from(zipFiles([['word/styles.xml', once], ['word/theme/theme1.xml', once]]))).toEqual(fresh);
  });

  it('writes the parts every document shares from its memo with the bytes of a first render', async () => {
    const a = Buffer.from(await packDocx(doc()));
    const b = Buffer.from(await packDocx(doc())); // theme, styles, settings … from the memo now
    expect(b).toEqual(a);
    expect(strFromU8(unzipSync(new Uint8Array(b))['word/styles.xml'])).toBe(strFromU8(unzipSync(new Uint8Array(await Packer.toBuffer(doc())))['word/styles.xml']));
  });
});
