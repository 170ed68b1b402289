// docx-sel.ts writes table cells of ready paragraphs as ready XML: the same bytes as docx's TableCell, for the example
// agency's documents and for hand-made cells (spans, borders, shading, alignment, with and without a width from docx).
import { describe, expect, it } from 'vitest';
import { BorderStyle, ShadingType, Table, TableCell, TableRow, VerticalAlign } from 'docx';
import { paragraf } from '../src/backends/docx-siap.ts';
import { baris, pasang, sel } from '../src/backends/docx-sel.ts';
import { tulisXml } from '../src/backends/docx-xml.ts';
import { docxSamaDenganAsli } from './helpers-docx.ts';

const xml = (c: unknown) => tulisXml((c as { prepForXml(x: object): Record<string, unknown> }).prepForXml({ stack: [] }));

describe('ready-XML table cells', () => {
  it('gives byte-identical DOCX with and without them', async () => {
    await docxSamaDenganAsli(pasang);
  }, 180_000);

  it('writes what docx writes for a cell, with the width docx gives it', () => {
    const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
    const kids = () => [paragraf({ style: 'Teks20' }, [{ kind: 'text', text: 'a & b' }]), paragraf({}, [])];
    const variants = [{}, { columnSpan: 2 }, { borders: { top: none, left: none, right: none } }, { verticalAlign: VerticalAlign.CENTER, shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'D9D9D9' } }];
    for (const v of variants) for (const lebar of [undefined, 1234, 99]) {
      const ours = sel({ ...v, children: kids() as never });
      const theirs = new TableCell({ ...v, children: kids() as never });
      expect(ours).not.toBeInstanceOf(TableCell);
      if (lebar !== undefined) { ours.setColumnWidth(lebar); theirs.setColumnWidth(lebar); }
      expect(xml(ours), JSON.stringify([v, lebar])).toBe(xml(theirs));
    }
  });

  it('writes what docx writes for a table of ready rows, widths given by the table', () => {
    const cells = (f: typeof sel) => [f({ children: [paragraf({}, [{ kind: 'text', text: 'x' }]) as never] }), f({ columnSpan: 2, children: [paragraf({}, []) as never] })];
    const rows = (fs: typeof sel, fr: typeof baris) => [fr({ children: cells(fs), tableHeader: true, cantSplit: true }), fr({ children: cells(fs) })];
    const table = (fs: typeof sel, fr: typeof baris) => new Table({ rows: rows(fs, fr), columnWidths: [1000, 2000, 3000], width: { size: 6000, type: 'dxa' } });
    const ours = table(sel, baris), theirs = table((o) => new TableCell(o), (o) => new TableRow(o));
    expect(baris({ children: cells(sel) })).not.toBeInstanceOf(TableRow);
    expect(xml(ours)).toBe(xml(theirs));
    expect(xml(ours)).toContain('<w:tcW w:type="dxa" w:w="5000"/>');
  });

  it("keeps docx's TableCell for other content and when off", () => {
    expect(sel({ children: [] })).toBeInstanceOf(TableCell);
    pasang(false);
    try {
      expect(sel({ children: [paragraf({}, []) as never] })).toBeInstanceOf(TableCell);
      expect(baris({ children: [sel({ children: [paragraf({}, []) as never] })] })).toBeInstanceOf(TableRow);
    } finally { pasang(true); }
  });
});
