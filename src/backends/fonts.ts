// The committed fonts (Tinos, metric-compatible with Times New Roman) used by the PDF and chart backends.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FONTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fonts');
export const TINOS = {
  normal: `${FONTS}/Tinos_400Regular.ttf`, bold: `${FONTS}/Tinos_700Bold.ttf`,
  italics: `${FONTS}/Tinos_400Regular_Italic.ttf`, bolditalics: `${FONTS}/Tinos_700Bold_Italic.ttf`,
};
