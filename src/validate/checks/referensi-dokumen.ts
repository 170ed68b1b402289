// The signatory (a jabatan) and the legal bases (dasar hukum) a document names in its front matter exist in their
// registries: one check for the LKIP, the IKU decree (its `mengingat`), the Renstra and the guideline. The Renstra's
// and the guideline's were once missing (`npm run fuzz`: a deleted dasar-hukum file made the Renstra's view read an
// id that was not there).
import type { YamlSource } from '../../load/yaml-source.ts';
import { locOf, type Content } from '../build-content.ts';
import { diag, type Diagnostic } from '../diagnostics.ts';

interface Bertanda { front: { penandatangan: string }; src: YamlSource; path: PropertyKey[] }

/** The document's `penandatangan` and its legal bases under `kunciDasar` ('dasar_hukum', or the decree's 'mengingat'). */
export function periksaPenandatangan(c: Content, d: Bertanda, dasar: readonly string[], kunciDasar: string, out: Diagnostic[]): void {
  const f = d.front;
  if (!c.jabatan.has(f.penandatangan)) out.push(diag('ID_TIDAK_DIKENAL', locOf(d, 'penandatangan'), `jabatan "${f.penandatangan}" tidak ada di registri jabatan`));
  dasar.forEach((id, i) => {
    if (!c.dasarHukum.has(id)) out.push(diag('ID_TIDAK_DIKENAL', locOf(d, kunciDasar, i), `dasar hukum "${id}" tidak ada di katalog`));
  });
}

export function checkReferensiDokumen(c: Content): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const r of c.renstraDok.values()) if (r.dokumen) periksaPenandatangan(c, r.dokumen, r.dokumen.front.dasar_hukum, 'dasar_hukum', out);
  for (const p of c.pedoman) periksaPenandatangan(c, p, p.front.dasar_hukum, 'dasar_hukum', out);
  for (const l of c.lkip) periksaPenandatangan(c, l, l.front.dasar_hukum, 'dasar_hukum', out);
  for (const d of c.iku.values()) periksaPenandatangan(c, d, d.front.mengingat, 'mengingat', out);
  return out;
}
