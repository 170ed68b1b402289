// Reading values as officials write them: numbers ("98", "0,15"), ranges ("2–4", "2 s.d. 4", [2, 4]) and
// qualitative words ("WTP"). Content text is normalised once (schemas) to a canonical string; compute reads the
// canonical string back with `bacaTarget`. The one place numbers are parsed.

/** En dash: the separator of a canonical range "2.5–3.5". */
export const TANDA_RENTANG = '–';

const ANGKA = /^[+]?(-?\d+)(?:[.,](\d+))?$/;
const RENTANG = /^(-?\d+(?:[.,]\d+)?)\s*(?:[-–—]|s\.?\s?d\.?|s\/d|sampai(?: dengan)?)\s*(-?\d+(?:[.,]\d+)?)$/i;

/** "0,15" | "0.15" | "+5" -> "0.15" / "5"; anything else undefined. */
export function normalAngka(s: string): string | undefined {
  const m = ANGKA.exec(s.trim());
  if (!m) return undefined;
  return m[2] === undefined ? String(BigInt(m[1])) : `${m[1]}.${m[2]}`;
}

export type BentukTarget =
  | { jenis: 'angka'; nilai: string }
  | { jenis: 'rentang'; min: string; maks: string }
  | { jenis: 'kualitatif'; teks: string };

/** What content wrote -> canonical string, or a reason (Bahasa Indonesia) it is not a target. */
export function normalTarget(v: unknown): { ok: true; nilai: string } | { ok: false; pesan: string } {
  if (Array.isArray(v)) {
    const [a, b] = v.map((x) => (typeof x === 'string' ? normalAngka(x) : undefined));
    if (v.length !== 2 || a === undefined || b === undefined) return { ok: false, pesan: 'rentang target ditulis sebagai dua angka, mis. [2, 4] atau "2–4"' };
    return rentang(a, b);
  }
  if (typeof v !== 'string' || !v.trim()) return { ok: false, pesan: 'target harus diisi: angka (98 atau 0,15), rentang (2–4) atau nilai skala kualitatif (mis. WTP)' };
  const s = v.trim();
  const n = normalAngka(s);
  if (n !== undefined) return { ok: true, nilai: n };
  const r = RENTANG.exec(s);
  if (r) return rentang(normalAngka(r[1])!, normalAngka(r[2])!);
  return { ok: true, nilai: s.replace(/\s+/g, ' ') };
}

function rentang(a: string, b: string): { ok: true; nilai: string } | { ok: false; pesan: string } {
  if (Number(a) >= Number(b)) return { ok: false, pesan: `batas bawah rentang (${a.replace('.', ',')}) harus lebih kecil dari batas atas (${b.replace('.', ',')})` };
  return { ok: true, nilai: `${a}${TANDA_RENTANG}${b}` };
}

/** Canonical string -> its form. */
export function bacaTarget(s: string): BentukTarget {
  if (/^-?\d+(\.\d+)?$/.test(s)) return { jenis: 'angka', nilai: s };
  const i = s.indexOf(TANDA_RENTANG, 1);
  if (i > 0) {
    const [min, maks] = [s.slice(0, i), s.slice(i + 1)];
    if (/^-?\d+(\.\d+)?$/.test(min) && /^-?\d+(\.\d+)?$/.test(maks)) return { jenis: 'rentang', min, maks };
  }
  return { jenis: 'kualitatif', teks: s };
}

const desimalAngka = (s: string) => (s.includes('.') ? s.split('.')[1].length : 0);

/** Decimals as written: "80.00" -> 2, "2.5–3.75" -> 2, "WTP" -> 0. */
export function desimalDari(s: string): number {
  const b = bacaTarget(s);
  if (b.jenis === 'angka') return desimalAngka(b.nilai);
  if (b.jenis === 'rentang') return Math.max(desimalAngka(b.min), desimalAngka(b.maks));
  return 0;
}

/** A plain number of a canonical value, for charts; undefined for ranges and words. */
export function angkaBiasa(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  const b = bacaTarget(s);
  return b.jenis === 'angka' ? Number(b.nilai) : undefined;
}
