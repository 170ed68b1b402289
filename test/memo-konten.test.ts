// A memo over tracked content shared by recorders (src/cache/memo-konten.ts): computed once per content, and every
// recorder taking it notes the files its computation read; under a trace it is computed per listing as before.
import { describe, expect, it } from 'vitest';
import { Jejak, lacakKonten, rekam, type Perekam } from '../src/cache/lacak.ts';
import { ingat, memoKonten } from '../src/cache/memo-konten.ts';
import type { Content } from '../src/validate/build-content.ts';

describe('memo shared by recorders', () => {
  it('one computation per content, its files noted by each recorder that takes it', () => {
    const c = { a: { src: { file: 'a.yaml' }, n: 1 }, b: { src: { file: 'b.yaml' }, n: 2 } } as unknown as Content;
    const m = memoKonten<number>();
    const kunci = {};
    let kali = 0;
    const hitung = (t: Content) => ingat(m, t, kunci, () => { kali++; return (t as unknown as { a: { n: number } }).a.n; });
    const baca = (r: Perekam, lagi: () => number) => rekam(r, lagi);
    const r1: Perekam = { berkas: new Set() }, r2: Perekam = { berkas: new Set() };
    expect(baca(r1, () => hitung(lacakKonten(c, () => [])))).toBe(1);
    expect(baca(r2, () => { const t = lacakKonten(c, () => []); (t as unknown as { b: { n: number } }).b.n; return hitung(t); })).toBe(1);
    expect(kali).toBe(1);
    expect([...r1.berkas]).toEqual(['a.yaml']);
    expect([...r2.berkas].sort()).toEqual(['a.yaml', 'b.yaml']); // its own read and the memo's
    // a trace hashes every value read: computed on its own proxies
    const r3: Perekam = { berkas: new Set(), jejak: new Jejak() };
    expect(baca(r3, () => hitung(lacakKonten(c, () => [])))).toBe(1);
    expect(kali).toBe(2);
    // plain content: keyed by the objects handed
    expect(hitung(c)).toBe(1);
    expect(hitung(c)).toBe(1);
    expect(kali).toBe(3);
  });
});
