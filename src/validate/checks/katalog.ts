// Catalogue quality: indicators used by a PK need satuan (and formulasi/sumber data when Lampiran 2 is printed);
// a cited legal basis must be in force; PK prose must not name another agency.
import { locOf, type Content } from '../build-content.ts';
import { diag, type Diagnostic } from '../diagnostics.ts';

export function checkIndikatorLengkap(c: Content): Diagnostic[] {
  const out: Diagnostic[] = [];
  const needL2 = new Set<string>();
  const used = new Set<string>();
  for (const pk of c.pk) for (const s of pk.front.sasaran) for (const i of s.indikator) {
    used.add(i.ref);
    if (pk.front.lampiran_2) needL2.add(i.ref);
  }
  for (const id of used) {
    const ind = c.indikator.get(id);
    if (!ind) continue;
    const missing = [!ind.value.satuan && 'satuan', needL2.has(id) && !ind.value.formulasi && 'formulasi', needL2.has(id) && !ind.value.sumber_data && 'sumber data'].filter(Boolean);
    if (missing.length) out.push(diag('INDIKATOR_TIDAK_LENGKAP', locOf(ind, 'id'), `indikator "${id}" belum memiliki ${missing.join(', ')}`));
  }
  return out;
}

export function checkDasarHukum(c: Content): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const pk of c.pk) pk.front.sasaran.forEach((s, i) => s.dasar_hukum.forEach((id, k) => {
    const d = c.dasarHukum.get(id);
    if (d && d.value.status !== 'berlaku') out.push(diag('DASAR_HUKUM_TIDAK_BERLAKU', locOf(pk, 'sasaran', i, 'dasar_hukum', k), `"${d.value.teks}" berstatus ${d.value.status}`));
  }));
  return out;
}

const DINAS = /\bDinas\s+((?:[A-Z][a-z]+,?\s+)(?:(?:dan|,)\s+|[A-Z][a-z]+,?\s+)*[A-Z][a-z]+)/g;

/** "Dinas X" in PK prose must be this agency (full or short name), not a leftover of another agency's document. */
export function checkInstansiLain(c: Content): Diagnostic[] {
  const out: Diagnostic[] = [];
  const own = [c.instansi?.value.nama, c.instansi?.value.nama_singkat].filter((x): x is string => !!x).map((n) => n.replace(/\s+/g, ' ').toLowerCase());
  if (!own.length) return out;
  for (const pk of c.pk) for (const sec of pk.sections) sec.text.split('\n').forEach((l, i) => {
    for (const m of l.matchAll(DINAS)) {
      const name = `dinas ${m[1]}`.replace(/\s+/g, ' ').replace(/,$/, '').toLowerCase();
      if (!own.some((o) => o.startsWith(name) || name.startsWith(o))) {
        out.push(diag('INSTANSI_LAIN', { file: pk.src.file, line: sec.textLine + i, column: (m.index ?? 0) + 1 }, `prosa menyebut "${m[0].trim()}", bukan ${c.instansi!.value.nama}`));
      }
    }
  });
  return out;
}
