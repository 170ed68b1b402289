// Renstra BAB III tables as rows with their spans: keterkaitan RPJMD → tujuan, teknik merumuskan tujuan dan sasaran.
import type { Renstra } from '../validate/schemas-kinerja.ts';
import type { Nilai } from './indikator-hasil.ts';

interface Rentang { teks: string; span: number }

/** Keterkaitan misi, tujuan and sasaran RPJMD with the Renstra tujuan: one row per RPJMD sasaran. */
export function keterkaitanRpjmd(r: Renstra) {
  const tujuan = r.tujuan.map((t) => t.uraian).join('; ');
  const rows = r.misi.flatMap((m) => m.sasaran_rpjmd.map((s, i) => ({
    misi: i === 0 ? { teks: `${m.uraian} (M${m.no})`, span: m.sasaran_rpjmd.length } as Rentang : undefined,
    tujuanRpjmd: i === 0 && m.tujuan_rpjmd ? { teks: `${m.tujuan_rpjmd.uraian} (${m.tujuan_rpjmd.kode})`, span: m.sasaran_rpjmd.length } as Rentang : undefined,
    sasaranRpjmd: `${s.uraian} (${s.kode})`,
  })));
  return rows.map((row, i) => ({ ...row, tujuan: i === 0 ? { teks: tujuan, span: rows.length } : undefined }));
}

export interface IkuTabel { nama: string; satuan: string; baseline?: Nilai; target: (Nilai | undefined)[] }
interface SasaranTabel { uraian: string; misi?: string; iku: IkuTabel[] }
interface TujuanTabel { uraian: string; misi?: string; indikator: IkuTabel[]; sasaran: SasaranTabel[] }

/** Teknik merumuskan tujuan dan sasaran: the misi (NSPK/RPJMD) cell spans consecutive sasaran of the same misi. */
export function teknikTujuan(r: Renstra, tujuan: TujuanTabel[]) {
  const misi = new Map(r.misi.map((m) => [m.no, `${m.uraian} (M${m.no})`]));
  return tujuan.flatMap((t) => {
    const rows: { misi?: Rentang; tujuan?: Rentang; sasaran?: Rentang; iku: IkuTabel }[] = [];
    t.indikator.forEach((iku) => rows.push({ iku, sasaran: { teks: '(indikator tujuan)', span: 1 } }));
    t.sasaran.forEach((s) => s.iku.forEach((iku, i) => rows.push({ iku, sasaran: i === 0 ? { teks: s.uraian, span: s.iku.length } : undefined })));
    // misi per row: the tujuan indicator rows belong to the tujuan's misi
    const misiBaris = [...t.indikator.map(() => t.misi), ...t.sasaran.flatMap((s) => s.iku.map(() => s.misi))];
    misiBaris.forEach((m, i) => {
      if (i > 0 && misiBaris[i - 1] === m) return;
      let span = 1;
      while (i + span < misiBaris.length && misiBaris[i + span] === m) span++;
      rows[i].misi = { teks: (m && misi.get(m)) ?? '-', span };
    });
    if (rows.length) rows[0].tujuan = { teks: t.uraian, span: rows.length };
    return rows;
  });
}
