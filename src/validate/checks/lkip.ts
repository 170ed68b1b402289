// LKIP content: references, recomputation audit of printed (*_dilaporkan) values, SDM totals.
import { pohonAnggaran, type Simpul } from '../../compute/anggaran.ts';
import { angkaDari } from '../../compute/capaian.ts';
import type { Temuan } from '../../compute/indikator-hasil.ts';
import { ukurLkip } from '../../compute/lkip-ukur.ts';
import { sasaranTahun } from '../../compute/sasaran-tahun.ts';
import { idSkala, SKALA, skalaTakDikenal } from '../../compute/skala-predikat.ts';
import { koma, uang } from '../../format/angka.ts';
import { locOf, type Content, type LkipSource } from '../build-content.ts';
import { diag, type Diagnostic, type Location } from '../diagnostics.ts';

const KUNCI_TETAP = new Set(['gambaran-umum', 'isu-strategis', 'saran']);
const id = koma;

function temuanDiag(t: Temuan, where: Location, apa: string): Diagnostic {
  if (t.apa === 'tercatat') return diag('AUDIT_DILAPORKAN', where, `${apa}: realisasi tercatat ${id(t.dilaporkan)} dicetak, sedangkan data mentahnya memberi ${id(t.dihitung)} (${t.aturan})`);
  if (t.apa === 'polaritas') return diag('POLARITAS_RASIO', where, `${apa}: ${t.aturan}; dokumen memakai ${t.dilaporkan}, seharusnya ${t.dihitung}`);
  return diag('AUDIT_DILAPORKAN', where, `${apa}: ${t.apa} tercetak ${id(t.dilaporkan)}, hasil hitung ${id(t.dihitung)} (${t.aturan})`);
}

const kunciTemuan = (t: Temuan, polaritas: string) => (t.apa === 'polaritas' ? polaritas : t.apa === 'tercatat' ? 'realisasi_tercatat' : `${t.apa}_dilaporkan`);

