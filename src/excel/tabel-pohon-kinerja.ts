// Pohon Kinerja: one sheet of every PK sasaran of the year (landscape, as the document's table): the official
// spanning its rows, the sasaran spanning its indicator rows, the target as a number with its unit beside it, the
// upper sasaran it supports and its critical success factor.
import type { PohonKinerjaView } from '../jenis/pohon-kinerja/hitung.ts';
import { kepala, nilai, teks, type Tabel } from './tabel.ts';

export function tabelPohonKinerja(v: PohonKinerjaView): Tabel[] {
  return [{
    nama: 'Sasaran Pohon Kinerja', lanskap: true, judul: `Daftar Sasaran Pohon Kinerja Tahun ${v.tahun} – ${v.instansi}`,
    kepala: [kepala('No', 'Pejabat', 'Sasaran', 'Indikator Kinerja', 'Target', 'Satuan', 'Mendukung Sasaran Atasan', 'Faktor Kunci Keberhasilan (CSF)')],
    baris: v.tabel.map((b) => [
      ...(b.baruSasaran ? [teks(b.no, { rowspan: b.barisSasaran })] : []),
      ...(b.pejabat ? [teks(`${b.pejabat.jabatan}${b.pejabat.nama ? `\n${b.pejabat.nama}` : ''}`, { rowspan: b.pejabat.baris, tebal: true })] : []),
      ...(b.baruSasaran ? [teks(b.sasaran, { rowspan: b.barisSasaran })] : []),
      teks(b.indikator), nilai(b.target), teks(b.target?.satuan ?? ''),
      ...(b.baruSasaran ? [
        teks(b.mendukung.length ? b.mendukung.join('\n') : 'tidak mendukung sasaran atasan', { rowspan: b.barisSasaran }),
        teks(b.csf ?? '-', { rowspan: b.barisSasaran }),
      ] : []),
    ]),
  }];
}
