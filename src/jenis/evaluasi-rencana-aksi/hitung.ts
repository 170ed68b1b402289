// Evaluasi Rencana Aksi of one PK at quarter `tw`: per indicator the target and realisasi to date (each combined
// by the indicator's quarterly rule), capaian, predikat, the quarter's evidence received or missing and the
// follow-up; the mean capaian with its predikat; the signatures. Realisasi come, quarter by quarter, from the Rencana
// Aksi file (`realisasi`) or, where it has none for that quarter, from the year's kinerja.yaml (`triwulan.realisasi`,
// written by `sakip impor`) under the same rule (pk-ra.ts); combined as the quarterly report does
// (src/compute/pengukuran-ukur.ts), which at TW IV without a quarter IV value takes the year's realisasi.
import { agregatView, rataRata } from '../../compute/agregat.ts';
import { D } from '../../compute/decimal.ts';
import { satuFormat, tanggalTriwulan } from '../../compute/pengukuran-laporan.ts';
import { ukurSampai } from '../../compute/pengukuran-ukur.ts';
import { idSkala, predikat, SKALA } from '../../compute/skala-predikat.ts';
import { ROMAWI_TW } from '../../compute/triwulan.ts';
import type { Content } from '../../validate/build-content.ts';
import { barisIndikator, penandatangan } from '../rencana-aksi/hitung.ts';
import type { RaPk } from '../rencana-aksi/pk-ra.ts';

/** The last quarter with a reported realisasi (TW I when none is). */
export const triwulanTerakhir = (x: RaPk): number =>
  Math.max(1, ...x.indikator.map((i) => (i?.realisasi ?? []).reduce((n, v, k) => (v !== '' ? k + 1 : n), 0)));

export function computeEvaluasiRa(c: Content, x: RaPk, tw: number) {
  const instansi = c.instansi!.value;
  const skala = SKALA[idSkala(c, x.ra.value.skala_predikat, 'rencana-aksi')];
  const indikator = barisIndikator(x, (i) => {
    const cat = i.katalog;
    const u = ukurSampai({
      nama: cat.nama, satuan: cat.satuan ?? '', polaritas: cat.polaritas, metode: cat.metode_capaian, skala: cat.skala, targetNol: cat.target_nol,
      target: i.target, triwulan: { pelaporan: i.ra.pelaporan, agregasi: i.ra.agregasi, target: i.ra.target, realisasi: i.realisasi },
      realisasi: i.tahunan?.realisasi, realisasiTercatat: i.tahunan?.tercatat,
    }, tw, skala, () => undefined);
    return {
      ...satuFormat({ targetTahunan: u.targetTahunan, targetSampai: u.targetSampai }), realisasiSampai: u.realisasiSampai,
      capaianSampai: u.capaianSampai, capaianTahunan: u.capaianTahunan, predikat: u.predikat, gagal: u.gagal, tahunanTunda: u.tahunanTunda,
      dataDukung: i.ra.data_dukung[tw - 1], dataDukungAda: i.ra.data_dukung_diterima[tw - 1] === true,
      tindakLanjut: i.ra.tindak_lanjut[tw - 1] || undefined,
    };
  });
  // indicators not yet reported stay out of the mean; those reported whose capaian cannot be computed are named
  const dilaporkan = indikator.filter((b) => b.realisasiSampai || b.gagal);
  const rata = rataRata(dilaporkan.map((b) => (b.capaianSampai === undefined ? undefined : new D(b.capaianSampai))), 'indikator');
  return {
    tahun: x.ra.value.tahun, triwulan: tw, triwulanRomawi: ROMAWI_TW[tw - 1], instansi: instansi.nama, pemda: instansi.pemda,
    jabatan: c.jabatan.get(x.pk.front.pihak_pertama)!.value.nama, skala, indikator,
    rataRata: agregatView(rata, dilaporkan.length, 'indikator'), catatanCapaian: indikator.filter((b) => b.gagal).map((b) => ({ nama: b.indikator, alasan: b.gagal! })),
    tahunanTunda: indikator.filter((b) => b.tahunanTunda).map((b) => b.indikator), predikatRataRata: rata && predikat(rata.nilai, skala).label,
    dataDukungAda: indikator.filter((b) => b.dataDukungAda).length, dataDukungBelum: indikator.filter((b) => !b.dataDukungAda).length,
    // signed in the month the quarter's report is due (src/compute/pengukuran-laporan.ts), day left blank
    ...penandatangan(c, x, tanggalTriwulan(x.ra.value.tahun, tw)),
  };
}
export type EvaluasiRaView = ReturnType<typeof computeEvaluasiRa>;
