// Layout rules read from a PDF's text boxes (pdftotext -bbox, poppler-utils): signature blocks, the text block,
// broken words and numbers, list pages. Each check returns its findings as readable strings (empty: rule holds).
import { execFileSync } from 'node:child_process';
import { check, models } from '../src/pipeline.ts';
import { JENIS as TABEL_JENIS } from '../src/jenis/index.ts';
import { decodeEntities } from '../src/render/markup-parse.ts';

export interface Word { x0: number; y0: number; x1: number; y1: number; text: string }
export interface Page { width: number; height: number; words: Word[] }
export interface Line { y0: number; y1: number; x0: number; x1: number; words: Word[]; text: string }
/** Margins in pt: left, top, right, bottom. */
export type Margins = [number, number, number, number];

export function pdfWords(file: string): Page[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((p) => ({
    width: Number(p[1]), height: Number(p[2]),
    words: [...p[3].matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g)]
      .map((w) => ({ x0: +w[1], y0: +w[2], x1: +w[3], y1: +w[4], text: decodeEntities(w[5]) })),
  }));
}

/** Words on one baseline, left to right, split where a gap wider than `gap` pt separates them (table columns). */
export function lines(page: Page, gap = Infinity): Line[] {
  const rows = new Map<number, Word[]>();
  for (const w of page.words) {
    const key = [...rows.keys()].find((k) => Math.abs(k - w.y1) < 1.5) ?? w.y1;
    rows.set(key, [...(rows.get(key) ?? []), w]);
  }
  const out: Line[] = [];
  for (const ws of [...rows.entries()].sort((a, b) => a[0] - b[0]).map((e) => e[1].sort((a, b) => a.x0 - b.x0))) {
    let cur: Word[] = [];
    const flush = () => { if (cur.length) out.push({ y0: Math.min(...cur.map((w) => w.y0)), y1: Math.max(...cur.map((w) => w.y1)), x0: cur[0].x0, x1: cur.at(-1)!.x1, words: cur, text: cur.map((w) => w.text).join(' ') }); cur = []; };
    for (const w of ws) { if (cur.length && w.x0 - cur.at(-1)!.x1 > gap) flush(); cur.push(w); }
    flush();
  }
  return out;
}

const MONTHS = 'Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember';
/** The place-and-date line that opens a signature block ("Malili, 2 Januari 2025"). */
export const SIGNATURE_DATE = new RegExp(`^[A-Z][\\p{L} ]+, +(\\d{1,2} +)?(${MONTHS}) +\\d{4}$`, 'u');
/** Page-number lines (a footer holding only the label). */
const PAGE_LABEL = /^([0-9]+|[ivxlcdm]+)$/;

/** (a) A signature block never stands alone: some body text precedes its place-and-date line on its page. */
export function lonelySignatures(pages: Page[], m: Margins): string[] {
  return pages.flatMap((p, i) => {
    const ls = lines(p, 20);
    return ls.filter((l) => SIGNATURE_DATE.test(l.text)).flatMap((sig) => {
      const before = ls.filter((l) => l.y1 < sig.y0 - 1 && l.y0 >= m[1] - 2 && !PAGE_LABEL.test(l.text));
      return before.length ? [] : [`hlm ${i + 1}: blok tanda tangan "${sig.text}" sendirian`];
    });
  });
}

/** (a) A decree's tembusan shares the signature's page: above its "Tembusan:" line, on the same page, a signature
 *  line (NIP, "Ditetapkan di", or place and date). */
export function lonelyTembusan(pages: Page[]): string[] {
  return pages.flatMap((p, i) => {
    const ls = lines(p, 20);
    return ls.filter((l) => /^Tembusan\s*:?$/.test(l.text)).flatMap((t) =>
      ls.some((l) => l.y1 < t.y0 && (/^NIP\.? /.test(l.text) || /^Ditetapkan di\b/.test(l.text) || SIGNATURE_DATE.test(l.text)))
        ? [] : [`hlm ${i + 1}: "Tembusan" tanpa blok tanda tangan di halamannya`]);
  });
}

