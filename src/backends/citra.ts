// A raster picture (model block `citra`, e.g. the letterhead's logo) in the PDF: pdfmake's `image` node from a data
// URL (pdfkit embeds the PNG/JPEG as an image XObject). The DOCX half is citra-docx.ts: apart, so that the PDF
// backend does not load the docx library (issue 15: a rebuild's preloading worker renders only the PDF).
import type { CitraBlock } from '../render/model.ts';

export const citraPdf = (b: CitraBlock) => ({
  image: `data:image/${b.format};base64,${b.data}`, width: b.width, height: b.height, alignment: b.align,
});
