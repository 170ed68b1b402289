// The sasaran an LKIP year reports on: listed in the year's kinerja.yaml, or else those of its Renstra.
import type { Content, LkipSource } from '../validate/build-content.ts';

export interface SasaranTahun { id: string; uraian: string; tujuan?: string }

export function sasaranTahun(c: Content, l: LkipSource): SasaranTahun[] {
  const sendiri = l.kinerja?.value.sasaran;
  if (sendiri?.length) return sendiri;
  const renstra = l.front.renstra ? c.renstra.get(l.front.renstra)?.value : undefined;
  return (renstra?.tujuan ?? []).flatMap((t) => t.sasaran.map((s) => ({ id: s.id, uraian: s.uraian, tujuan: t.uraian })));
}
