// Renstra BAB IV lists and tables generated from the program tree: 4.1.1-4.1.3 (uraian program, kegiatan, sub
// kegiatan), Tabel "Teknik Merumuskan Program/Kegiatan/Sub Kegiatan" and the priority sub kegiatan table.
import type { Renstra, RenstraProgram } from '../validate/schemas-kinerja.ts';
import type { PohonRenstra, SimpulRenstra } from './renstra-program.ts';

const programs = (p: PohonRenstra) => p.urusan.flatMap((u) => u.anak);
const kegiatan = (p: PohonRenstra) => programs(p).flatMap((x) => x.anak);
const subKegiatan = (p: PohonRenstra) => kegiatan(p).flatMap((x) => x.anak);

const indikatorTeks = (n: SimpulRenstra) => (n.raw.indikator ?? []).map((i) => (i.satuan ? `${i.nama} (${i.satuan})` : i.nama));
const pernyataan = (n: SimpulRenstra) => n.raw.outcome ?? n.raw.output ?? '';
/** A statement continuing a sentence ("…, dengan outcome meningkatnya …"): initial capital lowered unless an acronym. */
const dalamKalimat = (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) ? s[0].toLocaleLowerCase('id-ID') + s.slice(1) : s);

/** 4.1.1-4.1.3: every program with its outcome, every kegiatan with its output, every sub kegiatan with its output. */
export function uraianRenstra(p: PohonRenstra) {
  const simpul = (n: SimpulRenstra) => ({ kode: n.kode ?? '', nama: n.nama, pernyataan: dalamKalimat(pernyataan(n)), indikator: indikatorTeks(n) });
  const daftarProgram = programs(p).map((x) => ({ ...simpul(x), kegiatan: x.anak.map(simpul) }));
  const daftarKegiatan = kegiatan(p).map((x) => ({ ...simpul(x), sub: x.anak.map(simpul) }));
  return {
    program: daftarProgram, kegiatan: daftarKegiatan,
    jumlahProgram: daftarProgram.length, jumlahKegiatan: daftarKegiatan.length, jumlahSub: subKegiatan(p).length,
  };
}

/** `konteks`: the tujuan (and sasaran) a row belongs to, printed above the table where a page continues it. */
export interface BarisTeknik { nspk?: string[]; tujuan?: string; sasaran?: string; outcome?: string; output?: string; indikator?: string; simpul?: string; tingkat: string; konteks?: string }

/** Tabel "Teknik Merumuskan Program": tujuan → sasaran (with its IKU) → program (outcome) → kegiatan → sub kegiatan. */
export function teknikProgram(r: Renstra, p: PohonRenstra, namaIku: (ref: string) => string): BarisTeknik[] {
  const rows: BarisTeknik[] = [];
  const nspk = r.misi.flatMap((m) => m.sasaran_rpjmd.map((s) => `${s.uraian} (${s.kode})`));
  const perSasaran = new Map<string, SimpulRenstra[]>();
  for (const x of programs(p)) if (x.raw.sasaran) perSasaran.set(x.raw.sasaran, [...(perSasaran.get(x.raw.sasaran) ?? []), x]);
  const node = (n: SimpulRenstra, tingkat: string) => {
    const inds = indikatorTeks(n);
    (inds.length ? inds : ['']).forEach((ind, i) => rows.push({
      tingkat, indikator: ind || undefined,
      ...(i === 0 ? { simpul: `${n.kode ? `${n.kode} ` : ''}${n.nama}`, [tingkat === 'program' ? 'outcome' : 'output']: pernyataan(n) || undefined } : {}),
    }));
    n.anak.forEach((a) => node(a, a.tingkat));
  };
  r.tujuan.forEach((t, ti) => {
    const tujuan = `${t.uraian}${t.kode ? ` (${t.kode})` : ''}`;
    const dari = rows.length;
    (t.indikator.length ? t.indikator : [undefined]).forEach((ind, i) => rows.push({
      tingkat: 'tujuan', indikator: ind && (ind.satuan ? `${ind.nama} (${ind.satuan})` : ind.nama),
      ...(i === 0 ? { tujuan, nspk: ti === 0 ? nspk : undefined } : {}),
    }));
    for (const x of rows.slice(dari)) x.konteks = `Tujuan: ${tujuan}`;
    for (const s of t.sasaran) {
      const sasaran = `${s.uraian}${s.kode ? ` (${s.kode})` : ''}`, mulai = rows.length;
      s.iku.forEach((k, i) => rows.push({ tingkat: 'sasaran', indikator: namaIku(k.ref), ...(i === 0 ? { sasaran } : {}) }));
      for (const x of perSasaran.get(s.id) ?? []) node(x, 'program');
      for (const x of rows.slice(mulai)) x.konteks = `Tujuan: ${tujuan} / Sasaran: ${sasaran}`;
    }
  });
  return rows;
}

/** Tabel program prioritas: each programme's outcomes, the kegiatan / sub kegiatan named by id, and its problems. */
export function prioritasRenstra(file: RenstraProgram, p: PohonRenstra) {
  const byId = new Map(subKegiatan(p).map((s) => [s.id, s]));
  return file.program_prioritas.map((x) => ({
    nama: x.nama, outcome: x.outcome, permasalahan: x.permasalahan,
    // an unknown id prints as such rather than failing the document
    kegiatan: x.sub_kegiatan.map((id) => {
      const s = byId.get(id);
      return s ? { kegiatan: s.induk!.nama, sub: s.nama } : { kegiatan: '?', sub: `(sub kegiatan "${id}" tidak ada di pohon program)` };
    }),
  }));
}
