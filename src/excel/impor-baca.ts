// Reads a fill-in workbook back and checks all of it against the content before anything is written: the workbook
// is sakip's, every row id exists, no locked cell differs from the content, every value is a number (or a word of
// the indicator's scale). Diagnostics are located as berkas.xlsx!Lembar!K12.
import ExcelJS from 'exceljs';
import path from 'node:path';
import { ROMAWI_TW } from '../compute/triwulan.ts';
import type { Content } from '../validate/build-content.ts';
import { diag, hasErrors, type Code, type Diagnostic } from '../validate/diagnostics.ts';
import { barisIsian, type BarisIsian } from './isian-baris.ts';
import { BARIS_AWAL, huruf, judulKolom, KOLOM_ISI, keSel, LEMBAR, LEMBAR_META, PENANDA, teksSel } from './isian-kolom.ts';

export interface Perubahan { baris: BarisIsian; lama: string; baru: string; lokasi: string }
export interface HasilBaca { tahun?: number; triwulan?: number; perubahan: Perubahan[]; diagnostics: Diagnostic[] }

const ANGKA = /^-?\d+([.,]\d+)?$/;
const sama = (a: string, b: string) => a === b || (ANGKA.test(a) && ANGKA.test(b) && Number(a.replace(',', '.')) === Number(b.replace(',', '.')));
/** A typed number as content text: decimal comma, no exponent. */
const teksAngka = (n: number) => (Number.isInteger(n) ? BigInt(n).toString() : String(n)).replace('.', ',');

export async function bacaIsian(file: string, c: Content): Promise<HasilBaca> {
  const nama = path.basename(file);
  const ds: Diagnostic[] = [];
  const galat = (code: Code, lokasi: string, pesan: string) => ds.push(diag(code, { file: `${nama}${lokasi}`, line: 0, column: 0 }, pesan));
  const wb = new ExcelJS.Workbook();
  try { await wb.xlsx.readFile(file); } catch (e) {
    galat('ISIAN_BERKAS', '', `berkas tidak dapat dibaca sebagai buku kerja Excel (.xlsx): ${e instanceof Error ? e.message : String(e)}`);
    return { perubahan: [], diagnostics: ds };
  }
  const meta = wb.getWorksheet(LEMBAR_META);
  const [tahun, tw] = [Number(teksSel(meta?.getCell('B2').value)), Number(teksSel(meta?.getCell('B3').value))];
  if (!meta || teksSel(meta.getCell('A1').value) !== PENANDA || !(tw >= 1 && tw <= 4) || !tahun) {
    galat('ISIAN_BERKAS', '', 'buku kerja ini bukan buku kerja isian sakip (lembar tersembunyi "sakip" hilang atau berubah)');
    return { perubahan: [], diagnostics: ds };
  }
  const harap = barisIsian(c, tahun, tw);
  if (!harap.length) galat('ISIAN_BERKAS', '', `konten tidak memuat kinerja atau anggaran tahun ${tahun}`);
  const perubahan: Perubahan[] = [];
  for (const l of LEMBAR) {
    const ws = wb.getWorksheet(l);
    if (!ws) { galat('ISIAN_BERKAS', `!${l}`, `lembar "${l}" tidak ada`); continue; }
    const byId = new Map(harap.filter((b) => b.lembar === l).map((b) => [b.id, b]));
    const dipakai = new Set<string>();
    judulKolom(l, ROMAWI_TW[tw - 1]).forEach((j, i) => {
      if (teksSel(ws.getCell(1, i + 1).value) !== j) galat('ISIAN_TERKUNCI_BERUBAH', `!${l}!${huruf(i + 1)}1`, `judul kolom berubah: "${teksSel(ws.getCell(1, i + 1).value)}", seharusnya "${j}"`);
    });
    for (let r = BARIS_AWAL; r <= ws.rowCount; r++) {
      const sel = (k: number) => teksSel(ws.getCell(r, k).value).trim();
      const id = sel(1);
      if (!id && [...Array(KOLOM_ISI).keys()].every((k) => !sel(k + 1))) continue;
      const b = byId.get(id);
      if (!b) { galat('ISIAN_ID_TIDAK_DIKENAL', `!${l}!A${r}`, dipakai.has(id) ? `id "${id}" muncul lebih dari sekali (lembar ${l})` : `id "${id}" tidak ada di konten tahun ${tahun} (lembar ${l})`); continue; }
      byId.delete(id);
      dipakai.add(id);
      b.konteks.forEach((v, i) => {
        const ada = sel(i + 2);
        if (!sama(ada, String(keSel(v)))) galat('ISIAN_TERKUNCI_BERUBAH', `!${l}!${huruf(i + 2)}${r}`, `kolom terkunci "${judulKolom(l, ROMAWI_TW[tw - 1])[i + 1]}" baris "${id}" berisi "${ada}", di konten "${v}"`);
      });
      const mentah = ws.getCell(r, KOLOM_ISI).value;
      const isi = teksSel(mentah).trim();
      const lokasi = `!${l}!${huruf(KOLOM_ISI)}${r}`;
      if (!b.terbuka) { if (isi) galat('ISIAN_TERKUNCI_BERUBAH', lokasi, `baris "${id}" tidak diisi lewat buku kerja (${b.konteks[3]})`); continue; }
      if (!isi) continue;
      let baru: string;
      if (b.skala) {
        if (!b.skala.includes(isi)) { galat('ISIAN_BUKAN_ANGKA', lokasi, `"${isi}" bukan kata skala indikator "${id}" (${b.skala.join(', ')})`); continue; }
        baru = isi;
      } else if (typeof mentah === 'number' || typeof (mentah as { result?: unknown } | null)?.result === 'number') { // a typed number or a formula's result
        baru = teksAngka(Number(isi));
      } else if (ANGKA.test(isi)) baru = isi;
      else { galat('ISIAN_BUKAN_ANGKA', lokasi, `"${isi}" bukan angka (baris "${id}")`); continue; }
      if (b.uang && /[.,]\d{3,}$/.test(baru)) { galat('ISIAN_BUKAN_ANGKA', lokasi, `${isi} bukan jumlah uang: paling banyak dua angka sen (baris "${id}")`); continue; }
      if (b.nilai && sama(b.nilai, baru)) continue;
      if (b.tujuan.jenis === 'anggaran' && b.sebelumnya.length + 1 < tw) {
        galat('ISIAN_TRIWULAN_KOSONG', lokasi, `realisasi anggaran "${id}" triwulan sebelumnya belum ada di konten; realisasi_anggaran_triwulan tidak boleh berlubang`);
        continue;
      }
      perubahan.push({ baris: b, lama: b.nilai, baru, lokasi: `${nama}${lokasi}` });
    }
  }
  // a new quarter of raw parts needs every part (pembilang and penyebut, sekarang and sebelumnya)
  const diisi = new Set(perubahan.map((p) => p.baris.id));
  for (const p of perubahan) {
    const kurang = p.baris.tujuan.jenis === 'bagian' ? p.baris.tujuan.saudara.filter((x) => !diisi.has(x)) : [];
    if (kurang.length) galat('ISIAN_TRIWULAN_KOSONG', p.lokasi.slice(nama.length), `komponen triwulan ${ROMAWI_TW[tw - 1]} "${p.baris.id}" baru: isi juga ${kurang.join(', ')}`);
  }
  return { tahun, triwulan: tw, perubahan: hasErrors(ds) ? [] : perubahan, diagnostics: ds };
}