/** (b) Every word lies inside the text block (horizontally: between the left and right margins). */
export function outsideTextBlock(pages: Page[], m: Margins, tolerance = 1): string[] {
  return pages.flatMap((p, i) => p.words
    .filter((w) => w.x0 < m[0] - tolerance || w.x1 > p.width - m[2] + tolerance)
    .map((w) => `hlm ${i + 1}: "${w.text}" x ${w.x0.toFixed(1)}–${w.x1.toFixed(1)} (blok ${m[0].toFixed(1)}–${(p.width - m[2]).toFixed(1)})`));
}

/** Break units of a text: words, further split after a hyphen or slash (where a line may break). */
const atoms = (s: string) => s.split(/\s+/).flatMap((w) => w.split(/(?<=[-–/])/)).filter((a) => a.length > 1);

/** (b) No word or number broken across lines: every token of the document's text (from the DOCX, which has no line
 *  breaks) is a whole word somewhere in the PDF. Reports tokens with a digit, or letters only, that are missing. */
export function brokenTokens(pages: Page[], text: string): string[] {
  const have = new Set(pages.flatMap((p) => p.words.flatMap((w) => atoms(w.text))));
  const want = new Set(atoms(text).filter((a) => /\d/.test(a) ? a.replace(/\D/g, '').length >= 3 : /^\p{L}{4,}[,.;:]?$/u.test(a)));
  return [...want].filter((a) => !have.has(a)).map((a) => `"${a}" terpotong`);
}

/** Entries of the generated lists: lines that end in a page label, on the pages headed DAFTAR ISI/TABEL/GAMBAR. */
export function listEntries(pages: Page[]): { page: number; text: string; label: string }[] {
  const out: { page: number; text: string; label: string }[] = [];
  let inList = false;
  pages.forEach((p, i) => {
    const ls = lines(p);
    const head = ls.find((l) => l.y0 >= 0)?.text ?? '';
    if (/^DAFTAR (ISI|TABEL|GAMBAR)$/.test(head)) inList = true;
    else if (!ls.some((l) => /^DAFTAR (ISI|TABEL|GAMBAR)$/.test(l.text))) inList = false;
    if (!inList) return;
    for (const l of ls.slice(0, -1)) {
      const last = l.words.at(-1)!.text;
      if (l.words.length > 1 && PAGE_LABEL.test(last) && l.x1 > p.width * 0.75) out.push({ page: i, text: l.words.slice(0, -1).map((w) => w.text).join(' ').replace(/[ .]+$/, ''), label: last });
    }
  });
  return out;
}

/** The label printed on each page: its footer line that holds only a page label (undefined when none). */
export const pageLabels = (pages: Page[]) => pages.map((p) => {
  const foot = lines(p).filter((l) => l.y0 > p.height * 0.85 && PAGE_LABEL.test(l.text));
  return foot.at(-1)?.text;
});

/** (c) Each list entry points to the first page (other than the lists') on which its text starts a line. */
export function wrongListPages(pages: Page[]): string[] {
  const entries = listEntries(pages);
  if (!entries.length) return [];
  const labels = pageLabels(pages);
  const listPages = new Set(entries.map((e) => e.page));
  const flat = pages.map((p) => lines(p).map((l) => l.text));
  return entries.flatMap((e) => {
    const words = e.text.split(' ').slice(0, 6).join(' ');
    const first = flat.findIndex((ls, i) => !listPages.has(i) && ls.some((l) => l.startsWith(words) || words.startsWith(l) && l.length > 12));
    if (first < 0) return [`"${e.text}": tidak ditemukan`];
    return labels[first] === e.label ? [] : [`"${e.text}": daftar ${e.label}, mulai di hlm berlabel ${labels[first]}`];
  });
}

