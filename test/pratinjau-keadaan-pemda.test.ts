// Where the Pemda preview puts each finding (src/pratinjau/keadaan-pemda.ts), fed by hand: an agency's files on
// that agency (the latest cross-agency run, even when the agency itself did not rebuild), the Pemda's files on
// the index, and an agency whose last build was held back by an error since gone marked "ditahan" (its own
// warnings unknown until it builds).
import { describe, expect, it } from 'vitest';
import { KeadaanPemda } from '../src/pratinjau/keadaan-pemda.ts';
import { diag, type Diagnostic } from '../src/validate/diagnostics.ts';

const akar = '/tidak-ada/pemda';
const [A, B] = ['dinas-a', 'dinas-b'];
const di = (rel: string) => ({ file: `${akar}/${rel}`, line: 3, column: 1 });
const rpjmd = diag('ID_TIDAK_DIKENAL', di('bersama/rpjmd/2025-2029.yaml'), 'indikator "x" tidak ada di katalog indikator instansi "dinas-a"');
const gandaB = diag('PEMDA_ORANG_GANDA', di(`instansi/${B}/orang/orang.yaml`), `NIP 1 juga tercatat di orang/ instansi "${A}"`);
const sendiriB = diag('TARGET_NOL', di(`instansi/${B}/pk/2025/01-kepala-dinas.md`), 'target "y" bernilai 0');
const hasil = (diagnostics: Diagnostic[]) => ({ diagnostics, outputs: [], unchanged: 0 });
const kode = (ds: Diagnostic[]) => ds.map((d) => d.code);

function baru() {
  const kabar: [string, string][] = [];
  const k = new KeadaanPemda(akar, [A, B], '/tidak-ada/keluaran', ['pdf'], (awalan, jenis) => { kabar.push([awalan, jenis]); });
  return { k, kabar };
}

describe('pratinjau: the Pemda state', () => {
  it('a cross-agency finding in an agency\'s file shows on that agency from the latest run, even before it rebuilds', () => {
    const { k, kabar } = baru();
    k.lintasBaru(B, []);
    k.selesai(B, hasil([sendiriB]), 1, []);
    expect(kode(k.status(B).diagnostik)).toEqual(['TARGET_NOL']);
    k.lintasBaru(A, [gandaB]); // A's save made the NIP double; B is not rebuilt
    k.selesai(A, hasil([gandaB]), 1, []);
    expect(kode(k.status(B).diagnostik).sort()).toEqual(['PEMDA_ORANG_GANDA', 'TARGET_NOL']);
    expect(kode(k.status(A).diagnostik)).toEqual([]);
    expect(k.statusPemda().instansi.map((i) => [i.id, i.peringatan])).toEqual([[A, 0], [B, 2]]);
    k.lintasBaru(A, []); // fixed in A: gone from B although B's last build reported it
    k.selesai(A, hasil([]), 1, []);
    expect(kode(k.status(B).diagnostik)).toEqual(['TARGET_NOL']);
    // every build redraws every page (the others' findings may have moved) and the index
    expect(kabar.filter(([, j]) => j === 'build').map(([a]) => a).slice(0, 3)).toEqual([`instansi/${A}`, `instansi/${B}`, '']);
  });

  it('a Pemda file\'s finding goes to the index; an agency held back by it is marked ditahan once it is gone', () => {
    const { k } = baru();
    k.lintasBaru(A, [rpjmd]);
    k.selesai(A, hasil([rpjmd]), 1, []);
    k.lintasBaru(B, [rpjmd]);
    k.selesai(B, hasil([rpjmd]), 1, []);
    let s = k.statusPemda();
    expect(kode(s.diagnostik)).toEqual(['ID_TIDAK_DIKENAL']); // once, not per agency
    expect(s.instansi.map((i) => [i.keadaan, i.galat])).toEqual([['galat', 0], ['galat', 0]]);
    // held back before their own files were checked: their own warnings are not known (not 0)
    expect(s.instansi.map((i) => i.peringatan)).toEqual([null, null]);
    expect(k.status(B)).toMatchObject({ diagnostik: [], pemda: { galat: 1, peringatan: 0, id: B } });
    k.lintasBaru(A, []); // fixed in A's catalogue: A rebuilds, B does not
    k.selesai(A, hasil([]), 1, []);
    s = k.statusPemda();
    expect(s.diagnostik).toEqual([]);
    expect(s.instansi.map((i) => i.keadaan)).toEqual(['dibangun', 'ditahan']);
    expect(s.instansi.map((i) => i.peringatan)).toEqual([0, null]);
    expect(k.status(B).ditahan).toBe(true);
    expect(k.status(A).ditahan).toBeUndefined();
  });
});
