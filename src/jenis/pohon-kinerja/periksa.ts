// Checks of `mendukung`: every id names a sasaran of the superior's PK of the same year (for an official whose
// superior has no PK: a tujuan of a Renstra covering the year); a lower sasaran supporting nothing and an upper
// sasaran no subordinate supports are warned (the latter only for officials whose subordinates have PKs).
import { locOf, type Content } from '../../validate/build-content.ts';
import { diag, type Diagnostic } from '../../validate/diagnostics.ts';
import { terdekat } from '../../validate/kunci.ts';
import { pohonKinerja, semuaSimpul, tahunPohon, type SimpulPohon } from './pohon.ts';

/** Ids a sasaran of `s` may support: its superior's sasaran, or the tujuan of every Renstra covering the year. */
function idSah(c: Content, s: SimpulPohon, tahun: number): string[] {
  if (s.atasan?.pk) return s.atasan.sasaran.map((x) => x.id);
  return [...c.renstra.values()].filter((r) => r.value.periode.awal <= tahun && tahun <= r.value.periode.akhir).flatMap((r) => r.value.tujuan.map((t) => t.id));
}

export function periksaPohon(c: Content): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const tahun of tahunPohon(c)) {
    for (const akar of pohonKinerja(c, tahun)) {
      for (const s of semuaSimpul(akar)) {
        const pk = s.pk;
        if (pk) {
          const sah = idSah(c, s, tahun);
          const atasan = s.atasan?.pk ? `sasaran PK ${s.atasan.namaJabatan} ${tahun}` : `tujuan Renstra yang mencakup ${tahun}`;
          for (const x of s.sasaran) {
            if (!x.mendukung.length) {
              out.push(diag('POHON_TIDAK_MENDUKUNG', locOf(pk, 'sasaran', x.k, 'id'), `sasaran "${x.id}" (${s.namaJabatan}) tidak mendukung ${atasan} mana pun`));
              continue;
            }
            const daftar = Array.isArray(pk.front.sasaran[x.k].mendukung);
            x.mendukung.forEach((m, i) => {
              if (sah.includes(m)) return;
              const dekat = terdekat(m, sah);
              const at = daftar ? locOf(pk, 'sasaran', x.k, 'mendukung', i) : locOf(pk, 'sasaran', x.k, 'mendukung');
              out.push(diag('POHON_RUJUKAN_TIDAK_DIKENAL', at, `"${m}" bukan ${atasan}${dekat ? `; maksudnya "${dekat}"?` : ''} (id yang sah: ${sah.join(', ') || 'tidak ada'})`));
            });
          }
        }
        if (!s.anak.some((a) => a.pk)) continue;
        const didukung = new Set(s.anak.flatMap((a) => a.sasaran.flatMap((x) => x.mendukung)));
        for (const x of s.sasaran) {
          if (didukung.has(x.id)) continue;
          const ren = s.renstra === undefined ? undefined : c.renstra.get(s.renstra);
          const loc = pk ? locOf(pk, 'sasaran', x.k, 'id') : ren ? locOf(ren, 'tujuan', x.k, 'id') : undefined;
          if (loc) out.push(diag('POHON_TIDAK_DIDUKUNG', loc, `${pk ? 'sasaran' : 'tujuan'} "${x.id}" (${pk ? s.namaJabatan : `Renstra ${s.renstra}`}) tidak didukung sasaran PK bawahan mana pun tahun ${tahun}`));
        }
      }
    }
  }
  return out;
}
