// Checks of the Rencana Aksi files: the PK, indicators, officials and budget nodes they name exist; every PK
// indicator has its quarterly targets; the quarterly
// targets combined to TW IV by each indicator's rule equal the PK's annual target; each sub kegiatan's quarterly
// budget plan sums to its pagu; realisasi taken from kinerja.yaml combine by the same quarterly rule; its own
// realisasi agree with kinerja.yaml's (periksa-realisasi.ts).
import { pohonAnggaran } from '../../compute/anggaran.ts';
import { angkaDari } from '../../compute/capaian.ts';
import { D, sum } from '../../compute/decimal.ts';
import { skalaDari } from '../../compute/skala-kualitatif.ts';
import { SKALA, skalaTakDikenal } from '../../compute/skala-predikat.ts';
import { locOf, type Content } from '../../validate/build-content.ts';
import { diag, type Diagnostic } from '../../validate/diagnostics.ts';
import { berkasModul } from '../jenis.ts';
import { periksaRealisasiKinerja } from './periksa-realisasi.ts';
import { aturanSama, pkDari, SUMBER_RA, triwulanKinerja } from './pk-ra.ts';
import { sampaiTw } from './sampai-tw.ts';
import { koma } from '../../format/angka.ts';

const teks = koma;

export function periksaRencanaAksi(c: Content): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const ra of berkasModul(c, SUMBER_RA)) {
    const v = ra.value;
    const pk = pkDari(c, v);
    if (v.skala_predikat && !(v.skala_predikat in SKALA)) out.push(diag('ID_TIDAK_DIKENAL', locOf(ra, 'skala_predikat'), skalaTakDikenal(v.skala_predikat)));
    if (!pk) { out.push(diag('ID_TIDAK_DIKENAL', locOf(ra, 'pk'), `tidak ada PK "${v.pk}" tahun ${v.tahun} (content/pk/${v.tahun}/${v.pk}.md)`)); continue; }
    const ada = new Set(v.indikator.map((i) => i.ref));
    const hilang = pk.front.sasaran.flatMap((s) => s.indikator.map((i) => i.ref)).filter((r) => !ada.has(r));
    if (hilang.length) out.push(diag('RENCANA_AKSI_TIDAK_LENGKAP', locOf(ra, 'indikator'), `indikator PK ${v.pk} tanpa target triwulan: ${hilang.join(', ')}`));
    v.indikator.forEach((ind, k) => {
      const at = (...p: PropertyKey[]) => locOf(ra, 'indikator', k, ...p);
      const target = pk.front.sasaran.flatMap((s) => s.indikator).find((x) => x.ref === ind.ref)?.target.nilai;
      if (target === undefined) out.push(diag('ID_TIDAK_DIKENAL', at('ref'), `indikator "${ind.ref}" tidak ada di PK ${v.pk}`));
      if (!c.jabatan.has(ind.penanggung_jawab)) out.push(diag('ID_TIDAK_DIKENAL', at('penanggung_jawab'), `jabatan "${ind.penanggung_jawab}" tidak ada di registri jabatan`));
      const cat = c.indikator.get(ind.ref)?.value;
      const kin = triwulanKinerja(c, v.tahun, ind.ref);
      // kinerja.yaml's quarters the Rencana Aksi leaves empty would be taken (pk-ra.ts): only under the same rule
      if (kin?.realisasi.some((x, q) => x !== '' && (ind.realisasi[q] ?? '') === '') && !aturanSama(ind, kin)) {
        out.push(diag('TRIWULAN_ATURAN_BEDA', at('pelaporan'), `"${ind.ref}": Rencana Aksi ${ind.pelaporan === 'kumulatif' ? 'kumulatif' : `per triwulan, ${ind.agregasi}`}, kinerja.yaml ${kin.pelaporan === 'kumulatif' ? 'kumulatif' : `per triwulan, ${kin.agregasi}`}; realisasi kinerja.yaml tidak dipakai`));
      }
      if (target === undefined || !cat) return;
      const skor = skalaDari(cat.skala)?.skor;
      const akhir = sampaiTw(ind.target, 4, ind.pelaporan, ind.agregasi, skor);
      const [x, y] = [akhir === undefined ? undefined : typeof akhir === 'string' ? angkaDari(akhir, skor) : akhir, angkaDari(target, skor)];
      const sama = x && y ? x.eq(y) : akhir === target;
      if (!sama) out.push(diag('TARGET_TRIWULAN_BEDA', at('target'), `target triwulan (${ind.pelaporan === 'kumulatif' ? 'kumulatif' : `per triwulan, ${ind.agregasi}`}) sampai TW IV = ${akhir === undefined ? '-' : teks(String(akhir))}, target tahunan PK ${teks(target)}`));
    });
    out.push(...periksaRealisasiKinerja(c, ra));
    const tree = c.anggaran.get(v.tahun);
    // "tidak ada berkas anggaran tahun N" is dropped as a consequence when that file is there but broken (root-cause.ts)
    if (!tree && v.anggaran.length) { out.push(diag('ID_TIDAK_DIKENAL', locOf(ra, 'anggaran'), `tidak ada berkas anggaran tahun ${v.tahun} untuk rencana anggaran ini`)); continue; }
    const pohon = tree && pohonAnggaran(tree.value);
    v.anggaran.forEach((a, k) => {
      const n = pohon?.byId.get(a.simpul);
      if (!n || n.tingkat !== 'sub_kegiatan') { out.push(diag('ID_TIDAK_DIKENAL', locOf(ra, 'anggaran', k, 'simpul'), `"${a.simpul}" bukan sub kegiatan di anggaran ${v.tahun}`)); return; }
      const jumlah = sum(a.rencana.map((x) => new D(x)));
      if (!jumlah.eq(n.pagu)) out.push(diag('RENCANA_ANGGARAN_BEDA', locOf(ra, 'anggaran', k, 'rencana'), `rencana TW I–IV berjumlah ${teks(jumlah.toFixed())}, pagu "${n.nama}" ${teks(n.pagu.toFixed())}`));
    });
  }
  return out;
}
