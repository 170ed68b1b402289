// A rule across the text block (model block `garis`) in the DOCX: an empty paragraph's bottom border (thick-thin for
// the letterhead's double rule), which Word and LibreOffice draw across the text block. The PDF half is garis.ts.
import { BorderStyle, LineRuleType, Paragraph } from 'docx';
import type { GarisBlock } from '../render/model.ts';

export const garisDocx = (b: GarisBlock) => new Paragraph({
  spacing: { before: 0, after: 0, line: 40, lineRule: LineRuleType.EXACT }, keepLines: true,
  border: { bottom: b.ganda ? { style: BorderStyle.THICK_THIN_SMALL_GAP, size: 18, color: '000000', space: 1 } : { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
  children: [],
});
