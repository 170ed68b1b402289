// A result computed from content and shared by every reader of that content (the LKIP measurement and view,
// src/compute/lkip.ts, lkip-ukur.ts). On tracked content (src/cache/lacak.ts) each check and view has its own
// proxies, so a memo keyed by the objects it was handed would be computed again by every recorder. Here a result
// computed under a recorder is kept by the objects the proxies stand for, with the content files its computation
// read; a later recorder taking it notes those files again, so a hit hides no read. Under a trace (a kind's
// listing hashes every value it reads) or outside any recorder, it is keyed by the objects handed, as before.
import { asliLacak, catat, perekamAktif, rekam, type Perekam } from './lacak.ts';

interface Tercatat<T> { hasil: T; berkas: readonly string[] }
export interface MemoKonten<T> {
  polos: WeakMap<object, WeakMap<object, T>>;
  lacak: WeakMap<object, WeakMap<object, Tercatat<T>>>;
}
export const memoKonten = <T>(): MemoKonten<T> => ({ polos: new WeakMap(), lacak: new WeakMap() });

const dari = <K extends object, V>(m: WeakMap<object, WeakMap<K, V>>, k: object): WeakMap<K, V> => {
  let x = m.get(k);
  if (!x) m.set(k, (x = new WeakMap()));
  return x;
};

/** `hitung()` for content `c` and its part `l`, once per content (per content and recorder for a trace). */
export function ingat<T>(m: MemoKonten<T>, c: object, l: object, hitung: () => T): T {
  const r = perekamAktif();
  const ac = asliLacak(c);
  if (!r || r.jejak || !ac) {
    const per = dari(m.polos, c);
    if (per.has(l)) return per.get(l)!;
    const hasil = hitung();
    per.set(l, hasil);
    return hasil;
  }
  const per = dari(m.lacak, ac);
  const al = asliLacak(l) ?? l;
  const ada = per.get(al);
  if (ada) { catat(ada.berkas); return ada.hasil; }
  const sendiri: Perekam = { berkas: new Set() };
  const hasil = rekam(sendiri, hitung);
  const berkas = [...sendiri.berkas];
  catat(berkas);
  per.set(al, { hasil, berkas });
  return hasil;
}
