// The committed fonts (Tinos, metric-compatible with Times New Roman) used by the PDF and chart backends.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FONTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fonts');
export const TINOS = {
  normal: `${FONTS}/Tinos_400Regular.ttf`, bold: `${FONTS}/Tinos_700Bold.ttf`,
  italics: `${FONTS}/Tinos_400Regular_Italic.ttf`, bolditalics: `${FONTS}/Tinos_700Bold_Italic.ttf`,
};

/** Tinos ascender − descender per em (1825 + 443 of 2048 units): pdfmake's line height before its lineHeight factor. */
const TINOS_LINE_EM = 2268 / 2048;
/** Distance of lines (twips) of text at `size` pt: 1,1 × the font's line, rounded to a twip, the unit of DOCX line
 *  spacing, so the PDF (pdfLineHeight) and the DOCX (exact line spacing) put lines at the same heights. */
export const lineTwips = (size: number) => Math.round(size * 1.1 * TINOS_LINE_EM * 20);
/** pdfmake's lineHeight factor that gives lines lineTwips apart. */
export const pdfLineHeight = (size: number) => lineTwips(size) / 20 / (size * TINOS_LINE_EM);
