// Content checks only where their inputs changed: each check of src/validate/index.ts runs on tracked content
// (src/cache/lacak.ts, its own proxies) noting every content file it read; its diagnostics are kept with those
// files' hashes, and reused while they all hash the same and the list of files is the same (a check that looks
// for what is missing sees a new file through the list). Same diagnostics as running the check, in the same order.
import crypto from 'node:crypto';
import type { Content } from '../validate/build-content.ts';
import type { Diagnostic } from '../validate/diagnostics.ts';
import { lacakKonten, rekam, type Perekam } from './lacak.ts';
import type { SidikKonten } from './sidik-konten.ts';
import type { MemoDeps } from './view-deps.ts';

export type Cek = (c: Content) => Diagnostic[];

/** Runs `checks` in order (the i-th keyed by its place and name), each from the memo when its files are unchanged. */
export function cekTerlacak(content: Content, checks: Cek[], sidik: SidikKonten, memo: MemoDeps): Diagnostic[] {
  return checks.flatMap((cek, i) => {
    const kunci = crypto.createHash('sha256').update(JSON.stringify(['sakip-cek-1', i, cek.name, sidik.daftar])).digest('hex');
    const ada = memo.ambil<Diagnostic[]>(kunci, sidik);
    if (ada) return JSON.parse(JSON.stringify(ada)) as Diagnostic[]; // a copy: later stages may annotate diagnostics
    const r: Perekam = { berkas: new Set() };
    const hasil = rekam(r, () => cek(lacakKonten(content, sidik.folder)));
    memo.simpan(kunci, r.berkas, sidik, JSON.parse(JSON.stringify(hasil)));
    return hasil;
  });
}
