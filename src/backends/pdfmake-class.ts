// The pdfmake classes the pdf-*.ts patches change (pdfmake's internal CommonJS modules, not its public API).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A class of pdfmake by its module file, e.g. 'Renderer' for pdfmake/js/Renderer.js. */
export const pdfmakeClass = (file: string): any => require(`pdfmake/js/${file}.js`).default;
