// A rule across the text block (model block `garis`): the letterhead's double rule is a thick line over a thin one
// (Indonesian kop surat). PDF: pdfmake canvas lines as wide as the text block. The DOCX half is garis-docx.ts:
// apart, so that the PDF backend does not load the docx library (issue 15: a rebuild's worker renders only the PDF).
import type { GarisBlock } from '../render/model.ts';

const TEBAL = 2.25, TIPIS = 0.75, JARAK = 1.5; // pt

export function garisPdf(b: GarisBlock, width = 0) {
  const line = (y: number, w: number) => ({ type: 'line', x1: 0, y1: y, x2: width, y2: y, lineWidth: w });
  const lines = b.ganda ? [line(TEBAL / 2, TEBAL), line(TEBAL + JARAK + TIPIS / 2, TIPIS)] : [line(TIPIS / 2, TIPIS)];
  return { canvas: lines, margin: [0, 2, 0, 0] };
}
