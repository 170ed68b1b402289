// Pages of the diagram. An overview per root (root's tujuan | the agency head's sasaran | the head's subordinates as
// short boxes), then one branch per official with subordinates (the official | each subordinate's full box). Columns
// before the last are placed whole; the last column runs on to further pages (a box split between rows repeats its
// header, "(lanjutan)"). Lines join a row to the upper rows it supports (elbows in the gutter, one colour and dash
// pattern per upper sasaran, garis.ts).
import type { GambarOp, GambarSpec } from '../../render/gambar.ts';
import { garis, gayaDukung, type GayaGaris } from './garis.ts';
import { kotakPenuh, kotakRingkas, WARNA } from './isi-kotak.ts';
import { gambarKotak, tinggiKotak, ukur, UKURAN, type Kotak, type KotakUkur } from './kotak.ts';
import { semuaSimpul, type SimpulPohon } from './pohon.ts';

/** Drawing area of a diagram page: A4 landscape, 15 mm margins, less the three title lines (F4 is larger). */
export const LEBAR = 756, TINGGI = 450;
const LEGENDA = 14, JARAK = 8;
const WARNA_GARIS = '#2F5597';

export interface Letak { key: string; x: number; y: number; w: number; h: number }
export interface HalamanPohon { judul: string; gambar: GambarSpec; kotak: Letak[] }

interface Kolom { w: number; kotak: Kotak[] }
interface Tepi { dari: string; ke: { key: string; gaya: GayaGaris }[] } // row key -> upper row keys, line style each

function tepi(simpul: SimpulPohon[], ringkas: SimpulPohon[]): Tepi[] {
  const ke = (s: SimpulPohon, ids: string[]) => ids.map((m) => {
    const no = s.atasan!.sasaran.find((y) => y.id === m)?.no;
    return { key: `${s.atasan!.jabatan}/${m}`, gaya: no === undefined ? { warna: WARNA_GARIS, pola: [] } : gayaDukung(no) };
  });
  const out: Tepi[] = [];
  for (const s of simpul) for (const x of s.sasaran) if (s.atasan) out.push({ dari: `${s.jabatan}/${x.id}`, ke: ke(s, x.mendukung) });
  for (const s of ringkas) if (s.atasan) out.push({ dari: `${s.jabatan}/*`, ke: ke(s, [...new Set(s.sasaran.flatMap((x) => x.mendukung))]) });
  return out;
}

type Potong = { k: KotakUkur; dari: number; sampai: number };

/** The last column's boxes cut into pages of at most `h` pt. */
function potong(kotak: Kotak[], w: number, h: number): Potong[][] {
  const hal: Potong[][] = [[]];
  let sisa = h;
  for (const kt of kotak) {
    const k = ukur(kt, w);
    // a box that does not fit moves whole to the next page when short or when little room is left; else it is split
    const pindah = k.baris.length <= 4 || sisa < h * 0.4;
    if (tinggiKotak(k) + JARAK > sisa && tinggiKotak(k) <= h && hal.at(-1)!.length && pindah) { hal.push([]); sisa = h; }
    let dari = 0;
    let ku = k;
    while (dari < k.baris.length) {
      let sampai = dari;
      while (sampai < k.baris.length && tinggiKotak(ku, dari, sampai + 1) <= sisa) sampai++;
      if (sampai === dari) {
        if (!hal.at(-1)!.length) sampai = dari + 1; // a row taller than a page: drawn anyway (the tests catch it)
        else { hal.push([]); sisa = h; continue; }
      }
      hal.at(-1)!.push({ k: ku, dari, sampai });
      sisa -= tinggiKotak(ku, dari, sampai) + JARAK;
      dari = sampai;
      if (dari < k.baris.length) { ku = ukur({ ...kt, judul: [...kt.judul, { teks: '(lanjutan)', size: UKURAN.catatan }] }, w); hal.push([]); sisa = h; }
    }
  }
  return hal;
}