/** (d) No page holds only its number. */
export const blankPages = (pages: Page[]) =>
  pages.flatMap((p, i) => (lines(p).filter((l) => !PAGE_LABEL.test(l.text)).length === 0 ? [`hlm ${i + 1} kosong`] : []));

/** (d) No heading or intro kept with what follows ends a page. */
export function orphanIntros(pages: Page[]): string[] {
  const listPages = new Set(listEntries(pages).map((e) => e.page));
  return pages.slice(0, -1).flatMap((p, i) => {
    const last = lines(p).map((l) => l.text).filter((t) => !PAGE_LABEL.test(t)).at(-1) ?? '';
    // an entry of a list (daftar isi/tabel) ends in its page number; a caption ending in a year ("… Tahun 2025") is not one
    if (listPages.has(i) && / ([0-9]+|[ivxlcdm]+)$/.test(last)) return [];
    return /(sebagai berikut|antara lain):$/.test(last) || /^(Indikator Kinerja|Target Kinerja|Uraian Sasaran|Penjelasan Kinerja \d+|BAB [IVX]+\b.*|Tabel \d+(\.\d+)* .*|Gambar \d+(\.\d+)* .*)$/.test(last)
      ? [`hlm ${i + 1} berakhir dengan "${last}"`] : [];
  });
}

/** Every kind of document (the table of kinds): the layout rules hold for all of them. */
export const JENIS = TABEL_JENIS.map((k) => k.jenis);

/** Text-block margins of each document (by output name): the smallest of its sections, side by side. */
export function documentMargins(konten: string): Map<string, Margins> {
  const r = models(check(konten).content, { jenis: JENIS, kertas: 'A4' });
  if (!('models' in r)) throw new Error(r.message);
  return new Map(r.jobs.map((j, i) => [j.slug, [0, 1, 2, 3].map((k) => Math.min(...r.models[i].sections.map((s) => s.margins[k]))) as Margins]));
}

/** (a) Side by side signatures line up: the "NIP." lines of a page within 40 pt of each other share one baseline
 *  (a name wrapping under its signature pushed its NIP a line lower: PK 03 and 18, "ABDUL WAHID RAHIM SANGKA, S.P., M.Si"). */
export function misalignedNips(pages: Page[]): string[] {
  return pages.flatMap((p, i) => {
    const nip = p.words.filter((w) => w.text === 'NIP.' || w.text === 'NIP').sort((a, b) => a.y0 - b.y0);
    return nip.flatMap((w, k) => (k > 0 && w.y0 - nip[k - 1].y0 > 1 && w.y0 - nip[k - 1].y0 < 40 && Math.abs(w.x0 - nip[k - 1].x0) > 50
      ? [`hlm ${i + 1}: baris NIP tidak sejajar (${nip[k - 1].y0.toFixed(1)} dan ${w.y0.toFixed(1)})`] : []));
  });
}

/** (a) No two words print over each other (chart labels of two close series did: LKIP 2024 Grafik 3.5 "76,47" on
 *  "76,00"): boxes overlapping by more than 0,5 pt across and 1,5 pt down. Sorted by x, so only neighbours compare. */
export function overlappingWords(pages: Page[]): string[] {
  return pages.flatMap((p, i) => {
    const w = [...p.words].sort((a, b) => a.x0 - b.x0);
    const out: string[] = [];
    for (let a = 0; a < w.length; a++) {
      for (let b = a + 1; b < w.length && w[b].x0 < w[a].x1 - 0.5; b++) {
        const iy = Math.min(w[a].y1, w[b].y1) - Math.max(w[a].y0, w[b].y0);
        if (iy > 1.5 && Math.min(w[a].x1, w[b].x1) - w[b].x0 > 0.5) out.push(`hlm ${i + 1}: "${w[a].text}" menimpa "${w[b].text}"`);
      }
    }
    return out;
  });
}
