// The LKIP measurement of one year, computed once per content: the budget tree with its node results and every
// IKU result. The audit check (src/validate/checks/lkip.ts), the prose check and the view (src/compute/lkip.ts)
// all read this one result, so a figure and the finding about it can never come from two computations.
import type { Content, LkipSource } from '../validate/build-content.ts';
import { pohonAnggaran, type Pohon } from './anggaran.ts';
import { ukurIku, type IkuView } from './lkip-iku.ts';
import { ukurPohon } from './lkip-simpul.ts';
import { idSkala, SKALA, type Skala } from './skala-predikat.ts';
import { ingat, memoKonten } from '../cache/memo-konten.ts';

export interface UkurLkip {
  skala: Skala;
  pohon?: Pohon;
  ukur?: ReturnType<typeof ukurPohon>;
  /** one result per `kinerja.yaml` IKU entry, in order */
  iku: IkuView[];
}

// Content is plain data that no stage modifies after validation: a result is keyed by the objects it was read from
// (on tracked content, src/cache/memo-konten.ts: by the objects the proxies stand for, its reads noted per reader).
const memo = memoKonten<UkurLkip>();

/** Requires what the checks make sure of first: a known predicate scale, kinerja.yaml, every IKU ref in the catalogue. */
export function ukurLkip(c: Content, l: LkipSource): UkurLkip {
  return ingat(memo, c, l, () => ukurBaru(c, l));
}

function ukurBaru(c: Content, l: LkipSource): UkurLkip {
  const f = l.front;
  const skala = SKALA[idSkala(c, f.skala_predikat, 'lkip')];
  const renstra = f.renstra ? c.renstra.get(f.renstra)?.value : undefined;
  const tree = c.anggaran.get(f.tahun);
  const pohon = tree ? pohonAnggaran(tree.value) : undefined;
  const ukur = pohon ? ukurPohon(pohon, skala) : undefined;
  const anak = (id: string) => ukur?.capaianAnak(id);
  const iku = l.kinerja!.value.iku.map((e) => ukurIku(e, c.indikator.get(e.ref)!.value, f.tahun, renstra, skala, anak));
  return { skala, pohon, ukur, iku };
}