function susun(judulHal: string, tetap: Kolom[], akhir: Kolom, tp: Tepi[]): HalamanPohon[] {
  const gutter = (LEBAR - [...tetap, akhir].reduce((a, k) => a + k.w, 0)) / tetap.length;
  const xs = [...tetap, akhir].reduce<number[]>((a, k, i) => [...a, i ? a[i - 1] + [...tetap, akhir][i - 1].w + gutter : 0], []);
  const tinggiIsi = TINGGI - LEGENDA;
  const hal = potong(akhir.kotak, akhir.w, tinggiIsi);
  return hal.map((isi, n) => {
    const ops: GambarOp[] = [];
    const kotakOps: GambarOp[] = [];
    const letak: Letak[] = [];
    const span = new Map<string, { y0: number; y1: number; kol: number }>();
    const tinggiAkhir = isi.reduce((h, p) => h + tinggiKotak(p.k, p.dari, p.sampai) + JARAK, -JARAK);
    const taruh = (p: Potong, kol: number, y: number) => {
      const h = tinggiKotak(p.k, p.dari, p.sampai);
      for (const [key, s] of gambarKotak(kotakOps, p.k, xs[kol], y, p.dari, p.sampai)) span.set(key, { ...s, kol });
      letak.push({ key: p.k.kotak.key, x: xs[kol], y, w: p.k.w, h });
      return y + h + JARAK;
    };
    // an upper column taller than the page keeps, on each page, only the rows this page's lower rows support
    const dirujuk = new Set(tp.filter((t) => isi.some((p) => p.k.baris.slice(p.dari, p.sampai).some((r) => r.b.key === t.dari))).flatMap((t) => t.ke.map((k) => k.key)));
    tetap.forEach((kol, i) => {
      let ks = kol.kotak.map((k) => ukur(k, kol.w));
      if (ks.reduce((a, k) => a + tinggiKotak(k) + JARAK, -JARAK) > tinggiIsi) {
        ks = kol.kotak.map((k) => ukur({ ...k, judul: [...k.judul, { teks: '(hanya sasaran yang didukung di halaman ini)', size: UKURAN.catatan }], baris: k.baris.filter((b) => dirujuk.has(b.key)) }, kol.w));
      }
      const h = ks.reduce((a, k) => a + tinggiKotak(k) + JARAK, -JARAK);
      let y = Math.max(0, Math.min((Math.max(tinggiAkhir, h) - h) / 2, tinggiIsi - h));
      for (const k of ks) y = taruh({ k, dari: 0, sampai: k.baris.length }, i, y);
    });
    let y = 0;
    for (const p of isi) y = taruh(p, tetap.length, y);
    // elbows: one vertical per upper row, spread across the gutter so lines to different rows stay apart, in the
    // upper sasaran's colour (as the lower row's "Mendukung Sn"), a small square where it meets the upper row
    const ujung = new Map<string, GambarOp>();
    let berpola = false;
    for (const t of tp) {
      const a = span.get(t.dari);
      if (!a) continue;
      for (const [j, { key: ke, gaya }] of t.ke.entries()) {
        const b = span.get(ke);
        if (!b || b.kol !== a.kol - 1) continue;
        const xb = xs[b.kol] + [...tetap, akhir][b.kol].w, xa = xs[a.kol];
        const atas = [...span.entries()].filter(([, s]) => s.kol === b.kol).map(([k]) => k);
        const f = 0.2 + 0.6 * (atas.indexOf(ke) / Math.max(1, atas.length - 1));
        // a row supporting several upper rows starts each line a little lower (lines sharing a start stay apart)
        const xm = xb + (xa - xb) * f, ya = Math.min(a.y0 + 6 + 2.5 * j, a.y1 - 2), yb = (b.y0 + b.y1) / 2;
        ops.push(...garis([[xa, ya], [xm, ya], [xm, yb], [xb, yb]], gaya, 0.7));
        ujung.set(ke, { op: 'rect', x: xb, y: yb - 1.75, w: 3.5, h: 3.5, fill: gaya.warna });
        berpola ||= gaya.pola.length > 0;
      }
    }
    ops.push(...ujung.values());
    const legenda: GambarOp[] = [
      { op: 'rect', x: 0, y: TINGGI - 9, w: 9, h: 7, fill: WARNA.tanpaDukung, stroke: '#7F7F7F', width: 0.4 },
      { op: 'text', x: 12, y: TINGGI - 3, text: 'sasaran yang tidak mendukung sasaran atasan', size: UKURAN.catatan },
      { op: 'rect', x: 180, y: TINGGI - 9, w: 9, h: 7, fill: WARNA.tidakDidukung, stroke: '#7F7F7F', width: 0.4 },
      { op: 'text', x: 192, y: TINGGI - 3, text: 'sasaran yang tidak didukung sasaran bawahan', size: UKURAN.catatan },
      { op: 'line', x1: 365, y1: TINGGI - 5.5, x2: 380, y2: TINGGI - 5.5, stroke: WARNA_GARIS, width: 0.6 },
      { op: 'text', x: 384, y: TINGGI - 3, text: `mendukung (satu ${berpola ? 'warna dan pola garis' : 'warna'} per sasaran atasan)`, size: UKURAN.catatan },
    ];
    return {
      judul: hal.length > 1 ? `${judulHal} (${n + 1}/${hal.length})` : judulHal,
      gambar: { width: LEBAR, height: TINGGI, ops: [...ops, ...kotakOps, ...legenda] }, kotak: letak,
    };
  });
}

/** Every diagram page of one root: its overview, then a branch per official with subordinates (depth first). */
export function halamanPohon(akar: SimpulPohon): HalamanPohon[] {
  const kepala = akar.anak;
  const cucu = kepala.flatMap((k) => k.anak);
  const out = susun(`Ikhtisar: ${akar.namaJabatan} – ${kepala.map((k) => k.namaJabatan).join(', ')}`,
    [{ w: 190, kotak: [kotakPenuh(akar)] }, { w: 250, kotak: kepala.map(kotakPenuh) }], { w: 220, kotak: cucu.map(kotakRingkas) },
    tepi(kepala, cucu));
  for (const s of semuaSimpul(akar).slice(1)) {
    if (!s.anak.length) continue;
    out.push(...susun(`Cabang ${s.namaJabatan}`, [{ w: 330, kotak: [kotakPenuh(s)] }], { w: 380, kotak: s.anak.map(kotakPenuh) }, tepi(s.anak, [])));
  }
  return out;
}
