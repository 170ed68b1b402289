// Line styles of the pohon kinerja: every upper sasaran's lines have a colour and dash pattern no other sasaran of
// the diagram has (up to 32), drawn as the same line ops for PDF (SVG) and DOCX (PNG). FIXTURE: a generated tree
// (no content files, invented names) whose agency head has 20 sasaran, each supported by one row of a subordinate.
import { describe, expect, it } from 'vitest';
import { gayaDukung, garis, JUMLAH_GAYA } from '../src/jenis/pohon-kinerja/garis.ts';
import { halamanPohon } from '../src/jenis/pohon-kinerja/letak.ts';
import type { SasaranPohon, SimpulPohon } from '../src/jenis/pohon-kinerja/pohon.ts';
import type { PkSource } from '../src/validate/build-content.ts';
import type { GambarOp } from '../src/render/gambar.ts';

const N = 20;
const sasaran = (n: number, mendukung: (i: number) => string[]): SasaranPohon[] => Array.from({ length: n }, (_, k) => ({
  id: `ss${k + 1}`, no: k + 1, k, uraian: `Sasaran uji ${k + 1}`, mendukung: mendukung(k), indikator: [{ nama: `Indikator uji ${k + 1}`, target: '100%' }],
}));

/** Root (one tujuan) → agency head (N sasaran) → one subordinate whose row k supports the head's sasaran k + 1. */
function pohonUji(): SimpulPohon {
  const pk = {} as PkSource;
  const akar: SimpulPohon = { jabatan: 'bupati', namaJabatan: 'Bupati Uji', sasaran: sasaran(1, () => []), anak: [], renstra: '2025-2029' };
  const kepala: SimpulPohon = { jabatan: 'kadis', namaJabatan: 'Kepala Dinas Uji', pk, sasaran: sasaran(N, () => ['ss1']), atasan: akar, anak: [] };
  const bawahan: SimpulPohon = { jabatan: 'sekretaris', namaJabatan: 'Sekretaris Uji', pk, sasaran: sasaran(N, (k) => [`ss${k + 1}`]), atasan: kepala, anak: [] };
  akar.anak.push(kepala);
  kepala.anak.push(bawahan);
  return akar;
}

const r1 = (v: number) => Math.round(v * 10) / 10;
type Garis = Extract<GambarOp, { op: 'line' }>;

/** Per line end (the square at an upper row): the colour and the dash kinds of the horizontal line reaching it. */
function ujungGaris(ops: GambarOp[]): { y: number; gaya: string }[] {
  const garisOps = ops.filter((o): o is Garis => o.op === 'line');
  return ops.filter((o): o is Extract<GambarOp, { op: 'rect' }> => o.op === 'rect' && o.w === 3.5 && o.h === 3.5).map((u) => {
    const y = r1(u.y + 1.75);
    const potong = garisOps.filter((g) => g.stroke === u.fill && r1(g.y1) === y && r1(g.y2) === y).map((g) => r1(Math.abs(g.x2 - g.x1)));
    // dashes are stretched a little per path: told apart by kind (long dash, dot) in order of length
    const berulang = [...new Set(potong.filter((p, i) => potong.indexOf(p) !== i))].sort((a, b) => b - a);
    return { y, gaya: `${u.fill} ${potong.length === 1 ? 'penuh' : berulang.map((p) => (p > 2 ? 'garis' : 'titik')).join('-')}` };
  });
}

describe('pohon kinerja: line styles', () => {
  it(`${JUMLAH_GAYA} upper sasaran get ${JUMLAH_GAYA} different colour + pattern pairs; 1–8 solid in the 8 colours as before`, () => {
    const g = Array.from({ length: JUMLAH_GAYA }, (_, k) => gayaDukung(k + 1));
    expect(new Set(g.map((x) => `${x.warna} ${x.pola.join(',')}`)).size).toBe(JUMLAH_GAYA);
    expect(g.slice(0, 8).map((x) => x.warna)).toEqual(['#2F5597', '#C55A11', '#548235', '#7030A0', '#1F7F7F', '#806000', '#843C0C', '#3A3A8C']);
    expect(g.slice(0, 8).every((x) => !x.pola.length)).toBe(true);
    for (let n = 1; n < JUMLAH_GAYA; n++) expect(g[n - 1], `S${n} / S${n + 1}`).not.toEqual(g[n]); // neighbours differ
  });

  it('a dashed elbow: dashes along the whole path, the pattern running on around corners, none beyond the path', () => {
    const ops = garis([[0, 0], [10, 0], [10, 7], [20, 7]], gayaDukung(9), 0.7) as Garis[];
    const on = ops.reduce((a, o) => a + Math.hypot(o.x2 - o.x1, o.y2 - o.y1), 0);
    const [d, gap] = gayaDukung(9).pola;
    expect(ops.length).toBeGreaterThan(4);
    expect(on).toBeGreaterThan(27 * d / (d + gap) - d);
    expect(on).toBeLessThan(27 * d / (d + gap) + d);
    for (const o of ops) for (const [x, y] of [[o.x1, o.y1], [o.x2, o.y2]]) expect((y === 0 && x <= 10) || (x === 10 && y <= 7) || (y === 7 && x >= 10 && x <= 20 + 1e-9)).toBe(true);
    expect(garis([[0, 0], [10, 0]], gayaDukung(1), 0.7)).toEqual([{ op: 'line', x1: 0, y1: 0, x2: 10, y2: 0, stroke: '#2F5597', width: 0.7 }]);
  });

  it(`generated tree with ${N} upper sasaran: no two upper rows of the diagram share colour and pattern`, () => {
    const hal = halamanPohon(pohonUji()).filter((h) => h.judul.startsWith('Cabang Kepala Dinas Uji'));
    expect(hal.length).toBeGreaterThan(0);
    const perSasaran = new Map<number, string>();
    for (const h of hal) {
      const teks = h.gambar.ops.filter((o): o is Extract<GambarOp, { op: 'text' }> => o.op === 'text' && /^S\d+\. Sasaran uji/.test(o.text) && o.x < 100);
      for (const u of ujungGaris(h.gambar.ops)) {
        const baris = teks.filter((t) => t.y < u.y).sort((a, b) => b.y - a.y)[0]; // the row's first line, above its middle
        const no = Number(baris.text.match(/^S(\d+)\./)![1]);
        expect(perSasaran.get(no) ?? u.gaya, `S${no} drawn in two styles`).toBe(u.gaya);
        perSasaran.set(no, u.gaya);
      }
      expect(h.gambar.ops.some((o) => o.op === 'text' && o.text === 'mendukung (satu warna dan pola garis per sasaran atasan)')).toBe(true);
    }
    expect([...perSasaran.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: N }, (_, k) => k + 1));
    const gaya = [...perSasaran.values()];
    expect(new Set(gaya).size, gaya.join('; ')).toBe(N);
    expect(['penuh', 'garis', 'titik'].map((k) => gaya.filter((g) => g.endsWith(` ${k}`)).length)).toEqual([8, 8, 4]);
  });
});
