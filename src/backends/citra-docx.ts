// A raster picture (model block `citra`) in the DOCX: a docx ImageRun (a media file in word/media). The PDF half is
// citra.ts.
import { AlignmentType, Paragraph } from 'docx';
import { gambarRun } from './docx-media.ts';
import type { CitraBlock } from '../render/model.ts';

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.LEFT } as const;
const px = (pt: number) => Math.round((pt * 4) / 3); // docx sizes images in pixels at 96 dpi

export const citraDocx = (b: CitraBlock, pageBreakBefore?: boolean) => new Paragraph({
  keepLines: true, alignment: b.align ? ALIGN[b.align] : undefined, spacing: { before: 0, after: 0 }, pageBreakBefore: pageBreakBefore || undefined,
  children: [gambarRun({ type: b.format === 'png' ? 'png' : 'jpg', data: Buffer.from(b.data, 'base64'), transformation: { width: px(b.width), height: px(b.height) } })],
});
