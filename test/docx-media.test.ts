// docx-media.ts: pictures named from node:crypto's SHA-1 and found in the part's XML by their key; the same bytes as
// docx's own hashing and placeholder search, for the example agency's documents (diagrams, charts, QR codes) and
// for a document with one picture twice and another once.
import { describe, expect, it } from 'vitest';
import { Document, Paragraph } from 'docx';
import { unzipSync } from 'fflate';
import { gambarRun, pasang } from '../src/backends/docx-media.ts';
import { packDocx } from '../src/backends/docx-normalize.ts';
import { qrPng } from '../src/backends/qr.ts';
import { docxSamaDenganAsli } from './helpers-docx.ts';

describe('DOCX pictures without docx JavaScript SHA-1 and placeholder scan', () => {
  it('gives byte-identical DOCX with and without it', async () => {
    await docxSamaDenganAsli(pasang);
  }, 180_000);

  it('stores a picture used twice once, and each other picture apart', async () => {
    const a = qrPng({ kind: 'qr', data: 'A', size: 60 }).png, b = qrPng({ kind: 'qr', data: 'B', size: 60 }).png;
    const doc = () => new Document({ sections: [{ children: [a, b, a].map((data) => new Paragraph({ children: [gambarRun({ type: 'png', data, transformation: { width: 80, height: 80 } })] })) }] });
    const ours = Buffer.from(await packDocx(doc()));
    pasang(false);
    const theirs = Buffer.from(await packDocx(doc()));
    pasang(true);
    expect(ours.equals(theirs)).toBe(true);
    const files = unzipSync(new Uint8Array(ours));
    expect(Object.keys(files).filter((f) => f.startsWith('word/media/')).sort()).toEqual(['word/media/image1.png', 'word/media/image2.png']);
    expect(Buffer.from(files['word/media/image2.png']).equals(Buffer.from(b))).toBe(true);
  });
});
