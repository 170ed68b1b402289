// `sakip verifikasi <berkas>` on a Pemda root: the document is recomputed from the agency the file's path names
// (<keluaran>/<id>/…); a file kept elsewhere is compared with each agency's documents in turn.
import { bacaTanda, verifikasi, type HasilVerifikasi } from '../verifikasi/verifikasi.ts';
import fs from 'node:fs';
import { daftarInstansi, dirInstansi, instansiDariJalur } from './akar.ts';

/** `id`: the agency compared; none when the path names no agency and no agency's document matches. */
export function verifikasiPemda(berkas: string, akar: string, templat?: string): { id?: string; hasil?: HasilVerifikasi } {
  const dariJalur = instansiDariJalur(akar, berkas);
  if (dariJalur) return { id: dariJalur, hasil: verifikasi(berkas, dirInstansi(akar, dariJalur), templat) };
  if (!bacaTanda(fs.readFileSync(berkas)).id) return { hasil: { status: 'tanpa-id' } };
  for (const id of daftarInstansi(akar)) {
    const hasil = verifikasi(berkas, dirInstansi(akar, id), templat);
    if (hasil.status === 'cocok') return { id, hasil };
  }
  return {};
}
