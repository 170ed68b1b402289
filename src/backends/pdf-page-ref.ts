// pdfmake prints page references (daftar isi) as physical page numbers. Patch: when the referenced node carries a
// `_label` function, print its logical label (roman front matter, numbering restarted per section) instead.
import { pdfmakeClass } from './pdfmake-class.ts';

interface Pos { pageNumber: number }
interface Ref { positions?: Pos[]; _label?: (page: number) => string }
interface Inl { _pageNodeRef?: Ref }
interface Line { _pageNodeRef?: Ref; inlines: Inl[] }

let original: ((this: unknown, line: Line, x: number, y: number) => void) | undefined;
/** pdfmake's own Renderer.renderLine, once the patch is applied. */
export const pdfmakeRenderLine = () => original;

/** Run once, by the PDF backend's setup. */
export function applyPageRefPatch(): void {
  const Renderer = pdfmakeClass('Renderer');
  const renderLine = (original = Renderer.prototype.renderLine as (this: unknown, line: Line, x: number, y: number) => void);
  Renderer.prototype.renderLine = function (this: unknown, line: Line, x: number, y: number) {
    if (!line._pageNodeRef && !line.inlines.some((i) => i._pageNodeRef)) return renderLine.call(this, line, x, y);
    const refs = [line._pageNodeRef, ...line.inlines.map((i) => i._pageNodeRef)].filter((r): r is Ref => !!r?._label && !!r.positions?.length);
    const saved = refs.map((r) => r.positions![0]);
    // the renderer reads positions[0].pageNumber.toString(): lend it an object that prints the label
    refs.forEach((r, i) => { r.positions![0] = { ...saved[i], pageNumber: { toString: () => r._label!(saved[i].pageNumber) } as unknown as number }; });
    try {
      return renderLine.call(this, line, x, y);
    } finally {
      refs.forEach((r, i) => { r.positions![0] = saved[i]; });
    }
  };
}
