// Stage 3 for the Renstra: BAB II tables with computed totals, BAB III targets, BAB IV Tabel 4.3 with summed pagu.
import type { Content } from '../validate/build-content.ts';
import { D, sum, teksUang } from './decimal.ts';
import { nilaiDari as nilai, type Nilai } from './indikator-hasil.ts';
import { tahunRenstra } from './iku.ts';
import { dasarHukumTeks, penandatanganView } from './pihak.ts';
import { prioritasRenstra, teknikProgram, uraianRenstra } from './renstra-bab4.ts';
import { keterkaitanRpjmd, teknikTujuan } from './renstra-bab3.ts';
import { barisRenstra, pohonRenstra } from './renstra-program.ts';

const KONDISI = { B: 'Baik', KB: 'Kurang Baik', RB: 'Rusak Berat' } as const;
const tahunDari = (rows: { [k: string]: unknown }[], keys: string[]) =>
  [...new Set(rows.flatMap((r) => keys.flatMap((k) => Object.keys((r[k] as object) ?? {}))))].map(Number).sort((a, b) => a - b);

export function computeRenstra(c: Content, periode: string) {
  const r = c.renstra.get(periode)!.value;
  const dok = c.renstraDok.get(periode);
  const f = dok?.dokumen?.front;
  const tahun = tahunRenstra(r);

  // BAB II: staff tables with totals computed (never typed)
  const sdm = f?.sdm;
  const jenjang = sdm?.pendidikan.length ? Object.keys(sdm.pendidikan[0]).filter((k) => k !== 'status') : [];
  const pendidikan = sdm?.pendidikan.map((row) => {
    const isi = jenjang.map((j) => Number(row[j] ?? 0));
    return { status: row.status, isi, jumlah: isi.reduce((a, b) => a + b, 0) };
  }) ?? [];
  const kolomPendidikan = jenjang.map((_, i) => pendidikan.reduce((a, p) => a + p.isi[i], 0));
  const kelamin = sdm?.jenis_kelamin.map((k) => ({ ...k, jumlah: k.laki_laki + k.perempuan })) ?? [];
  const golonganGrup = [...new Set(sdm?.golongan.map((g) => g.golongan.split('/')[0]) ?? [])].map((grup) => {
    const isi = sdm!.golongan.filter((g) => g.golongan.split('/')[0] === grup);
    return { grup, isi, jumlah: isi.reduce((a, g) => a + g.jumlah, 0) };
  });
  const kp = f?.kinerja_pelayanan;
  const tahunData = kp ? tahunDari(kp.data_dasar, ['nilai']) : [];
  const tahunIkk = kp ? tahunDari([...kp.ikk, ...kp.iku], ['target', 'realisasi']) : [];
  const seri = (rows: { uraian: string; satuan?: string; target?: Record<string, string>; realisasi?: Record<string, string> }[]) =>
    rows.map((x) => ({ uraian: x.uraian, satuan: x.satuan ?? '', nilai: tahunIkk.map((y) => ({ target: nilai(x.target?.[y]), realisasi: nilai(x.realisasi?.[y]) })) }));

  // BAB III
  let noSasaran = 0;
  const tujuan = r.tujuan.map((t, i) => ({
    no: i + 1, uraian: t.uraian, misi: t.misi,
    indikator: t.indikator.map((x) => ({ nama: x.nama, satuan: x.satuan ?? '', baseline: nilai(x.baseline, x.satuan), target: tahun.map((y) => nilai(x.target?.[y], x.satuan)) })),
    sasaran: t.sasaran.map((s) => ({
      no: ++noSasaran, uraian: s.uraian, misi: s.misi, strategi: s.strategi,
      iku: s.iku.map((k) => {
        const cat = c.indikator.get(k.ref)!.value;
        const sat = cat.satuan ?? '';
        return { nama: cat.nama, satuan: sat, baseline: nilai(k.baseline, sat), target: tahun.map((y) => nilai(k.target[String(y)], sat)) };
      }),
    })),
  }));

  // BAB IV: Tabel 4.3
  const prog = dok?.program ? pohonRenstra(dok.program.value) : undefined;
  const namaIku = (ref: string) => { const x = c.indikator.get(ref)!.value; return x.satuan ? `${x.nama} (${x.satuan})` : x.nama; };
  // BAB II Tabel sarana dan prasarana: rows as given, units counted per condition
  const sarpras = f?.sarana_prasarana ?? [];
  const unit = (k?: string) => sarpras.filter((x) => !k || x.kondisi === k).reduce((a, x) => a + x.jumlah, 0);
  return {
    periode, awal: r.periode.awal, akhir: r.periode.akhir, tahun, kolomTahun: tahun.length, tahunBaseline: r.tahun_baseline,
    tahunPertama: tahun[0], tahunTerakhir: tahun[tahun.length - 1],
    instansi: c.instansi!.value.nama, pemda: c.instansi!.value.pemda, status: f?.status,
    tempat: f?.tempat, tanggal: f?.tanggal,
    penandatangan: f ? penandatanganView(c, f.penandatangan, f.pangkat) : undefined,
    dasarHukum: dasarHukumTeks(c, f?.dasar_hukum ?? []),
    sdm: sdm && {
      jenjang, pendidikan, kolomPendidikan, totalPendidikan: kolomPendidikan.reduce((a, b) => a + b, 0),
      kelamin, totalLaki: kelamin.reduce((a, k) => a + k.laki_laki, 0), totalPerempuan: kelamin.reduce((a, k) => a + k.perempuan, 0),
      totalKelamin: kelamin.reduce((a, k) => a + k.jumlah, 0), golonganGrup, totalGolongan: golonganGrup.reduce((a, g) => a + g.jumlah, 0),
      grafik: { type: 'bar' as const, width: 440, height: 200, unit: 'orang', categories: jenjang, series: pendidikan.map((p) => ({ name: p.status, values: p.isi, labels: p.isi.map(String) })) },
    },
    aset: f && { baris: f.aset, total: sum(f.aset.map((a) => new D(a.nilai))).toFixed(2) },
    sarpras: sarpras.length ? { baris: sarpras.map((x) => ({ ...x, kondisiTeks: KONDISI[x.kondisi] })), jumlahBaris: sarpras.length, unit: unit(), baik: unit('B'), kurangBaik: unit('KB'), rusakBerat: unit('RB') } : undefined,
    kinerja: kp && {
      tahunData, tahunIkk, tahunDataAkhir: tahunData[tahunData.length - 1],
      dataDasar: kp.data_dasar.map((x) => ({ uraian: x.uraian, satuan: x.satuan ?? '', nilai: tahunData.map((y) => nilai(x.nilai[y])) })),
      ikk: seri(kp.ikk), iku: seri(kp.iku),
    },
    permasalahan: f?.permasalahan ?? [], permasalahanPokok: f?.permasalahan_pokok ?? [], isu: f?.isu_strategis ?? [],
    visi: r.visi, misi: r.misi, tujuan, tahapan: r.tahapan, arahKebijakan: r.arah_kebijakan,
    keterkaitan: keterkaitanRpjmd(r), teknikTujuan: teknikTujuan(r, tujuan),
    ikk: r.ikk.map((x) => ({ nama: x.nama, satuan: x.satuan ?? '', target: tahun.map((y) => nilai(x.target?.[y], x.satuan)) })),
    uraian: prog && uraianRenstra(prog), teknikProgram: prog ? teknikProgram(r, prog, namaIku) : [],
    prioritas: prog && dok?.program ? prioritasRenstra(dok.program.value, prog) : [],
    program: prog && { baris: barisRenstra(prog), total: prog.total.map(teksUang), tahun: prog.tahun, jumlahProgram: prog.urusan.reduce((a, u) => a + u.anak.length, 0) },
    prosa: Object.fromEntries((dok?.dokumen?.sections ?? []).filter((s) => s.level === 2).map((s) => [s.key, s.text])),
  };
}
