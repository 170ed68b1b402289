// A rule across the text block (model block `garis`): the letterhead's double rule is a thick line over a thin one
// (Indonesian kop surat). PDF: pdfmake canvas lines as wide as the text block; DOCX: an empty paragraph's bottom
// border (thick-thin), which Word and LibreOffice draw across the text block.
import { BorderStyle, LineRuleType, Paragraph } from 'docx';
import type { GarisBlock } from '../render/model.ts';

const TEBAL = 2.25, TIPIS = 0.75, JARAK = 1.5; // pt

export function garisPdf(b: GarisBlock, width = 0) {
  const line = (y: number, w: number) => ({ type: 'line', x1: 0, y1: y, x2: width, y2: y, lineWidth: w });
  const lines = b.ganda ? [line(TEBAL / 2, TEBAL), line(TEBAL + JARAK + TIPIS / 2, TIPIS)] : [line(TIPIS / 2, TIPIS)];
  return { canvas: lines, margin: [0, 2, 0, 0] };
}

export const garisDocx = (b: GarisBlock) => new Paragraph({
  spacing: { before: 0, after: 0, line: 40, lineRule: LineRuleType.EXACT }, keepLines: true,
  border: { bottom: b.ganda ? { style: BorderStyle.THICK_THIN_SMALL_GAP, size: 18, color: '000000', space: 1 } : { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
  children: [],
});
