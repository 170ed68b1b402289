// LKIP prose bound to figures: the placeholder map of one LKIP (every IKU, sasaran, budget node and the
// organisation), the subject of each prose section, the figures "next to" a section for the PROSA_ANGKA check.
import { angkaAnggaran, angkaIku, angkaIndikator, type Angka, type PetaAngka } from './angka-prosa.ts';
import type { IkuView } from './lkip-iku.ts';
import type { BarisSimpul } from './lkip-simpul.ts';
import { koma } from '../format/angka.ts';

interface SasaranBagian {
  id: string; iku: IkuView[]; program: BarisSimpul[];
  capaian: { nilai?: string }; pagu: string; realisasi?: string; serapan?: string; efisiensi?: { selisih: string };
}
export interface BahanPeta {
  sasaran: SasaranBagian[]; organisasi?: string; pagu?: string; realisasi?: string; serapan?: string;
}

const persenTeks = (v?: string) => (v === undefined ? undefined : `${koma(v)}%`);

export function petaLkip(b: BahanPeta): PetaAngka {
  const peta: PetaAngka = new Map();
  for (const s of b.sasaran) {
    for (const x of s.iku) peta.set(x.ref, angkaIku(x));
    for (const r of s.program) {
      const h = r.indikator[0];
      peta.set(r.id, { ...(h ? angkaIndikator(h) : {}), ...angkaAnggaran({ pagu: r.pagu, realisasi: r.realisasi, serapan: r.serapan }) });
    }
    const cap: Angka = s.capaian.nilai ? { capaian: persenTeks(s.capaian.nilai)! } : {};
    peta.set(s.id, { ...cap, ...angkaAnggaran({ pagu: s.pagu, realisasi: s.realisasi, serapan: s.serapan, efisiensi: s.efisiensi?.selisih }) });
  }
  const org: Angka = b.organisasi ? { capaian: persenTeks(b.organisasi)! } : {};
  peta.set('organisasi', { ...org, ...angkaAnggaran({ pagu: b.pagu, realisasi: b.realisasi, serapan: b.serapan }) });
  return peta;
}

/** The indicator, sasaran or node a section is about: "iku-x/penjelasan" -> iku-x, "ss1/penyebab" -> ss1. */
export const subjekBagian = (key: string): string | undefined => (key.includes('/') ? key.slice(0, key.indexOf('/')) : undefined);

/** Subjects whose figures a section may state: an IKU alone; a sasaran with its IKU and budget nodes; a budget
 *  node with the other nodes of its sasaran. Also the unit words of their indicators (for counts: "231 unit usaha"). */
export function dekatSubjek(b: BahanPeta, subjek: string): { subjek: string[]; satuan: string[] } | undefined {
  for (const s of b.sasaran) {
    const iku = s.iku.find((x) => x.ref === subjek);
    if (iku) return { subjek: [iku.ref], satuan: [iku.satuan] };
    if (s.id === subjek || s.program.some((r) => r.id === subjek)) {
      return {
        subjek: [s.id, ...s.iku.map((x) => x.ref), ...s.program.map((r) => r.id)],
        satuan: [...s.iku.map((x) => x.satuan), ...s.program.flatMap((r) => r.indikator.map((h) => h.satuan))],
      };
    }
  }
  return undefined;
}
