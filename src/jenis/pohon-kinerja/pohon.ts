// The performance tree of one year from the PKs: each PK's official under its superior (the PK's pihak_kedua, else
// the jabatan's atasan); officials whose superior has no PK hang under a root node (the Bupati) whose "sasaran" are
// the tujuan of the Renstra covering the year. A year has a tree only when some sasaran of its PKs names `mendukung`.
import { namaLengkap } from '../../compute/pihak.ts';
import { nilaiDari, type Nilai } from '../../compute/indikator-hasil.ts';
import { formatTarget } from '../../format/target.ts';
import type { Content, PkSource } from '../../validate/build-content.ts';

/** target: as printed; nilai: as written with its unit (the workbook's number), none for a Renstra tujuan */
export interface IndikatorPohon { nama: string; target: string; nilai?: Nilai }
export interface SasaranPohon {
  id: string; no: number; uraian: string; indikator: IndikatorPohon[]; mendukung: string[]; csf?: string;
  /** k = index in the PK's sasaran list (for diagnostics) */ k: number;
}
export interface SimpulPohon {
  jabatan: string; namaJabatan: string; pejabat?: string; pk?: PkSource; sasaran: SasaranPohon[];
  /** the root's sasaran are Renstra tujuan of this period */ renstra?: string;
  atasan?: SimpulPohon; anak: SimpulPohon[];
}

export const daftarMendukung = (m: string | string[] | undefined): string[] => (m === undefined ? [] : Array.isArray(m) ? m : [m]);

/** Superior jabatan of a PK: its pihak_kedua, else the registry's atasan. */
export const atasanPk = (c: Content, pk: PkSource): string | undefined => pk.front.pihak_kedua ?? c.jabatan.get(pk.front.pihak_pertama)?.value.atasan;

export const adaPohon = (c: Content, tahun: number): boolean =>
  c.pk.some((p) => p.front.tahun === tahun && p.front.sasaran.some((s) => s.mendukung !== undefined));

export const tahunPohon = (c: Content): number[] => [...new Set(c.pk.map((p) => p.front.tahun))].filter((t) => adaPohon(c, t)).sort();

/** Renstra covering the year: the one whose tujuan the agency head's sasaran name, else the earliest starting. */
export function renstraAkar(c: Content, tahun: number, dirujuk: string[]) {
  const cakup = [...c.renstra.entries()].filter(([, r]) => r.value.periode.awal <= tahun && tahun <= r.value.periode.akhir)
    .sort((a, b) => a[1].value.periode.awal - b[1].value.periode.awal);
  return cakup.find(([, r]) => r.value.tujuan.some((t) => dirujuk.includes(t.id))) ?? cakup[0];
}

function simpulPk(c: Content, pk: PkSource): SimpulPohon {
  const j = c.jabatan.get(pk.front.pihak_pertama)?.value;
  const o = j && c.orang.get(j.pejabat)?.value;
  const sasaran = pk.front.sasaran.map((s, k) => ({
    id: s.id, no: k + 1, uraian: s.uraian, k, mendukung: daftarMendukung(s.mendukung), csf: s.csf,
    indikator: s.indikator.map((i) => {
      const kat = c.indikator.get(i.ref)?.value;
      const nilai = nilaiDari(i.target.nilai, kat?.satuan ?? '');
      return { nama: kat?.nama ?? i.ref, target: formatTarget(nilai), nilai };
    }),
  }));
  return { jabatan: pk.front.pihak_pertama, namaJabatan: j?.nama ?? pk.front.pihak_pertama, pejabat: o && namaLengkap(o), pk, sasaran, anak: [] };
}

/** The roots of the year's tree (normally one: the Bupati), children in PK file order. */
export function pohonKinerja(c: Content, tahun: number): SimpulPohon[] {
  const pks = c.pk.filter((p) => p.front.tahun === tahun);
  const simpul = new Map(pks.map((p) => [p.front.pihak_pertama, simpulPk(c, p)]));
  const akar = new Map<string, SimpulPohon>();
  for (const p of pks) {
    const s = simpul.get(p.front.pihak_pertama)!;
    const a = atasanPk(c, p);
    let atas = a === undefined ? undefined : simpul.get(a);
    if (!atas) {
      const id = a ?? '-';
      if (!akar.has(id)) {
        const j = a === undefined ? undefined : c.jabatan.get(a)?.value;
        const o = j && c.orang.get(j.pejabat)?.value;
        akar.set(id, { jabatan: id, namaJabatan: j?.nama ?? 'Atasan', pejabat: o && namaLengkap(o), sasaran: [], anak: [] });
      }
      atas = akar.get(id)!;
    }
    s.atasan = atas;
    atas.anak.push(s);
  }
  for (const r of akar.values()) {
    const ren = renstraAkar(c, tahun, r.anak.flatMap((a) => a.sasaran.flatMap((s) => s.mendukung)));
    if (!ren) continue;
    r.renstra = ren[0];
    r.sasaran = ren[1].value.tujuan.map((t, k) => ({
      id: t.id, no: k + 1, k, uraian: t.uraian, mendukung: [],
      indikator: t.indikator.map((i) => ({ nama: i.nama, target: '' })),
    }));
  }
  return [...akar.values()];
}

/** Every official of the tree, depth first (root, then each child's subtree in order). */
export const semuaSimpul = (r: SimpulPohon): SimpulPohon[] => [r, ...r.anak.flatMap(semuaSimpul)];
