// Text of generated documents for assertions and golden files (layout-independent, whitespace-normalised).
import { strFromU8, unzipSync } from 'fflate';
import { PDFParse } from 'pdf-parse';
import { decodeEntities } from '../src/render/markup-parse.ts';

export const normalise = (s: string) =>
  s.replace(/[\u00a0\u2011]/g, (c) => (c === '\u2011' ? '-' : ' ')).replace(/[ \t]+/g, ' ').replace(/ *\n+ */g, '\n').replace(/\/\n/g, '/').trim();

export async function pdfText(buf: Uint8Array): Promise<{ text: string; pages: { width: number; height: number }[] }> {
  const p = new PDFParse({ data: Buffer.from(buf) });
  try {
    const r = await p.getText();
    const info = await p.getInfo({ parsePageInfo: true });
    const pages = (info.pages ?? []).map((pg: { width: number; height: number }) => ({ width: pg.width, height: pg.height }));
    return { text: normalise(r.text.replace(/\n-- \d+ of \d+ --\n/g, '\n')), pages };
  } finally {
    await p.destroy();
  }
}

/** Text of each page of a PDF, in order. */
export async function pdfPages(buf: Uint8Array): Promise<string[]> {
  const p = new PDFParse({ data: Buffer.from(buf) });
  try {
    return (await p.getText()).pages.map((pg: { text: string }) => normalise(pg.text));
  } finally {
    await p.destroy();
  }
}

/** Number of pages of a PDF (its page tree only: no text extracted). */
export async function pdfJumlahHalaman(buf: Uint8Array): Promise<number> {
  const p = new PDFParse({ data: Buffer.from(buf) });
  try {
    return (await p.getInfo()).total;
  } finally {
    await p.destroy();
  }
}

/** DOCX text from word/document.xml: paragraphs and line breaks become newlines, cells are separated by tabs. */
export function docxText(buf: Uint8Array): string {
  const xml = strFromU8(unzipSync(buf)['word/document.xml']);
  const SEP: Record<string, string> = { '<w:br/>': '\n', '</w:p>': '\n', '<w:p/>': '\n', '</w:tc>': '\t', '<w:tab/>': '\t' };
  let text = '';
  for (const m of xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<\/w:p>|<w:p\/>|<\/w:tc>|<w:tab\/>/g)) text += m[1] ?? SEP[m[0]];
  return normalise(decodeEntities(text));
}

/** Word lists for comparing PDF with DOCX (repeated table headers and line breaks ignored). */
export const wordSet = (t: string) => [...new Set(t.split(/\s+/).filter((w) => /\p{L}{3,}/u.test(w)))].sort();
