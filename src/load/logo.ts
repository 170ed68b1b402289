// The agency's logo (instansi.yaml `logo:`, a path relative to the content directory): read here, in the load stage,
// and only here. PNG or JPEG, told by their magic bytes; the pixel size comes from the header (IHDR, SOFn) so the
// letterhead keeps the aspect ratio. A missing file, another format or an oversized file is a diagnostic at the
// `logo:` entry, never a crash. The bytes travel base64 in the document model, so the document id and the build
// cache (both hash the model; the whole-build key hashes every file of the content directory) follow the file.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { koma } from '../format/angka.ts';
import { diag, type Code, type Diagnostic } from '../validate/diagnostics.ts';
import type { YamlSource } from './yaml-source.ts';

export interface Logo {
  /** path relative to the content directory, with "/" */
  rel: string;
  format: 'png' | 'jpeg';
  /** base64 of the file's bytes */
  data: string;
  lebarPx: number;
  tinggiPx: number;
}

export const LOGO_MAKS_BYTE = 2 * 1024 * 1024;
/** At most 25 megapixels (e.g. 5000 × 5000): a small file may declare a huge image that would fill the memory. */
export const LOGO_MAKS_PIKSEL = 25_000_000;
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height of a PNG: the IHDR chunk must come first (PNG spec 11.2.2). */
function ukuranPng(b: Buffer): [number, number] | undefined {
  if (b.length < 24 || !PNG.every((x, i) => b[i] === x) || b.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

/** A PNG the PDF backend can decode: every chunk whole with its CRC, an IEND, and image data that inflates.
 *  (pdfkit decodes PNGs while writing the PDF; a damaged one would fail there, after the checks.) */
function pngUtuh(b: Buffer): boolean {
  const idat: Buffer[] = [];
  for (let i = 8; i + 12 <= b.length;) {
    const n = b.readUInt32BE(i);
    if (i + 12 + n > b.length || zlib.crc32(b.subarray(i + 4, i + 8 + n)) !== b.readUInt32BE(i + 8 + n)) return false;
    const jenis = b.toString('latin1', i + 4, i + 8);
    if (jenis === 'IDAT') idat.push(b.subarray(i + 8, i + 8 + n));
    if (jenis === 'IEND') {
      try { zlib.inflateSync(Buffer.concat(idat), { maxOutputLength: 4 * LOGO_MAKS_PIKSEL * 2 + 4 * 8192 }); return idat.length > 0; } catch { return false; }
    }
    i += 12 + n;
  }
  return false;
}

/** Width and height of a JPEG from its first start-of-frame marker (SOF0–SOF15 but DHT, JPG and DAC). */
function ukuranJpeg(b: Buffer): [number, number] | undefined {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return undefined;
  for (let i = 2; i + 9 < b.length;) {
    if (b[i] !== 0xff) return undefined;
    const m = b[i + 1];
    if (m === 0xff) { i++; continue; } // fill byte
    if (m === 0xd8 || m === 0x01 || (m >= 0xd0 && m <= 0xd7)) { i += 2; continue; } // markers without a length
    if (m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc) return [b.readUInt16BE(i + 7), b.readUInt16BE(i + 5)];
    if (m === 0xd9 || m === 0xda) return undefined; // end of image or scan data before any frame header
    i += 2 + b.readUInt16BE(i + 2);
  }
  return undefined;
}

const FORMAT: [Logo['format'], (b: Buffer) => [number, number] | undefined][] = [['png', ukuranPng], ['jpeg', ukuranJpeg]];

const ditulis = (instansi?: YamlSource) => {
  const v = (instansi?.data as { logo?: unknown } | undefined)?.logo;
  return typeof v === 'string' && v.trim() ? v.trim() : undefined; // absent or empty: the schema check reports it
};
/** The path `logo:` names, relative to the content directory with "/" (whether or not the file is usable). */
export const pathLogo = (instansi?: YamlSource) => { const t = ditulis(instansi); return t && path.posix.normalize(t.replace(/\\/g, '/')); };

/** The logo named in instansi.yaml, or undefined (no `logo:` key, or a diagnostic was added to `errors`). */
export function bacaLogo(root: string, instansi: YamlSource | undefined, errors: Diagnostic[]): Logo | undefined {
  const tulis = ditulis(instansi);
  if (!tulis) return undefined;
  const lapor = (code: Code, pesan: string) => { errors.push(diag(code, { file: instansi!.file, ...instansi!.locate(['logo']) }, pesan)); return undefined; };
  const rel = pathLogo(instansi)!;
  if (path.isAbsolute(tulis) || rel === '..' || rel.startsWith('../')) return lapor('LOGO_TIDAK_ADA', `logo "${tulis}" berada di luar direktori konten; tulis path relatif terhadap direktori konten`);
  const full = path.join(root, rel);
  let bytes: Buffer;
  try {
    const real = fs.realpathSync(full);
    const realRoot = fs.realpathSync(root);
    if (real !== realRoot && !real.startsWith(realRoot + path.sep)) return lapor('LOGO_TIDAK_ADA', `logo "${tulis}" adalah tautan ke luar direktori konten`);
    const st = fs.statSync(real);
    if (!st.isFile()) return lapor('LOGO_TIDAK_ADA', `logo "${tulis}" bukan berkas biasa`);
    if (st.size > LOGO_MAKS_BYTE) return lapor('LOGO_TERLALU_BESAR', `berkas logo "${tulis}" berukuran ${koma((st.size / 1048576).toFixed(1))} MB; batas ${LOGO_MAKS_BYTE / 1048576} MB`);
    bytes = fs.readFileSync(real);
  } catch (e) {
    const kode = (e as NodeJS.ErrnoException).code;
    return lapor('LOGO_TIDAK_ADA', kode === 'ENOENT' || kode === 'ENOTDIR' ? `berkas logo "${tulis}" tidak ada di direktori konten` : `berkas logo "${tulis}" tidak dapat dibaca (${kode ?? 'galat'})`);
  }
  for (const [format, ukuran] of FORMAT) {
    const px = ukuran(bytes);
    if (px === undefined) continue;
    if (px[0] * px[1] > LOGO_MAKS_PIKSEL) return lapor('LOGO_TERLALU_BESAR', `gambar logo "${tulis}" berukuran ${px[0]} × ${px[1]} piksel; batas ${LOGO_MAKS_PIKSEL / 1e6} juta piksel`);
    if (!(px[0] > 0 && px[1] > 0) || (format === 'png' && !pngUtuh(bytes))) return lapor('LOGO_FORMAT', `berkas logo "${tulis}" rusak: gambar ${format.toUpperCase()} yang tidak utuh`);
    return { rel, format, data: bytes.toString('base64'), lebarPx: px[0], tinggiPx: px[1] };
  }
  return lapor('LOGO_FORMAT', `berkas logo "${tulis}" bukan gambar PNG atau JPEG`);
}
