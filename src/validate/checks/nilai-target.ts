// Targets and measured values against their indicator's rules: words must be in the indicator's scale, numbers
// must be numbers; a negative target only where allowed; a target of 0 needs a named rule; quarterly targets must
// add up to the annual target under the indicator's aggregation rule.
import { pohonAnggaran } from '../../compute/anggaran.ts';
import { angkaDari } from '../../compute/capaian.ts';
import { sum } from '../../compute/decimal.ts';
import { hitungRealisasi } from '../../compute/realisasi.ts';
import { kataSkala, skalaDari } from '../../compute/skala-kualitatif.ts';
import { spesSampai, type DataTriwulan } from '../../compute/triwulan.ts';
import { bacaTarget } from '../../format/baca.ts';
import { locOf, type Content } from '../build-content.ts';
import { diag, type Diagnostic, type Location } from '../diagnostics.ts';
import { koma } from '../../format/angka.ts';

interface Aturan { polaritas: string; skala?: string | Record<string, string>; target_nol?: string; nilai_negatif?: string }
const teks = koma;

/** One value (target or realisasi) of an indicator; `apa` names it in the message. */
function periksaNilai(v: string, a: Aturan, apa: string, loc: Location, out: Diagnostic[], target = true) {
  const b = bacaTarget(v);
  const skala = skalaDari(a.skala);
  if (b.jenis === 'kualitatif') {
    if (!skala) out.push(diag('SKEMA', loc, `${apa} "${v}" bukan angka: tulis angka tanpa titik ribuan (mis. 27668500 atau 0,15)${target ? ', rentang (2–4)' : ''} atau, untuk indikator berskala kualitatif, kata skalanya`));
    else if (!(b.teks in skala.skor)) out.push(diag('ID_TIDAK_DIKENAL', loc, `${apa} "${v}" tidak ada di skala ${skala.nama} (${kataSkala(skala)})`));
    return;
  }
  if (!target) return;
  if (a.polaritas === 'rentang' && b.jenis === 'angka') {
    out.push(diag('TARGET_TIDAK_SAH', loc, `${apa} ${teks(v)} untuk indikator berpolaritas rentang harus berupa rentang, mis. 2–4`));
    return;
  }
  const angka = b.jenis === 'angka' ? [b.nilai] : [b.min, b.maks];
  if (a.nilai_negatif !== 'boleh' && angka.some((x) => x.startsWith('-'))) {
    out.push(diag('TARGET_TIDAK_SAH', loc, `${apa} ${teks(v)} bernilai negatif, padahal indikator tidak menyatakan "nilai_negatif: boleh"`));
  } else if (b.jenis === 'angka' && Number(b.nilai) === 0 && !a.target_nol) {
    out.push(diag('TARGET_NOL', loc, `${apa} bernilai 0 tanpa aturan "target_nol" di katalog indikator; capaiannya dicetak "–"`));
  }
}

/** The quarterly targets, combined to TW IV by the indicator's rule, must equal the annual target. */
function periksaTriwulan(q: DataTriwulan, target: string, a: Aturan, loc: Location, out: Diagnostic[]) {
  if (q.target.length < 4 || !q.target[3]) return;
  const skor = skalaDari(a.skala)?.skor;
  const spes = spesSampai(q.target, 4, q.pelaporan, q.agregasi, (v) => angkaDari(v, skor));
  if (!spes) return;
  const h = spes.rumus === 'nilai' ? undefined : hitungRealisasi(spes);
  const akhir = spes.rumus === 'nilai' ? spes.nilai : h?.ok ? h.nilai.toFixed() : undefined;
  if (akhir === undefined) return;
  const [x, y] = [angkaDari(akhir, skor), angkaDari(target, skor)];
  const sama = x && y ? x.eq(y) : akhir === target;
  if (!sama) out.push(diag('TARGET_TRIWULAN_BEDA', loc, `target triwulan (${q.pelaporan === 'kumulatif' ? 'kumulatif' : `per triwulan, ${q.agregasi}`}) sampai TW IV = ${teks(akhir)}, target tahunan ${teks(target)}`));
}

