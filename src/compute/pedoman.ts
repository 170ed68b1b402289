// The measurement guideline: its four target tables are the PK content of the year, grouped by the level of the
// official who signs (kepala OPD → sasaran strategis, sekretaris/kabid → program, kasubag/kepala UPTD → kegiatan,
// functional and other staff → sub kegiatan), with the penanggung jawab of each row.
import type { Content, DokumenMd } from '../validate/build-content.ts';
import type { Jabatan } from '../validate/schemas.ts';
import type { Pedoman } from '../validate/schemas-kinerja.ts';
import type { TargetValue } from '../format/target.ts';
import { dasarHukumTeks, penandatanganView } from './pihak.ts';
import { isiDaftar, nomoriJudul } from './prosa-bernomor.ts';

const TINGKAT: Record<Jabatan['jenis'], number> = {
  kepala_daerah: 0, kepala_opd: 0, sekretaris: 1, kabid: 1, kasubag: 2, kepala_uptd: 2, jf: 3, pelaksana: 3,
};
export const JUDUL_TINGKAT = ['Sasaran Kinerja Strategis Perangkat Daerah', 'Sasaran Program', 'Sasaran Kegiatan', 'Sasaran Sub Kegiatan'];

interface Baris { no: number; sasaran: string; indikator: { nama: string; target: TargetValue; pj: string }[] }

export function computePedoman(c: Content, d: DokumenMd<Pedoman>) {
  const f = d.front;
  /** The unit responsible: the first jabatan up the chain that the guideline maps, else the jabatan itself. */
  const pj = (jabatanId: string): string => {
    for (let id: string | undefined = jabatanId; id; id = c.jabatan.get(id)?.value.atasan) if (f.penanggung_jawab[id]) return f.penanggung_jawab[id];
    return c.jabatan.get(jabatanId)?.value.nama ?? jabatanId;
  };
  const renstraPj = (ref: string) => [...c.renstra.values()]
    .filter((r) => r.value.periode.awal <= f.tahun && f.tahun <= r.value.periode.akhir)
    .flatMap((r) => r.value.tujuan.flatMap((t) => t.sasaran.flatMap((s) => s.iku))).find((i) => i.ref === ref && i.penanggung_jawab)?.penanggung_jawab;
  const tabel: Baris[][] = [[], [], [], []];
  for (const pk of c.pk.filter((p) => p.front.tahun === f.tahun)) {
    const j = c.jabatan.get(pk.front.pihak_pertama)!.value;
    const t = TINGKAT[j.jenis];
    for (const s of pk.front.sasaran) {
      tabel[t].push({
        no: tabel[t].length + 1, sasaran: s.uraian,
        indikator: s.indikator.map((i) => {
          const cat = c.indikator.get(i.ref)!.value;
          return { nama: cat.nama, target: { ...i.target, satuan: cat.satuan ?? '' }, pj: (t === 0 && renstraPj(i.ref)) || pj(pk.front.pihak_pertama) };
        }),
      });
    }
  }
  const prosa = (k: string) => d.sections.find((s) => s.key === k)?.text || undefined;
  const dasarHukum = dasarHukumTeks(c, f.dasar_hukum);
  const bab = (n: number) => {
    const t = prosa(`bab-${n}`);
    return t && nomoriJudul(isiDaftar(t, 'dasar_hukum', dasarHukum), n);
  };
  const jumlahTabel = tabel.filter((b) => b.length).length;
  return {
    tahun: f.tahun, instansi: c.instansi!.value.nama, pemda: c.instansi!.value.pemda, tempat: f.tempat, tanggal: f.tanggal,
    penandatangan: penandatanganView(c, f.penandatangan, f.pangkat),
    dasarHukum, kataPengantar: prosa('kata-pengantar'),
    adaTabel: jumlahTabel > 0, // the daftar tabel is printed only when there are tables
    jumlahSasaran: tabel[0].length, jumlahIku: tabel[0].reduce((a, b) => a + b.indikator.length, 0),
    tabel: tabel.map((baris, i) => ({ judul: JUDUL_TINGKAT[i], huruf: String.fromCharCode(65 + i), baris })),
    bab: [1, 2, 3, 4, 5, 6].map(bab),
  };
}
