// Where a YAML document nests too deeply: the first collection (in document order) deeper than a limit. Walked
// with an explicit stack, so the answer never depends on the call stack left (the yaml package reports a stack
// overflow where it happened, which varies between threads and call depths).
import { isCollection, isPair, type Document } from 'yaml';

/** Offset of the first collection nested more than `batas` levels deep (the top collection is level 1). */
export function simpulTerdalam(doc: Document, batas: number): number | undefined {
  const tumpukan: [unknown, number][] = [[doc.contents, 1]];
  while (tumpukan.length) {
    const [n, tingkat] = tumpukan.pop()!;
    if (!isCollection(n)) continue;
    if (tingkat > batas) return n.range?.[0];
    const anak: unknown[] = [];
    for (const it of n.items) if (isPair(it)) anak.push(it.key, it.value); else anak.push(it);
    for (let i = anak.length - 1; i >= 0; i--) tumpukan.push([anak[i], tingkat + 1]);
  }
  return undefined;
}