function checkOne(c: Content, l: LkipSource, out: Diagnostic[]) {
  const f = l.front;
  const need = (ok: boolean, loc: Location, what: string) => { if (!ok) out.push(diag('ID_TIDAK_DIKENAL', loc, what)); return ok; };
  const renstra = f.renstra ? c.renstra.get(f.renstra) : undefined;
  if (f.renstra) need(!!renstra, locOf(l, 'renstra'), `renstra ${f.renstra} tidak ada (content/renstra/${f.renstra}.yaml); hapus kunci "renstra" bila LKIP ini tidak merujuk Renstra`);
  if (f.skala_predikat) need(f.skala_predikat in SKALA, locOf(l, 'skala_predikat'), skalaTakDikenal(f.skala_predikat));
  const tree = c.anggaran.get(f.tahun);
  need(!!tree, locOf(l, 'tahun'), `tidak ada berkas anggaran tahun ${f.tahun}`);
  const k = l.kinerja;
  if (!k) { out.push(diag('ID_TIDAK_DIKENAL', locOf(l, 'tahun'), `LKIP ${f.tahun} tidak memiliki kinerja.yaml`)); return; }
  const sasaran = sasaranTahun(c, l);
  if (!sasaran.length && (!f.renstra || renstra)) {
    out.push(diag('SASARAN_TIDAK_ADA', locOf(k, 'iku'), `LKIP ${f.tahun} tidak memiliki daftar sasaran: tulis "sasaran:" di ${k.src.file}, mis.\n    sasaran:\n      - id: ss1\n        uraian: Meningkatnya ...\n  atau rujuk Renstra dengan "renstra: 2025-2029" di ${l.src.file}`));
  }
  const sasaranIds = new Set(sasaran.map((s) => s.id));
  const asalSasaran = k.value.sasaran?.length ? `daftar sasaran ${k.src.file}` : `renstra ${f.renstra}`;
  const pohon = tree ? pohonAnggaran(tree.value) : undefined;
  let rujukanAda = true;
  k.value.iku.forEach((e, i) => {
    rujukanAda = need(c.indikator.has(e.ref), locOf(k, 'iku', i, 'ref'), `indikator "${e.ref}" tidak ada di katalog indikator`) && rujukanAda;
    if (sasaranIds.size) rujukanAda = need(sasaranIds.has(e.sasaran), locOf(k, 'iku', i, 'sasaran'), `sasaran "${e.sasaran}" tidak ada di ${asalSasaran}`) && rujukanAda;
    if (e.realisasi && 'simpul' in e.realisasi) rujukanAda = need(!!pohon?.byId.has(e.realisasi.simpul), locOf(k, 'iku', i, 'realisasi', 'simpul'), `simpul anggaran "${e.realisasi.simpul}" tidak ada`) && rujukanAda;
  });
  const keys = new Set([...KUNCI_TETAP, ...k.value.iku.flatMap((e) => ['konteks', 'penjelasan', 'nasional'].map((x) => `${e.ref}/${x}`)), ...[...sasaranIds].map((s) => `${s}/penyebab`)]);
  for (const s of l.sections) if (!keys.has(s.key)) out.push(diag('BAGIAN_TIDAK_DIKENAL', { file: l.src.file, line: s.line, column: 1 }, `bagian "## ${s.key}" tidak dikenal pada LKIP`));
  for (const s of l.program?.sections ?? []) {
    const node = s.key.replace(/\/catatan$/, '');
    if (!s.key.endsWith('/catatan') || !pohon?.byId.has(node)) out.push(diag('BAGIAN_TIDAK_DIKENAL', { file: l.program!.src.file, line: s.line, column: 1 }, `bagian "## ${s.key}" harus "## <id-simpul-anggaran>/catatan"`));
  }
  if (!pohon || !tree || !(idSkala(c, f.skala_predikat, 'lkip') in SKALA) || !rujukanAda) return;
  // audit: recompute every indicator and compare with what the old document printed
  const hasilLkip = ukurLkip(c, l); // the measurement the view prints (src/compute/lkip-ukur.ts), not a second one
  const ukur = hasilLkip.ukur!;
  k.value.iku.forEach((e, i) => {
    const h = hasilLkip.iku[i];
    // a target of 0 without a rule is already TARGET_NOL (one cause, one diagnostic)
    if (h.gagal && !(e.target === '0' && /target bernilai 0/.test(h.gagal))) out.push(diag('GAGAL_HITUNG', locOf(k, 'iku', i, 'realisasi'), `IKU "${e.ref}": ${h.gagal}`));
    for (const t of h.temuan) out.push(temuanDiag(t, locOf(k, 'iku', i, kunciTemuan(t, 'ref')), `IKU "${h.nama}"`));
  });
  const visit = (n: Simpul) => {
    ukur.hasil(n).forEach((h, j) => {
      const at = (key: string) => locOf({ src: tree.src, path: n.path }, 'indikator', j, key);
      if (h.gagal && h.gagal !== 'tidak dilaksanakan' && n.indikator[j].realisasi) out.push(diag('GAGAL_HITUNG', at('realisasi'), `"${h.nama}": ${h.gagal}`));
      for (const t of h.temuan) out.push(temuanDiag(t, at(kunciTemuan(t, 'polaritas')), `"${h.nama}" (${n.nama})`));
    });
    const cmp = (dilaporkan: string | undefined, dihitung: string | undefined, key: string, apa: string) => {
      if (dilaporkan && dihitung && !angkaDari(dilaporkan)!.eq(dihitung)) {
        out.push(diag('AUDIT_DILAPORKAN', locOf({ src: tree.src, path: n.path }, key), `${apa} "${n.nama}" tercetak ${uang(dilaporkan)}, jumlah rinciannya ${uang(dihitung)}`));
      }
    };
    cmp(n.paguDilaporkan, n.pagu.toFixed(2), 'pagu_dilaporkan', 'pagu');
    cmp(n.realisasiDilaporkan, n.realisasi?.toFixed(2), 'realisasi_anggaran_dilaporkan', 'realisasi anggaran');
    n.anak.forEach(visit);
  };
  hasilLkip.pohon!.program.forEach(visit);
  const sdm = l.sdm;
  if (sdm?.value.non_asn) {
    const total = sdm.value.pendidikan.reduce((a, p) => a + p.jumlah, 0);
    const asn = sdm.value.golongan.reduce((a, g) => a + g.perempuan + g.laki_laki, 0);
    if (sdm.value.golongan.length && total !== asn + sdm.value.non_asn.jumlah) {
      out.push(diag('SDM_TIDAK_COCOK', locOf(sdm, 'pendidikan'), `pegawai menurut pendidikan ${total}, sedangkan ASN ${asn} + non-ASN ${sdm.value.non_asn.jumlah} = ${asn + sdm.value.non_asn.jumlah}`));
    }
  }
}

export function checkLkip(c: Content): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const l of c.lkip) checkOne(c, l, out);
  return out;
}
