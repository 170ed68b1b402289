// The closing words of a command run over a Pemda root: how many agencies ran, and which had errors.
import type { HasilSatu } from './per-instansi.ts';

/** " (2 dari 3 instansi; dengan galat, tidak ada berkasnya yang ditulis: dinas-b)" */
export function ringkasPemda(r: { instansi: HasilSatu<unknown>[] }, ids: string[]): string {
  const gagal = r.instansi.filter((i) => i.galat).map((i) => i.id);
  return ` (${ids.length - gagal.length} dari ${ids.length} instansi${gagal.length ? `; instansi dengan galat, tidak ada berkasnya yang ditulis: ${gagal.join(', ')}` : ''})`;
}
