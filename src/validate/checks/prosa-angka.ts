// LKIP prose and figures: a placeholder that names no figure is an error (SKEMA); a percentage or count stated in
// the prose of an indicator, sasaran or budget node that matches none of the figures next to it is a warning
// (PROSA_ANGKA). Both point at the prose's own line in the content file.
import { isiProsa, PLACEHOLDER, type PetaAngka } from '../../compute/angka-prosa.ts';
import { susunLkip } from '../../compute/lkip.ts';
import type { IkuView } from '../../compute/lkip-iku.ts';
import { dekatSubjek, subjekBagian, type BahanPeta } from '../../compute/lkip-prosa.ts';
import { idSkala, SKALA } from '../../compute/skala-predikat.ts';
import type { BodySection } from '../../load/markdown-source.ts';
import type { Content, LkipSource } from '../build-content.ts';
import { diag, type Diagnostic } from '../diagnostics.ts';

const ANGKA = /-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?/g;
/** "1.234,5" / "−8,16" -> 1234.5 / -8.16 (Indonesian separators). */
const baca = (s: string) => Number(s.replace(/[−–]/g, '-').replace(/\.(?=\d{3})/g, '').replace(',', '.'));
const semuaAngka = (s: string) => [...s.replace(/[−–]/g, '-').matchAll(ANGKA)].map((m) => baca(m[0]));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Position of an offset of a section's text in its file. */
function posisi(file: string, s: BodySection, offset: number) {
  const before = s.text.slice(0, offset);
  const nl = before.lastIndexOf('\n');
  return { file, line: s.textLine + (before.match(/\n/g)?.length ?? 0), column: offset - nl };
}

/** The numbers of one subject's placeholder figures, read once per figure set (a subject is near many sections). */
const BACAAN = new WeakMap<object, number[]>();
function angkaPeta(a: Record<string, string> | undefined): number[] {
  if (!a) return [];
  let xs = BACAAN.get(a);
  if (!xs) BACAAN.set(a, (xs = Object.values(a).flatMap(semuaAngka)));
  return xs;
}

/** Every number a section may state: the placeholder figures of its subjects, the raw inputs and earlier years. */
function angkaDekat(b: BahanPeta, peta: PetaAngka, subjek: string[]): number[] {
  const xs = subjek.flatMap((id) => angkaPeta(peta.get(id)));
  for (const s of b.sasaran) {
    for (const h of [...s.iku.filter((x) => subjek.includes(x.ref)), ...s.program.filter((r) => subjek.includes(r.id)).flatMap((r) => r.indikator)]) {
      for (const r of h.rincian) for (const v of [r.pembilang, r.penyebut, r.sekarang, r.sebelumnya, r.nilai, r.persenTeks]) if (v) xs.push(Number(v));
      for (const r of (h as Partial<IkuView>).riwayat ?? []) for (const v of [r.target?.nilai, r.realisasi?.nilai, r.capaian]) if (v && !Number.isNaN(Number(v))) xs.push(Number(v));
    }
  }
  return xs;
}

function periksa(file: string, sections: BodySection[], b: BahanPeta, peta: PetaAngka, out: Diagnostic[]) {
  for (const s of sections) {
    const subjek = subjekBagian(s.key);
    for (const e of isiProsa(s.text, subjek, peta).salah) out.push(diag('SKEMA', posisi(file, s, e.offset), e.pesan));
    const dekat = subjek ? dekatSubjek(b, subjek) : undefined;
    if (!dekat) continue;
    const angka = angkaDekat(b, peta, dekat.subjek);
    const cocok = (n: number) => angka.some((a) => Math.abs(a - n) < 0.005);
    const teks = s.text.replace(PLACEHOLDER, (m) => ' '.repeat(m.length));
    const satuan = [...new Set(dekat.satuan.filter((x) => x && x !== '%'))].sort((x, y) => y.length - x.length).map(escape);
    const pola = new RegExp(`(${ANGKA.source})\\s?(%${satuan.length ? `|\\s(?:${satuan.join('|')})\\b` : ''})`, 'gi');
    for (const m of teks.replace(/[−–](?=\d)/g, '-').matchAll(pola)) {
      if (cocok(baca(m[1]))) continue;
      const apa = m[2] === '%' ? 'persentase' : 'jumlah';
      out.push(diag('PROSA_ANGKA', posisi(file, s, m.index!), `${apa} "${m[0].trim()}" di bagian "## ${s.key}" tidak sama dengan angka hasil hitung mana pun dari ${dekat.subjek.length === 1 ? `indikator "${subjek}"` : `"${subjek}" dan indikator di dekatnya`}; pakai placeholder, mis. ${dekat.subjek.length === 1 ? '{realisasi} atau {capaian}' : '{realisasi:<id>} atau {capaian:<id>}'}`));
    }
  }
}

export function checkProsaAngka(c: Content): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const l of c.lkip) {
    const k = l.kinerja?.value;
    // the figures exist only when the content they come from is whole (other checks report what is missing)
    if (!k || !c.instansi || !(idSkala(c, l.front.skala_predikat, 'lkip') in SKALA) || k.iku.some((e) => !c.indikator.has(e.ref))) continue;
    let r: ReturnType<typeof susunLkip>;
    try { r = susunLkip(c, l as LkipSource); } catch { continue; }
    const bahan: BahanPeta = { sasaran: r.view.sasaran };
    periksa(l.src.file, l.sections, bahan, r.peta, out);
    if (l.program) periksa(l.program.src.file, l.program.sections, bahan, r.peta, out);
  }
  return out;
}
