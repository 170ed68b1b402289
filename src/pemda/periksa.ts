// Checks across the agencies of one Pemda (the checks of each agency's own content run in its build): identity
// (pemda name, kepala daerah), the same person in two agencies, and the kepala daerah's targets (bersama/rpjmd/)
// against each Kepala Dinas's PK. Located at the real files (instansi/<id>/…, bersama/…, pemda.yaml).
import { koma } from '../format/angka.ts';
import { locOf, type Located } from '../validate/build-content.ts';
import { diag, type Diagnostic, type Location } from '../validate/diagnostics.ts';
import type { PkFront } from '../validate/schemas.ts';
import type { DataInstansi } from './muat-ringan.ts';
import type { BerkasPemda } from './pemda-yaml.ts';

const teksLoc = (l: Location) => `${l.file}:${l.line}`;
type Pk = DataInstansi['pk'][number];
const pkKepala = (d: DataInstansi) => d.pk.filter((p) => d.jabatan.get(p.value.pihak_pertama)?.value.jenis === 'kepala_opd');

function identitas(b: BerkasPemda, semua: DataInstansi[], out: Diagnostic[]) {
  const p = b.pemda!;
  const kd = p.value.kepala_daerah;
  const j = semua[0]?.jabatan.get(kd) as (Located<unknown> & { bersama?: boolean; value: { jenis: string } }) | undefined;
  if (semua.length && (!j?.bersama || j.value.jenis !== 'kepala_daerah')) {
    out.push(diag('PEMDA_KEPALA_DAERAH', locOf(p, 'kepala_daerah'), `jabatan kepala daerah "${kd}" tidak ada di bersama/jabatan/ dengan jenis kepala_daerah`));
  }
  for (const d of semua) {
    const i = d.instansi;
    if (!i) continue;
    if (i.value.pemda !== p.value.nama) out.push(diag('PEMDA_NAMA', locOf(i, 'pemda'), `instansi "${d.id}" menyebut pemda "${i.value.pemda}", pemda.yaml "${p.value.nama}"`));
    if (i.value.kepala_daerah !== kd) out.push(diag('PEMDA_KEPALA_DAERAH', locOf(i, 'kepala_daerah'), `kepala_daerah instansi "${d.id}" adalah "${i.value.kepala_daerah}", bukan kepala daerah Pemda "${kd}" (pemda.yaml)`));
    for (const pk of pkKepala(d)) {
      const kedua = pk.value.pihak_kedua;
      if (kedua !== undefined && kedua !== kd) out.push(diag('PEMDA_KEPALA_DAERAH', locOf(pk, 'pihak_kedua'), `pihak kedua PK ${pk.value.tahun} Kepala Dinas "${d.id}" adalah "${kedua}", bukan kepala daerah Pemda "${kd}"`));
    }
  }
}

/** The same NIP in the own orang/ registries of two agencies; the same person as pihak pertama in two agencies'
 *  PKs of one year (a person is a NIP, or a shared bersama/orang/ entry). */
function orangGanda(semua: DataInstansi[], out: Diagnostic[]) {
  const nip = new Map<string, { id: string; loc: Location }>();
  for (const d of semua) {
    for (const o of d.orang.values()) {
      const n = o.value.nip?.replace(/\s+/g, '');
      if (o.bersama || !n) continue;
      const lain = nip.get(n);
      if (!lain) nip.set(n, { id: d.id, loc: locOf(o, 'nip') });
      else if (lain.id !== d.id) out.push(diag('PEMDA_ORANG_GANDA', locOf(o, 'nip'), `NIP ${n} (${o.value.nama}) juga tercatat di orang/ instansi "${lain.id}" (${teksLoc(lain.loc)})`));
    }
  }
  const pihak = new Map<string, { id: string; loc: Location }>();
  for (const d of semua) {
    for (const pk of d.pk) {
      const o = d.orang.get(d.jabatan.get(pk.value.pihak_pertama)?.value.pejabat ?? '');
      const kunci = o && (o.value.nip?.replace(/\s+/g, '') || (o.bersama ? `bersama:${o.value.id}` : undefined));
      if (!o || !kunci) continue;
      const k = `${pk.value.tahun}|${kunci}`;
      const lain = pihak.get(k);
      if (!lain) pihak.set(k, { id: d.id, loc: locOf(pk, 'pihak_pertama') });
      else if (lain.id !== d.id) out.push(diag('PEMDA_PIHAK_GANDA', locOf(pk, 'pihak_pertama'), `${o.value.nama} menjadi pihak pertama PK ${pk.value.tahun} di instansi "${d.id}" dan "${lain.id}" (${teksLoc(lain.loc)})`));
    }
  }
}

