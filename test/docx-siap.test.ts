// docx-siap.ts writes plain paragraphs as ready XML from pieces docx wrote: the same bytes as docx's own Paragraph
// objects, for the example agency's documents and for hand-made paragraphs with awkward text and formatting.
import { describe, expect, it } from 'vitest';
import { AlignmentType, HeadingLevel, LineRuleType, Paragraph, type FileChild } from 'docx';
import type { Inline } from '../src/render/model.ts';
import { echt, paragraf, pasang } from '../src/backends/docx-siap.ts';
import { tulisXml } from '../src/backends/docx-xml.ts';
import { docxSamaDenganAsli } from './helpers-docx.ts';

const xml = (p: FileChild) => {
  const o = (p as unknown as { prepForXml(c: object): Record<string, unknown> }).prepForXml({ stack: [] });
  return tulisXml(o);
};

describe('ready-XML paragraphs', () => {
  it('gives byte-identical DOCX with and without them', async () => {
    await docxSamaDenganAsli(pasang);
  }, 180_000);

  it('writes what docx writes: escaping, empty text, breaks, page fields, formatting, empty paragraphs', () => {
    const t = (text: string, f: Partial<Extract<Inline, { kind: 'text' }>> = {}): Inline => ({ kind: 'text', text, ...f });
    const cases: [Parameters<typeof paragraf>[0], Inline[], number?, boolean?, string?][] = [
      [{ style: 'Teks22', alignment: AlignmentType.JUSTIFIED }, [t('a & <b> "c" \'d\'\x01\uE000 e'), t(''), t(' x ', { bold: true, italics: true, underline: true })]],
      [{ spacing: { before: 120, after: undefined }, keepNext: true, keepLines: true, pageBreakBefore: true }, [t('1'), { kind: 'br' }, t('2')], 20],
      [{ alignment: AlignmentType.CENTER }, [t('Hal. '), { kind: 'field', field: 'page' }, t(' dari '), { kind: 'field', field: 'pages' }], 18],
      [{ heading: HeadingLevel.HEADING_2, spacing: { before: 120, after: 120, line: 340, lineRule: LineRuleType.EXACT }, keepNext: true }, [t('BAB', { bold: false })], 26, true, '000000'],
      [{ alignment: AlignmentType.CENTER }, []],
      [{}, []],
      [{ run: { size: 20 }, indent: { left: 360 } }, [t('x')]],
    ];
    for (const [opsi, isi, sz, bold, color] of cases) {
      const siap = paragraf(opsi, isi, sz, bold, color);
      expect(siap).not.toBeInstanceOf(Paragraph);
      expect(echt(siap)).toBeInstanceOf(Paragraph);
      expect(xml(siap), JSON.stringify(opsi)).toBe(xml(echt(siap)));
      expect(xml(paragraf(opsi, isi, sz, bold, color)), 'from the stored pieces').toBe(xml(siap));
    }
    expect(xml(paragraf({}, [t('<&>')]))).toBe('<w:p><w:r><w:t xml:space="preserve">&lt;&amp;&gt;</w:t></w:r></w:p>');
  });

  it('off: docx Paragraphs', () => {
    pasang(false);
    try { expect(paragraf({}, [])).toBeInstanceOf(Paragraph); } finally { pasang(true); }
  });
});
