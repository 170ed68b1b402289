// The IKU document of a Renstra period: sasaran → IKU with yearly targets, formula and responsible unit.
import type { Content, DokumenMd } from '../validate/build-content.ts';
import type { IkuDokumen, Renstra } from '../validate/schemas-kinerja.ts';
import { nilaiDari as nilai, type Nilai } from './indikator-hasil.ts';
import { kopView } from './kop.ts';
import { dasarHukumTeks, penandatanganView } from './pihak.ts';


/** The years a Renstra plans for: its declared list, else the years of its targets. */
export function tahunRenstra(r: Renstra): number[] {
  if (r.tahun_target?.length) return r.tahun_target;
  const ys = new Set<number>();
  for (const t of r.tujuan) for (const s of t.sasaran) for (const i of s.iku) Object.keys(i.target).forEach((y) => ys.add(Number(y)));
  return [...ys].sort((a, b) => a - b);
}

export function computeIku(c: Content, periode: string, doc?: DokumenMd<IkuDokumen>) {
  const renstra = c.renstra.get(periode)!.value;
  const tahun = tahunRenstra(renstra);
  let no = 0;
  const sasaran = renstra.tujuan.flatMap((t) => t.sasaran).map((s) => ({
    no: ++no, uraian: s.uraian,
    iku: s.iku.map((i) => {
      const cat = c.indikator.get(i.ref)!.value;
      const satuan = cat.satuan ?? '';
      return {
        nama: cat.nama, satuan, formulasi: cat.formulasi, penanggungJawab: i.penanggung_jawab, baseline: nilai(i.baseline, satuan),
        target: tahun.map((y) => nilai(i.target[String(y)], satuan)),
      };
    }),
  }));
  const f = doc?.front;
  const prosa = (k: string) => doc?.sections.find((x) => x.key === k)?.text || undefined;
  return {
    periode, awal: renstra.periode.awal, akhir: renstra.periode.akhir, tahun, adaBaseline: sasaran.some((s) => s.iku.some((i) => i.baseline)),
    tahunBaseline: renstra.tahun_baseline, instansi: c.instansi!.value.nama, pemda: c.instansi!.value.pemda,
    sasaran, kolomTahun: tahun.length,
    // without its decree the IKU is a draft, as a Renstra with `status: rancangan` (label in the kind's labelStatus)
    status: doc ? undefined : 'rancangan',
    keputusan: f && {
      kop: kopView(c),
      nomor: f.nomor_keputusan, tentang: f.tentang,
      // items with their labels as printed (a., b. / 1., 2.), set as text beside the item
      menimbang: f.menimbang.map((teks, i) => ({ no: `${String.fromCharCode(97 + i)}.`, teks })),
      mengingat: dasarHukumTeks(c, f.mengingat).map((teks, i) => ({ no: `${i + 1}.`, teks })),
      menetapkan: f.menetapkan, diktum: f.diktum, tembusan: f.tembusan, tempat: f.tempat, tanggal: f.tanggal,
      penandatangan: penandatanganView(c, f.penandatangan, f.pangkat),
    },
    bab: [1, 2, 3, 4, 5].map((n) => prosa(`bab-${n}`)),
  };
}
