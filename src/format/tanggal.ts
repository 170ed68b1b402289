// Indonesian dates: "2025-01-02" -> "2 Januari 2025"; "2025-01" -> "       Januari 2025" (day left for handwriting).

export const BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const BLANK_DAY = '\u00a0'.repeat(8);

export function tanggal(iso: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) throw new Error(`tanggal tidak valid: ${iso}`);
  const bulan = BULAN[Number(m[2]) - 1];
  if (!bulan) throw new Error(`bulan tidak valid: ${iso}`);
  return `${m[3] ? Number(m[3]) : BLANK_DAY} ${bulan} ${m[1]}`;
}
