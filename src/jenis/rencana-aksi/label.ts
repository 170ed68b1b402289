// Fixed words of the Rencana Aksi (templates and its Excel tables).
export const LABEL_RA = {
  tebalRa: { kegiatan: true, sub_kegiatan: false },
  // how the quarterly targets combine to the annual target, by `pelaporan: kumulatif` or per-quarter `agregasi`
  labelAturan: {
    kumulatif: 'kumulatif (TW IV = target tahunan)', jumlah: 'per triwulan, dijumlahkan', akhir: 'per triwulan, nilai TW IV',
    rata_rata: 'per triwulan, dirata-ratakan', maksimum: 'per triwulan, nilai tertinggi',
  } as Record<string, string>,
};
