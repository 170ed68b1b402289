// Qualitative targets and realisasi (e.g. the BPK audit opinion) are read through a scale of words -> scores,
// declared once: a named scale below, or a map in the indicator catalogue ("skala: {Baik: 3, Cukup: 2}").
// Capaian of a qualitative indicator = score(realisasi) / score(target) × 100.

export interface SkalaKualitatif { id: string; nama: string; skor: Record<string, string> }

export const SKALA_KUALITATIF: Record<string, SkalaKualitatif> = {
  'opini-bpk': {
    id: 'opini-bpk', nama: 'opini BPK atas laporan keuangan',
    // Wajar Tanpa Pengecualian, Wajar Dengan Pengecualian, Tidak Wajar, Tidak Menyatakan Pendapat
    skor: { WTP: '4', WDP: '3', TW: '2', TMP: '1' },
  },
  'predikat-sakip': {
    id: 'predikat-sakip', nama: 'predikat SAKIP (PermenPANRB 88/2021)',
    skor: { AA: '7', A: '6', BB: '5', B: '4', CC: '3', C: '2', D: '1' },
  },
  'baik-cukup-kurang': {
    id: 'baik-cukup-kurang', nama: 'Baik/Cukup/Kurang',
    skor: { Baik: '3', Cukup: '2', Kurang: '1' },
  },
};

/** The scale an indicator declares: a named scale id, or an inline map of word -> score. */
export function skalaDari(decl: string | Record<string, string> | undefined): SkalaKualitatif | undefined {
  if (decl === undefined) return undefined;
  if (typeof decl === 'string') return SKALA_KUALITATIF[decl];
  return { id: 'katalog', nama: 'skala indikator', skor: decl };
}

/** Words of a scale, for messages: "WTP, WDP, TW, TMP". */
export const kataSkala = (s: SkalaKualitatif) => Object.keys(s.skor).join(', ');
