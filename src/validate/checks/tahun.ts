// A year in a heading or title must be the document's year; other years in prose are flagged as warnings.
import { locOf, type Content } from '../build-content.ts';
import { diag, type Diagnostic } from '../diagnostics.ts';

const YEAR = /\b(19|20)\d{2}\b/g;
const PROSE_YEAR = /\btahun\s+((?:19|20)\d{2})\b(?!\s*[-–]\s*\d)/gi;

export function checkTahun(c: Content): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const pk of c.pk) {
    const tahun = String(pk.front.tahun);
    const judul = pk.front.judul;
    for (const y of judul?.match(YEAR) ?? []) {
      if (y !== tahun) out.push(diag('TAHUN_JUDUL', locOf(pk, 'judul'), `judul memuat tahun ${y}, padahal dokumen bertahun ${tahun}`));
    }
    for (const h of pk.headings) {
      for (const y of h.text.match(YEAR) ?? []) {
        if (y !== tahun) out.push(diag('TAHUN_JUDUL', { file: pk.src.file, line: h.line, column: 1 }, `judul "${h.text}" memuat tahun ${y}, padahal dokumen bertahun ${tahun}`));
      }
    }
    for (const sec of pk.sections) {
      sec.text.split('\n').forEach((l, i) => {
        for (const m of l.matchAll(PROSE_YEAR)) {
          if (m[1] !== tahun) out.push(diag('TAHUN_PROSA', { file: pk.src.file, line: sec.textLine + i, column: (m.index ?? 0) + 1 }, `prosa menyebut "${m[0]}", padahal dokumen bertahun ${tahun}`));
        }
      });
    }
  }
  return out;
}

