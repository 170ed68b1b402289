// A raster picture (model block `citra`, e.g. the letterhead's logo) in both backends: pdfmake's `image` node from a
// data URL (pdfkit embeds the PNG/JPEG as an image XObject) and a docx ImageRun (a media file in word/media).
import { AlignmentType, Paragraph } from 'docx';
import { gambarRun } from './docx-media.ts';
import type { CitraBlock } from '../render/model.ts';

export const citraPdf = (b: CitraBlock) => ({
  image: `data:image/${b.format};base64,${b.data}`, width: b.width, height: b.height, alignment: b.align,
});

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.LEFT } as const;
const px = (pt: number) => Math.round((pt * 4) / 3); // docx sizes images in pixels at 96 dpi

export const citraDocx = (b: CitraBlock, pageBreakBefore?: boolean) => new Paragraph({
  keepLines: true, alignment: b.align ? ALIGN[b.align] : undefined, spacing: { before: 0, after: 0 }, pageBreakBefore: pageBreakBefore || undefined,
  children: [gambarRun({ type: b.format === 'png' ? 'png' : 'jpg', data: Buffer.from(b.data, 'base64'), transformation: { width: px(b.width), height: px(b.height) } })],
});
