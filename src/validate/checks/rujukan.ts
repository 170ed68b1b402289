// Cross-references of content prose: every "Tabel X.Y", "Gambar X.Y" (or "Grafik X.Y") and "Lampiran N" cited in
// the prose of a document exists in that document. Captions are numbered when the templates run, so this check
// reads the rendered document models (after the content checks; `sakip check` and build run it).
import type { DocJob } from '../../documents.ts';
import type { BodySection } from '../../load/markdown-source.ts';
import type { Block, DocModel, Inline } from '../../render/model.ts';
import type { Content } from '../build-content.ts';
import { diag, type Diagnostic } from '../diagnostics.ts';

const NOMOR = String.raw`((?:\d+|[IVX]+\b)(?:\.\d+)*)`;
const RUJUKAN = new RegExp(String.raw`\b(Tabel|Gambar|Grafik|Lampiran)\s+${NOMOR}`, 'gi');
const JUDUL = new RegExp(String.raw`^(Tabel|Gambar|Grafik|Lampiran)\s+${NOMOR}`, 'i');
// "Lampiran II Peraturan Menteri …": an annex of another document
const DOKUMEN_LAIN = /^\s*(?:[,(]\s*)?(?:Peraturan|Undang|Keputusan|Permen|Perpres|Perbup|Perda|PP\b|Instruksi|Surat|UU\b)/i;

const ROMAWI: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10 };
/** "Grafik 3.1" and "Gambar 3.1" share one numbering; a roman chapter is its number ("Tabel IV.1" = "Tabel 4.1"). */
function kunci(jenis: string, nomor: string): string {
  const j = jenis.toLowerCase() === 'grafik' ? 'gambar' : jenis.toLowerCase();
  const [bab, ...rest] = nomor.split('.');
  return `${j} ${[ROMAWI[bab.toUpperCase()] ?? bab, ...rest].join('.')}`;
}

const teks = (runs: Inline[]) => runs.map((r) => (r.kind === 'text' ? r.text : ' ')).join('').trim();

/** Every caption or heading that opens with a table, figure or annex number, anywhere in the document. */
export function labelDokumen(model: DocModel): Set<string> {
  const ada = new Set<string>();
  const walk = (bs: Block[]) => {
    for (const b of bs) {
      if (b.kind === 'p' || b.kind === 'heading') {
        const m = JUDUL.exec(teks(b.runs));
        if (m) ada.add(kunci(m[1], m[2]));
      } else if (b.kind === 'list') b.items.forEach(walk);
      else if (b.kind === 'table') for (const r of b.rows) for (const c of r.cells) walk(c.blocks);
    }
  };
  for (const s of model.sections) walk([...s.header, ...s.blocks]);
  return ada;
}

/** The prose of a document: its content file and sections. */
function prosaDokumen(c: Content, job: DocJob): { file: string; sections: BodySection[] }[] {
  const periode = job.slug.replace(/^(iku|renstra)-/, '');
  const src = (x?: { src: { file: string }; sections: BodySection[] }) => (x ? [{ file: x.src.file, sections: x.sections }] : []);
  switch (job.jenis) {
    case 'pk': return src(c.pk.find((p) => p.slug === job.slug));
    case 'lkip': {
      const l = c.lkip.find((x) => x.front.tahun === job.tahun);
      return [...src(l), ...(l?.program ? [{ file: l.program.src.file, sections: l.program.sections }] : [])];
    }
    case 'iku': return src(c.iku.get(periode));
    case 'renstra': return src(c.renstraDok.get(periode)?.dokumen);
    case 'pedoman': return src(c.pedoman.find((d) => d.front.tahun === job.tahun));
    default: return [];
  }
}

export function checkRujukan(c: Content, jobs: DocJob[], models: DocModel[]): Diagnostic[] {
  return checkRujukanLabel(c, jobs, models.map(labelDokumen));
}

/** The same check from each document's labels (labelDokumen), as the build's model cache keeps them. */
export function checkRujukanLabel(c: Content, jobs: DocJob[], labels: ReadonlySet<string>[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  jobs.forEach((job, i) => {
    const ada = labels[i];
    for (const { file, sections } of prosaDokumen(c, job)) {
      for (const s of sections) {
        for (const m of s.text.matchAll(RUJUKAN)) {
          if (m[1].toLowerCase() === 'lampiran' && DOKUMEN_LAIN.test(s.text.slice(m.index! + m[0].length, m.index! + m[0].length + 40))) continue;
          if (ada.has(kunci(m[1], m[2]))) continue;
          const before = s.text.slice(0, m.index);
          const line = s.textLine + (before.match(/\n/g)?.length ?? 0);
          const column = m.index! - before.lastIndexOf('\n');
          const bab = `${kunci(m[1], m[2]).split('.')[0]}.`; // same kind and chapter: "tabel 2."
          const daftar = [...ada].filter((k) => k.startsWith(bab)).map((k) => k.replace(/^\w/, (x) => x.toUpperCase())).join(', ');
          out.push(diag('RUJUKAN_SILANG', { file, line, column }, `"${m[0]}" dirujuk di bagian "## ${s.key}", tetapi tidak ada di dokumen ${job.slug}${daftar ? ` (yang ada: ${daftar})` : ''}`));
        }
      }
    }
  });
  return out;
}
