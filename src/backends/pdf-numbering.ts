// Logical page labels of a PDF being laid out: sections start where pdfmake first asks for their header.
import type { DocModel } from '../render/model.ts';
import { roman } from './page-labels.ts';

/** Per render: where sections start (captured in page order) and the logical label of a page. */
export class Numbering {
  starts: number[] = [];
  constructor(private doc: DocModel) {}
  label = (page: number): string => {
    const s = this.doc.sections;
    let i = 0;
    while (i + 1 < s.length && this.starts[i + 1] !== undefined && this.starts[i + 1] <= page) i++;
    let first = 1;
    for (let k = 0; k <= i; k++) first = s[k].pageStart ?? (k === 0 ? 1 : first + ((this.starts[k] ?? 1) - (this.starts[k - 1] ?? 1)));
    const n = first + (page - (this.starts[i] ?? 1));
    return s[i].pageNumbers === 'lower-roman' ? roman(n) : String(n);
  };
}
