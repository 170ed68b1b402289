// Pictures in the DOCX without docx's two slow steps, same bytes:
// - docx names a picture by the SHA-1 of its bytes, worked out in JavaScript (the key under which an image used
//   twice is stored once; it never reaches the file: images are written image1.png …). Here docx hashes the 20-byte
//   SHA-1 of the picture that node:crypto computed, and the run then carries the picture: equal pictures still share
//   one key, different ones (practically) never.
// - to find the pictures a part refers to, docx collects every {placeholder} of the part's XML (list numbers too,
//   one array per match); each picture's '{key}' is looked for instead (a key without braces matches the same way).
// Measured on the 40 default DOCX: ~0,1 s CPU. Guard: throws if docx no longer keeps the data where it is put.
import crypto from 'node:crypto';
import { ImageRun, Packer, type IImageOptions } from 'docx';

interface Gambar { type: 'png' | 'jpg'; data: Uint8Array; transformation: { width: number; height: number } }
interface MediaData { fileName: string; data: unknown }
interface Replacer { getMediaData(xml: string, media: { Entries: [string, MediaData][] }): { key: string; fileName: string }[] }

let aktif = true;
const replacer = (Packer as unknown as { compiler?: { imageReplacer?: Replacer } }).compiler?.imageReplacer;
const ASLI = replacer?.getMediaData;
if (!replacer || typeof ASLI !== 'function' || !String(ImageRun.prototype.prepForXml).includes('this.imageData.fileName, this.imageData')) {
  throw new Error('docx-media: ImageRun atau Packer.compiler.imageReplacer docx berubah; periksa src/backends/docx-media.ts');
}

function getMediaData(this: Replacer, xml: string, media: { Entries: [string, MediaData][] }) {
  const entries = media.Entries;
  if (!aktif || entries.some(([key]) => /[{}]/.test(key))) return ASLI!.call(this, xml, media);
  return entries.filter(([key]) => xml.includes(`{${key}}`)).map(([key, { fileName }]) => ({ key, fileName }));
}
replacer.getMediaData = getMediaData;

/** Off: docx's own hashing and search (for the test that compares both). */
export function pasang(on = true): void { aktif = on; }

/** docx's ImageRun of a PNG or JPEG picture. */
export function gambarRun(o: Gambar): ImageRun {
  if (!aktif) return new ImageRun(o as IImageOptions);
  const kunci = crypto.createHash('sha1').update(o.data).digest();
  const run = new ImageRun({ ...o, data: kunci } as IImageOptions);
  const media = (run as unknown as { imageData?: MediaData }).imageData;
  if (media?.data !== kunci) throw new Error('docx-media: ImageRun docx tidak lagi menyimpan imageData.data; periksa src/backends/docx-media.ts');
  media.data = o.data;
  return run;
}
