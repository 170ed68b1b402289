// Every id a file refers to must exist; body sections must name a sasaran or indicator of their PK.
import { locOf, type Content } from '../build-content.ts';
import { diag, type Diagnostic } from '../diagnostics.ts';
import { anggaranIds } from '../../compute/anggaran.ts';
import { SKALA, skalaTakDikenal } from '../../compute/skala-predikat.ts';

export function checkReferences(c: Content): Diagnostic[] {
  const out: Diagnostic[] = [];
  const need = (ok: boolean, loc: Parameters<typeof diag>[1], what: string) => {
    if (!ok) out.push(diag('ID_TIDAK_DIKENAL', loc, what));
  };
  if (c.instansi) need(c.jabatan.has(c.instansi.value.kepala_daerah), locOf(c.instansi, 'kepala_daerah'), `jabatan "${c.instansi.value.kepala_daerah}" tidak ada di registri jabatan`);
  const skala = c.instansi?.value.skala_predikat;
  if (skala) need(skala in SKALA, locOf(c.instansi!, 'skala_predikat'), skalaTakDikenal(skala));
  for (const j of c.jabatan.values()) {
    need(c.orang.has(j.value.pejabat), locOf(j, 'pejabat'), `orang "${j.value.pejabat}" tidak ada di registri orang`);
    if (j.value.atasan) need(c.jabatan.has(j.value.atasan), locOf(j, 'atasan'), `jabatan atasan "${j.value.atasan}" tidak ada di registri jabatan`);
  }
  for (const pk of c.pk) {
    const f = pk.front;
    need(c.jabatan.has(f.pihak_pertama), locOf(pk, 'pihak_pertama'), `jabatan "${f.pihak_pertama}" tidak ada di registri jabatan`);
    if (f.pihak_kedua) need(c.jabatan.has(f.pihak_kedua), locOf(pk, 'pihak_kedua'), `jabatan "${f.pihak_kedua}" tidak ada di registri jabatan`);
    else if (f.naskah.includes('bilateral')) {
      const atasan = c.jabatan.get(f.pihak_pertama)?.value.atasan;
      need(!c.jabatan.has(f.pihak_pertama) || !!atasan, locOf(pk, 'pihak_pertama'), `jabatan "${f.pihak_pertama}" tidak memiliki atasan; isi "pihak_kedua"`);
    }
    const tree = c.anggaran.get(f.tahun);
    if (f.anggaran) {
      const ids = tree ? anggaranIds(tree.value) : new Set<string>();
      f.anggaran.simpul.forEach((id, i) =>
        need(ids.has(id), locOf(pk, 'anggaran', 'simpul', i), tree ? `simpul anggaran "${id}" tidak ada di anggaran ${f.tahun}` : `tidak ada berkas anggaran tahun ${f.tahun}`));
    }
    const seen = new Set<string>();
    f.sasaran.forEach((s, i) => {
      if (seen.has(s.id)) out.push(diag('ID_DUPLIKAT', locOf(pk, 'sasaran', i, 'id'), `id sasaran "${s.id}" dipakai dua kali dalam PK ini`));
      seen.add(s.id);
      s.dasar_hukum.forEach((d, k) => need(c.dasarHukum.has(d), locOf(pk, 'sasaran', i, 'dasar_hukum', k), `dasar hukum "${d}" tidak ada di katalog dasar hukum`));
      s.indikator.forEach((ind, k) => need(c.indikator.has(ind.ref), locOf(pk, 'sasaran', i, 'indikator', k, 'ref'), `indikator "${ind.ref}" tidak ada di katalog indikator`));
    });
    for (const sec of pk.sections) {
      const s = f.sasaran.find((x) => x.id === (sec.level === 2 ? sec.key : sec.parent));
      const ok = sec.level === 2 ? !!s : !!s?.indikator.some((x) => x.ref === sec.key);
      if (!ok) {
        const what = sec.level === 2 ? `sasaran "${sec.key}"` : `indikator "${sec.key}" pada sasaran "${sec.parent ?? '?'}"`;
        out.push(diag('BAGIAN_TIDAK_DIKENAL', { file: pk.src.file, line: sec.line, column: 1 }, `bagian "${'#'.repeat(sec.level)} ${sec.key}" tidak merujuk ${what} di front matter`));
      }
    }
  }
  return out;
}
