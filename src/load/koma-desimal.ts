// A decimal comma inside a YAML flow list splits the number: `[88, 92,5, 91]` reads as 88, 92, 5, 91. Found from
// the source positions: two plain digit items joined by a comma with no space between them.
import { isScalar, isSeq, visit, type Document } from 'yaml';

export interface KomaDesimal { offset: number; teks: string }

export function komaDesimal(doc: Document, text: string): KomaDesimal[] {
  const out: KomaDesimal[] = [];
  visit(doc, {
    Seq(_, seq) {
      if (!isSeq(seq) || !seq.flow) return;
      for (let i = 1; i < seq.items.length; i++) {
        const [a, b] = [seq.items[i - 1], seq.items[i]];
        if (!isScalar(a) || !isScalar(b) || a.type !== 'PLAIN' || b.type !== 'PLAIN' || !a.range || !b.range) continue;
        const [ta, tb] = [text.slice(a.range[0], a.range[1]), text.slice(b.range[0], b.range[1])];
        if (/^-?\d+$/.test(ta) && /^\d+$/.test(tb) && text.slice(a.range[1], b.range[0]) === ',') out.push({ offset: a.range[0], teks: `${ta},${tb}` });
      }
    },
  });
  return out;
}
