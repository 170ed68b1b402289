// pdfmake 0.3 spreads justify space after every inline, so "kata-kata" and "**2025**," get gaps.
// Patch: distribute the extra space only after inlines that end in whitespace (real word gaps).
import { pdfmakeClass } from './pdfmake-class.ts';

interface Inl { text: string; x: number; alignment?: string; justifyShift?: number }
interface Line { inlines: Inl[]; newLineForced?: boolean; lastLineInParagraph?: boolean; getWidth(): number }
interface Writer { context(): { availableWidth: number } }

/** Run once, by the PDF backend's setup. */
export function applyJustifyPatch(): void {
  const ElementWriter = pdfmakeClass('ElementWriter');
  const original = ElementWriter.prototype.alignLine as (this: Writer, line: Line) => void;
  ElementWriter.prototype.alignLine = function (this: Writer, line: Line) {
    const inl = line.inlines;
    const justify = inl?.length > 1 && inl[0].alignment === 'justify' && !line.newLineForced && !line.lastLineInParagraph;
    if (!justify) return original.call(this, line);
    const gaps: number[] = [];
    for (let i = 1; i < inl.length; i++) if (/\s$/.test(inl[i - 1].text)) gaps.push(i);
    if (!gaps.length) return original.call(this, line);
    const extra = (this.context().availableWidth - line.getWidth()) / gaps.length;
    let shift = 0;
    let g = 0;
    for (let i = 1; i < inl.length; i++) {
      const gap = gaps[g] === i;
      if (gap) { shift += extra; g++; }
      inl[i].x += shift;
      inl[i].justifyShift = gap ? extra : 0;
    }
  };
}
