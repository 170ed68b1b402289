// `--bagian i/n`: a deterministic share of a build's documents, for splitting one build across CI runners. Every
// runner sees the same content and templates, so every runner computes the same assignment; each document lands in
// exactly one share for any n. Balanced by weight (the length of the document model, a proxy for its render time:
// an LKIP weighs as much as many PKs): heaviest first, each to the lightest share so far, ties broken by the
// document's output path, so the assignment never depends on the order the documents were listed in.

export interface Bagian { ke: number; dari: number }

/** Parses `i/n` (1 ≤ i ≤ n); an error message in Bahasa Indonesia otherwise. */
export function bacaBagian(s: string): Bagian | string {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(s);
  if (!m) return `bagian harus berbentuk i/n, mis. 2/4: ${s}`;
  const [ke, dari] = [Number(m[1]), Number(m[2])];
  if (dari < 1 || ke < 1 || ke > dari) return `bagian ${s} tidak valid: i harus 1 sampai n`;
  return { ke, dari };
}

/** The share (1..n) of every document, given its output path and weight (same order as the input). */
export function bagiDokumen(docs: { jalur: string; bobot: number }[], dari: number): number[] {
  const muatan = new Array<number>(dari).fill(0);
  const hasil = new Array<number>(docs.length);
  const urut = docs.map((d, i) => ({ ...d, i }))
    .sort((a, b) => b.bobot - a.bobot || (a.jalur < b.jalur ? -1 : a.jalur > b.jalur ? 1 : 0));
  for (const d of urut) {
    let k = 0;
    for (let j = 1; j < dari; j++) if (muatan[j] < muatan[k]) k = j;
    muatan[k] += d.bobot;
    hasil[d.i] = k + 1;
  }
  return hasil;
}
