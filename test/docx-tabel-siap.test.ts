// docx-tabel-siap.ts writes a table of ready rows as ready XML: the same bytes as docx's Table, for the example
// agency's documents and for hand-made tables (column spans, borders, margins, nested in a cell).
import { describe, expect, it } from 'vitest';
import { BorderStyle, Table, TableCell, TableRow, WidthType } from 'docx';
import { paragraf } from '../src/backends/docx-siap.ts';
import { baris, sel } from '../src/backends/docx-sel.ts';
import { pasang, tabel } from '../src/backends/docx-tabel-siap.ts';
import { tulisXml } from '../src/backends/docx-xml.ts';
import { docxSamaDenganAsli } from './helpers-docx.ts';

const xml = (c: unknown) => tulisXml((c as { prepForXml(x: object): Record<string, unknown> }).prepForXml({ stack: [] }));
const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const rows = () => [
  baris({ children: [sel({ children: [paragraf({}, [{ kind: 'text', text: 'No & uraian' }]) as never] }), sel({ columnSpan: 2, children: [paragraf({}, []) as never] })], tableHeader: true, cantSplit: true }),
  baris({ children: [1, 2, 3].map((n) => sel({ children: [paragraf({ style: 'Teks20' }, [{ kind: 'text', text: String(n) }]) as never] })) }),
];
const opsi = { columnWidths: [1000, 2000, 3000], width: { size: 6000, type: WidthType.DXA },
  borders: { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin }, margins: { left: 85, right: 85, top: 40, bottom: 40 } };

describe('ready-XML tables', () => {
  it('gives byte-identical DOCX with and without them', async () => {
    await docxSamaDenganAsli(pasang);
  }, 180_000);

  it('writes what docx writes for a table of ready rows, cells sized as docx sizes them', () => {
    const ours = tabel({ ...opsi, rows: rows() });
    expect(ours).not.toBeInstanceOf(Table);
    expect(xml(ours)).toBe(xml(new Table({ ...opsi, rows: rows() })));
    expect(xml(ours)).toContain('<w:tcW w:type="dxa" w:w="5000"/>');
  });

  it('writes the same nested in a docx cell (the cell adds its closing paragraph)', () => {
    const outer = (inner: unknown) => new Table({ rows: [new TableRow({ children: [new TableCell({ children: [inner as never] })] })], columnWidths: [6000], width: { size: 6000, type: WidthType.DXA } });
    expect(xml(outer(tabel({ ...opsi, rows: rows() })))).toBe(xml(outer(new Table({ ...opsi, rows: rows() }))));
  });

  it("keeps docx's Table when a row is docx's, the width is not the columns' sum, or when off", () => {
    const docxRow = new TableRow({ children: [new TableCell({ children: [paragraf({}, []) as never] })] });
    expect(tabel({ ...opsi, rows: [docxRow] })).toBeInstanceOf(Table);
    expect(tabel({ ...opsi, width: { size: 7000, type: WidthType.DXA }, rows: rows() })).toBeInstanceOf(Table);
    pasang(false);
    try { expect(tabel({ ...opsi, rows: rows() })).toBeInstanceOf(Table); } finally { pasang(true); }
  });
});
