// Bytes of a content file -> text: UTF-8 only (a BOM is dropped, CRLF/CR become LF); an empty file, invalid UTF-8
// or a NUL byte is a positioned diagnostic instead of text.
import { diag, type Diagnostic } from '../validate/diagnostics.ts';

export type Decoded = { text: string } | { error: Diagnostic };

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence (WHATWG rules). */
function firstBadByte(b: Uint8Array): number {
  for (let i = 0; i < b.length; ) {
    const c = b[i];
    const [n, lo, hi] = c < 0x80 ? [0, 0, 0] : c >= 0xc2 && c <= 0xdf ? [1, 0x80, 0xbf] : c === 0xe0 ? [2, 0xa0, 0xbf]
      : c === 0xed ? [2, 0x80, 0x9f] : c >= 0xe1 && c <= 0xef ? [2, 0x80, 0xbf] : c === 0xf0 ? [3, 0x90, 0xbf]
        : c >= 0xf1 && c <= 0xf3 ? [3, 0x80, 0xbf] : c === 0xf4 ? [3, 0x80, 0x8f] : [-1, 0, 0];
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) {
      const x = b[i + k];
      if (x === undefined || x < (k === 1 ? lo : 0x80) || x > (k === 1 ? hi : 0xbf)) return i;
    }
    i += n + 1;
  }
  return -1;
}

/** 1-based line and column (in characters) of a byte offset whose prefix is valid UTF-8. */
function positionOf(b: Uint8Array, offset: number): { line: number; column: number } {
  const before = new TextDecoder('utf-8').decode(b.subarray(0, offset));
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: [...lines[lines.length - 1]].length + 1 };
}

const hex = (x: number) => `0x${x.toString(16).toUpperCase().padStart(2, '0')}`;

export function decodeContent(file: string, bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { error: diag('BERKAS_KOSONG', { file, line: 1, column: 1 }, 'berkas kosong (0 bita)') };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = firstBadByte(bytes);
    const off = at < 0 ? bytes.length - 1 : at;
    return { error: diag('ENKODING', { file, ...positionOf(bytes, off) }, `berkas bukan teks UTF-8 yang sah: bita ${hex(bytes[off])} pada posisi ${off + 1} (mungkin disimpan sebagai Windows-1252/Latin-1)`) };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { error: diag('ENKODING', { file, ...positionOf(bytes, nul) }, `berkas memuat karakter NUL (bita 0x00) pada posisi ${nul + 1}; kemungkinan berkas biner, bukan teks`) };
  text = text.replace(/\r\n?/g, '\n');
  if (!text.trim()) return { error: diag('BERKAS_KOSONG', { file, line: 1, column: 1 }, 'berkas hanya berisi spasi atau baris kosong') };
  return { text };
}