const sama = (a: string, b: string) => (/^-?\d+(\.\d+)?$/.test(a) && /^-?\d+(\.\d+)?$/.test(b) ? Number(a) === Number(b) : a === b);
function cariIndikator(pk: Pk, ref: string): { target: string; path: PropertyKey[] } | undefined {
  for (const [si, s] of (pk.value as PkFront).sasaran.entries()) {
    const ii = s.indikator.findIndex((x) => x.ref === ref);
    if (ii >= 0) return { target: s.indikator[ii].target.nilai, path: ['sasaran', si, 'indikator', ii, 'target'] };
  }
  return undefined;
}

/** The kepala daerah's target per indicator and year vs the PK of the carrying agency's Kepala Dinas that year. */
function targetKepalaDaerah(b: BerkasPemda, semua: DataInstansi[], dikenal: string[], out: Diagnostic[]) {
  for (const r of b.rpjmd) {
    const [awal, akhir] = r.value.periode.split('-').map(Number);
    for (const [n, ind] of r.value.indikator.entries()) {
      const tahunSah = Object.entries(ind.target).filter(([tahun]) => {
        const sah = Number(tahun) >= awal && Number(tahun) <= akhir;
        if (!sah) out.push(diag('SKEMA', locOf(r, 'indikator', n, 'target', tahun), `tahun ${tahun} di luar periode ${r.value.periode}`));
        return sah;
      });
      ind.instansi.forEach((id, k) => {
        const at = Array.isArray(r.src.data && (r.src.data as { indikator?: { instansi?: unknown }[] }).indikator?.[n]?.instansi) ? [k] : [];
        if (!dikenal.includes(id)) { out.push(diag('ID_TIDAK_DIKENAL', locOf(r, 'indikator', n, 'instansi', ...at), `instansi "${id}" tidak ada di instansi/ (dikenal: ${dikenal.join(', ')})`)); return; }
        const d = semua.find((x) => x.id === id);
        if (!d) return; // not among the agencies picked with --instansi
        if (!d.indikator.has(ind.ref)) { out.push(diag('ID_TIDAK_DIKENAL', locOf(r, 'indikator', n, 'ref'), `indikator "${ind.ref}" tidak ada di katalog indikator instansi "${id}" (bersama/indikator/ dan instansi/${id}/indikator/)`)); return; }
        for (const [tahun, target] of tahunSah) {
          for (const pk of pkKepala(d).filter((p) => p.value.tahun === Number(tahun))) {
            const t = cariIndikator(pk, ind.ref);
            const asal = `target kepala daerah ${tahun} ${koma(target)} (${teksLoc(locOf(r, 'indikator', n, 'target', tahun))})`;
            if (!t) out.push(diag('PEMDA_TARGET_BEDA', locOf(pk, 'sasaran'), `indikator "${ind.ref}" tidak ada di PK ${tahun} Kepala Dinas "${id}"; ${asal}`));
            else if (!sama(t.target, target)) out.push(diag('PEMDA_TARGET_BEDA', locOf(pk, ...t.path), `target PK ${tahun} Kepala Dinas "${id}" untuk "${ind.ref}" ${koma(t.target)}, ${asal}`));
          }
        }
      });
    }
  }
}

/** `semua`: the agencies checked (picked with --instansi); `dikenal`: every agency id of the Pemda. */
export function periksaPemda(b: BerkasPemda, semua: DataInstansi[], dikenal: string[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (!b.pemda) return out; // pemda.yaml itself is wrong: reported by its schema check
  identitas(b, semua, out);
  orangGanda(semua, out);
  targetKepalaDaerah(b, semua, dikenal, out);
  return out;
}
