// The signatory (a jabatan) and the legal bases (dasar hukum) a Renstra or a guideline names in its front matter
// exist in their registries (the PK, LKIP and IKU have theirs checked beside their other fields). Found by
// `npm run fuzz`: a deleted dasar-hukum file made the Renstra's view read an id that was not there.
import { locOf, type Content, type DokumenMd } from '../build-content.ts';
import { diag, type Diagnostic } from '../diagnostics.ts';

interface Bertanda { penandatangan: string; dasar_hukum: string[] }

function periksa(c: Content, d: DokumenMd<Bertanda>, nama: string, out: Diagnostic[]): void {
  const f = d.front;
  if (!c.jabatan.has(f.penandatangan)) out.push(diag('ID_TIDAK_DIKENAL', locOf(d, 'penandatangan'), `jabatan "${f.penandatangan}" (${nama}) tidak ada di registri jabatan`));
  f.dasar_hukum.forEach((id, i) => {
    if (!c.dasarHukum.has(id)) out.push(diag('ID_TIDAK_DIKENAL', locOf(d, 'dasar_hukum', i), `dasar hukum "${id}" (${nama}) tidak ada di katalog dasar hukum`));
  });
}

export function checkReferensiDokumen(c: Content): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [periode, r] of c.renstraDok) if (r.dokumen) periksa(c, r.dokumen, `Renstra ${periode}`, out);
  for (const p of c.pedoman) periksa(c, p, `pedoman ${p.front.tahun}`, out);
  return out;
}