export function checkNilaiTarget(c: Content): Diagnostic[] {
  const out: Diagnostic[] = [];
  const aturan = (ref: string): Aturan | undefined => c.indikator.get(ref)?.value;
  for (const pk of c.pk) pk.front.sasaran.forEach((s, i) => s.indikator.forEach((ind, k) => {
    const a = aturan(ind.ref);
    if (a) periksaNilai(ind.target.nilai, a, `target "${ind.ref}"`, locOf(pk, 'sasaran', i, 'indikator', k, 'target'), out);
  }));
  for (const l of c.lkip) l.kinerja?.value.iku.forEach((e, i) => {
    const a = aturan(e.ref);
    if (!a) return;
    const k = l.kinerja!;
    periksaNilai(e.target, a, `target "${e.ref}"`, locOf(k, 'iku', i, 'target'), out);
    if (e.realisasi?.rumus === 'nilai') periksaNilai(e.realisasi.nilai, a, `realisasi "${e.ref}"`, locOf(k, 'iku', i, 'realisasi'), out, false);
    e.triwulan?.target.forEach((t, j) => t && periksaNilai(t, { ...a, target_nol: 'ya' }, `target triwulan ${j + 1} "${e.ref}"`, locOf(k, 'iku', i, 'triwulan', 'target', j), out));
    e.triwulan?.realisasi.forEach((t, j) => t && periksaNilai(t, a, `realisasi triwulan ${j + 1} "${e.ref}"`, locOf(k, 'iku', i, 'triwulan', 'realisasi', j), out, false));
    if (e.triwulan) periksaTriwulan(e.triwulan, e.target, a, locOf(k, 'iku', i, 'triwulan', 'target'), out);
  });
  // Renstra yearly IKU targets: the same rules (range, scale word, negative, zero)
  for (const r of c.renstra.values()) r.value.tujuan.forEach((t, ti) => t.sasaran.forEach((s, si) => s.iku.forEach((x, xi) => {
    const a = aturan(x.ref);
    if (!a) return;
    const satu: Diagnostic[] = [];
    for (const [th, v] of Object.entries(x.target)) periksaNilai(v, a, `target ${th} "${x.ref}"`, locOf(r, 'tujuan', ti, 'sasaran', si, 'iku', xi, 'target', th), satu);
    // one indicator with 0 in several years is one cause: reported once, naming the years
    const nol = satu.filter((d) => d.code === 'TARGET_NOL');
    const tahunNol = Object.entries(x.target).filter(([, v]) => v === '0').map(([th]) => th);
    out.push(...satu.filter((d) => d.code !== 'TARGET_NOL'), ...(nol.length ? [{ ...nol[0], message: `target "${x.ref}" tahun ${tahunNol.join(', ')} bernilai 0 tanpa aturan "target_nol" di katalog indikator; capaiannya dicetak "–"` }] : []));
  })));
  for (const tree of c.anggaran.values()) {
    for (const n of pohonAnggaran(tree.value).byId.values()) n.indikator.forEach((ind, j) => {
      const at = (...p: PropertyKey[]) => locOf({ src: tree.src, path: n.path }, 'indikator', j, ...p);
      if (ind.target !== undefined) periksaNilai(ind.target, ind, `target "${ind.nama}"`, at('target'), out);
      if (ind.realisasi?.rumus === 'nilai') periksaNilai(ind.realisasi.nilai, ind, `realisasi "${ind.nama}"`, at('realisasi'), out, false);
      const tq = ind.target_triwulan;
      if (tq && ind.target !== undefined && tq.every((x) => bacaTarget(x).jenis === 'angka')) {
        const jumlah = ind.realisasi?.rumus === 'jumlah';
        const akhir = jumlah ? sum(tq.map((x) => angkaDari(x)!)) : angkaDari(tq[3])!;
        const t = angkaDari(ind.target);
        if (t && !akhir.eq(t)) out.push(diag('TARGET_TRIWULAN_BEDA', at('target_triwulan'), `target_triwulan ${jumlah ? 'dijumlahkan' : 'TW IV'} = ${teks(akhir.toFixed())}, target tahunan ${teks(ind.target)}`));
      }
    });
  }
  return out;
}
