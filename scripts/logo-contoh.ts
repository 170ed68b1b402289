// Draws the FICTIONAL logo of the example agency (contoh/dinas-pangan/logo.png): a shield with a sheaf of rice and
// the words "CONTOH" and "LOGO FIKTIF", so no one mistakes it for a real emblem. Run once; the PNG is committed:
//   npx tsx scripts/logo-contoh.ts
import fs from 'node:fs';
import zlib from 'node:zlib';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { TINOS } from '../src/backends/fonts.ts';

GlobalFonts.registerFromPath(TINOS.bold, 'Tinos');
const [W, H] = [200, 240];
const c = createCanvas(W, H);
const g = c.getContext('2d');
// shield
g.beginPath();
g.moveTo(10, 10); g.lineTo(W - 10, 10); g.lineTo(W - 10, 130);
g.quadraticCurveTo(W - 14, 200, W / 2, H - 8); g.quadraticCurveTo(14, 200, 10, 130); g.closePath();
g.fillStyle = '#1E6B3A'; g.fill();
g.lineWidth = 6; g.strokeStyle = '#C9A227'; g.stroke();
// sheaf: a stalk and grains
g.strokeStyle = '#F2D16B'; g.lineWidth = 4;
g.beginPath(); g.moveTo(W / 2, 150); g.lineTo(W / 2, 60); g.stroke();
g.fillStyle = '#F2D16B';
for (let k = 0; k < 6; k++) for (const s of [-1, 1]) {
  g.beginPath(); g.ellipse(W / 2 + s * 12, 70 + k * 13, 9, 5, s * 0.5, 0, Math.PI * 2); g.fill();
}
// words
g.fillStyle = '#FFFFFF'; g.textAlign = 'center';
g.font = 'bold 30px Tinos'; g.fillText('CONTOH', W / 2, 44);
g.font = 'bold 20px Tinos'; g.fillText('LOGO FIKTIF', W / 2, 180);
// a tEXt chunk right after IHDR says so in the file itself (test/contoh.test.ts reads every file's first lines)
const teks = Buffer.from('Comment\0Contoh fiktif: logo karangan untuk contoh/dinas-pangan, bukan lambang daerah mana pun.\n', 'latin1');
const chunk = Buffer.alloc(12 + teks.length);
chunk.writeUInt32BE(teks.length, 0);
chunk.write('tEXt', 4, 'latin1');
teks.copy(chunk, 8);
chunk.writeUInt32BE(zlib.crc32(chunk.subarray(4, 8 + teks.length)), 8 + teks.length);
const png = c.toBuffer('image/png');
fs.writeFileSync('contoh/dinas-pangan/logo.png', Buffer.concat([png.subarray(0, 33), chunk, png.subarray(33)]));
