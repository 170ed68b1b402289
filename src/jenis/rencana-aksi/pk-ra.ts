// What a Rencana Aksi refers to: its PK (by file name and year) and, per indicator, the PK's sasaran, annual
// target and catalogue entry. Shared by the Rencana Aksi, its evaluation and their check.
import type { Located, PkSource } from '../../validate/build-content.ts';
import type { Content } from '../../validate/build-content.ts';
import type { DataTriwulan } from '../../compute/triwulan.ts';
import type { Indikator } from '../../validate/schemas.ts';
import type { SpesRealisasiIn } from '../../validate/schemas-kinerja.ts';
import { berkasModul, type SumberYaml } from '../jenis.ts';
import { rencanaAksiSchema, type IndikatorRa, type RencanaAksi } from './skema.ts';

export const SUMBER_RA: SumberYaml<RencanaAksi> = { folder: 'rencana-aksi', schema: rencanaAksiSchema, judul: 'Rencana Aksi: target triwulan satu PK (rencana-aksi/<tahun>/<pk>.yaml)' };

export interface IndikatorPk {
  ra: IndikatorRa; k: number; sasaran: { no: number; id: string; uraian: string }; target: string; katalog: Indikator;
  /** quarterly realisasi: per quarter the Rencana Aksi's own, else that of the year's kinerja.yaml (same quarterly
   *  rule; '' where neither reports it) */
  realisasi: string[];
  /** the year's annual realisasi in kinerja.yaml (its formula and figure of record): realisasi s.d. TW IV where no
   *  quarter IV value is reported, as the quarterly report takes it (src/compute/pengukuran-ukur.ts) */
  tahunan?: { realisasi?: SpesRealisasiIn; tercatat?: string };
}
export interface RaPk { ra: Located<RencanaAksi>; pk: PkSource; indikator: (IndikatorPk | undefined)[] }

/** An IKU's entry in the year's lkip/<tahun>/kinerja.yaml (its quarterly data is what `sakip impor` writes). */
const entriKinerja = (c: Content, tahun: number, ref: string) => c.lkip.find((l) => l.front.tahun === tahun)?.kinerja?.value.iku.find((e) => e.ref === ref);
/** The quarterly data of an IKU in the year's kinerja.yaml. */
export const triwulanKinerja = (c: Content, tahun: number, ref: string): DataTriwulan | undefined => entriKinerja(c, tahun, ref)?.triwulan;

/** Two quarterly series combine the same way (cumulative, or per quarter with the same aggregation). */
export const aturanSama = (a: Pick<DataTriwulan, 'pelaporan' | 'agregasi'>, b: Pick<DataTriwulan, 'pelaporan' | 'agregasi'>): boolean =>
  a.pelaporan === b.pelaporan && (a.pelaporan === 'kumulatif' || a.agregasi === b.agregasi);

/** Per quarter the Rencana Aksi's own realisasi, else kinerja.yaml's: a Rencana Aksi that reports TW I-II keeps
 *  the TW III-IV that `sakip impor` wrote (a quarter both report is checked by RA_REALISASI_BEDA). */
function perTriwulan(ra: string[], kinerja: string[]): string[] {
  const out = Array.from({ length: Math.max(ra.length, kinerja.length) }, (_, q) => (ra[q] ?? '') !== '' ? ra[q] : kinerja[q] ?? '');
  return out.some((v) => v !== '') ? out : ra;
}

export const pkDari = (c: Content, ra: RencanaAksi): PkSource | undefined => c.pk.find((p) => p.slug === ra.pk && p.front.tahun === ra.tahun);

/** The Rencana Aksi files of the content with their PK; files whose PK is missing are left out (the check names them). */
export function rencanaAksi(c: Content, tahun?: number): RaPk[] {
  return berkasModul(c, SUMBER_RA).flatMap((ra) => {
    const pk = pkDari(c, ra.value);
    if (!pk || (tahun !== undefined && ra.value.tahun !== tahun)) return [];
    const indikator = ra.value.indikator.map((ind, k) => {
      const i = pk.front.sasaran.findIndex((s) => s.indikator.some((x) => x.ref === ind.ref));
      const katalog = c.indikator.get(ind.ref)?.value;
      if (i < 0 || !katalog) return undefined;
      const s = pk.front.sasaran[i];
      const e = entriKinerja(c, ra.value.tahun, ind.ref), kin = e?.triwulan;
      return {
        ra: ind, k, sasaran: { no: i + 1, id: s.id, uraian: s.uraian }, target: s.indikator.find((x) => x.ref === ind.ref)!.target.nilai, katalog,
        realisasi: kin && aturanSama(ind, kin) ? perTriwulan(ind.realisasi, kin.realisasi) : ind.realisasi,
        tahunan: e && { realisasi: e.realisasi, tercatat: e.realisasi_tercatat },
      };
    });
    return [{ ra, pk, indikator }];
  });
}
