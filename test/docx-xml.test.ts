// The one-pass XML writer (src/backends/docx-xml.ts) must write the bytes of docx's own writer: every document of
// the example agency rendered both ways, plus the writer's quirks on hand-made element objects.
import { describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { denganPenulisCepat, pasangPenulis, tulisXml } from '../src/backends/docx-xml.ts';
import { docxSamaDenganAsli } from './helpers-docx.ts';

describe('docx one-pass XML writer', () => {
  it('gives byte-identical DOCX with and without it', async () => {
    await docxSamaDenganAsli(pasangPenulis);
  }, 180_000);

  it("keeps docx's quirks: escaping, empty arrays, a string after an element, numbers, cdata", () => {
    expect(tulisXml({ 'w:t': 'a & <b> "c" \'d\'\x01' })).toBe('<w:t>a &amp; &lt;b&gt; &quot;c&quot; &apos;d&apos;</w:t>');
    expect(tulisXml({ 'w:p': [] })).toBe('<w:p></w:p>');
    expect(tulisXml({ 'w:b': { _attr: { 'w:val': false, 'x:y': 'a"b' } } })).toBe('<w:b w:val="false" x:y="a&quot;b"/>');
    expect(tulisXml({ 'w:r': [{ _attr: { a: 1 } }, { 'w:b': {} }, 'teks'] })).toBe('<w:r a="1">teks</w:r>');
    expect(tulisXml({ 'w:sz': 24 })).toBe('<w:sz>24</w:sz>');
    expect(tulisXml({ 'w:x': { _cdata: 'a]]>b' } })).toBe('<w:x><![CDATA[a]]]]><![CDATA[>b]]></w:x>');
  });

  it('is used only inside packDocx: Packer keeps its own writer and indentation', () => {
    const doc = () => new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun('PK')] })] }] });
    expect(denganPenulisCepat(() => 7)).toBe(7);
    const compiler = (Packer as unknown as { compiler: { compile(d: Document, p?: unknown): Map<string, string> } }).compiler;
    const pretty = compiler.compile(doc(), '  ').get('word/document.xml')!;
    expect(pretty).toMatch(/\n\s+<w:body>/);
    expect(denganPenulisCepat(() => compiler.compile(doc()).get('word/document.xml'))).toBe(compiler.compile(doc()).get('word/document.xml'));
  });
});
