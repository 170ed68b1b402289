// Document ids (verification marks): a short id from a hash of a document's inputs — its model (content and
// templates), the paper size, the verification address and the tool version — printed with a QR code on the
// signature page and written to the PDF/DOCX metadata (keywords), with the document it claims to be.
import crypto from 'node:crypto';
import { createRequire } from 'node:module';
import type { Block, DocModel, Row, Table } from '../render/model.ts';

export const VERSI_ALAT = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
export const POLA_ID = /SKP-[0-9A-F]{4}-[0-9A-F]{4}/;

/** Which document a file claims to be, and with which options it was built (kept in its metadata). */
export interface Klaim { jenis: string; tahun: number; slug: string; kertas: 'A4' | 'F4'; triwulan?: number; pdfa?: boolean }

export function idDokumen(model: DocModel, k: Klaim, alamat?: string): string {
  const h = crypto.createHash('sha256').update(`sakip-id-1\0${VERSI_ALAT}\0${k.kertas}\0${alamat ?? ''}\0`).update(JSON.stringify(model)).digest('hex').toUpperCase();
  return `SKP-${h.slice(0, 4)}-${h.slice(4, 8)}`;
}

/** The keywords metadata: id first, then the claim (ASCII only, read back by `sakip verifikasi`). */
export const kataKunci = (id: string, k: Klaim) =>
  `${id}; sakip:${k.jenis}/${k.tahun}/${k.slug}; kertas:${k.kertas}${k.triwulan ? `; triwulan:${k.triwulan}` : ''}${k.pdfa ? '; pdfa:2b' : ''}; versi:${VERSI_ALAT}`;

export function bacaKataKunci(s: string): { id?: string; klaim?: Klaim } {
  const id = POLA_ID.exec(s)?.[0];
  const m = /sakip:([a-z0-9-]+)\/(\d{4})\/([^;\s]+)/.exec(s);
  if (!m) return { id };
  const kertas = /kertas:(F4|A4)/.exec(s)?.[1] as 'A4' | 'F4' | undefined;
  const tw = /triwulan:([1-4])/.exec(s)?.[1];
  return { id, klaim: { jenis: m[1], tahun: Number(m[2]), slug: m[3], kertas: kertas ?? 'A4', triwulan: tw ? Number(tw) : undefined, pdfa: /pdfa:2b/.test(s) || undefined } };
}

const teks = (text: string): Block => ({ kind: 'p', runs: [{ kind: 'text', text }], size: 8, spaceAfter: 0 });

/** The mark's blocks: QR code (id, and the address when given) and the printed id. */
function tanda(id: string, alamat?: string): Block[] {
  return [
    { kind: 'qr', data: alamat ? `${alamat}${alamat.includes('?') ? '&' : '?'}id=${id}` : id, size: 56 },
    teks(`ID dokumen: ${id}`),
    ...(alamat ? [teks(`Verifikasi: ${alamat}`)] : []),
  ];
}

function tandaTangan(bs: Block[]): Table | undefined {
  for (let i = bs.length - 1; i >= 0; i--) if (bs[i].kind === 'table' && (bs[i] as Table).signature) return bs[i] as Table;
  return undefined;
}

/** The model with its id and mark: a row under the last signature block (first column), or, for a document
 *  without one, a small table at the end of the last section. The id is computed from the unmarked model. */
export function tandai(model: DocModel, k: Klaim, alamat?: string): DocModel {
  const id = idDokumen(model, k, alamat);
  const sections = model.sections.map((s) => ({ ...s, blocks: [...s.blocks] }));
  const si = sections.map((s) => !!tandaTangan(s.blocks)).lastIndexOf(true);
  if (si >= 0) {
    const bs = sections[si].blocks;
    const t = tandaTangan(bs)!;
    const row: Row = { cells: t.widths.map((_, i) => ({ blocks: i === 0 ? tanda(id, alamat) : [], align: 'left' as const })) };
    bs[bs.lastIndexOf(t)] = { ...t, rows: [...t.rows, row] };
  } else {
    const last = sections[sections.length - 1];
    last.blocks.push({ kind: 'table', widths: [200, '*'], headerRows: 0, borders: false, keepTogether: true, rows: [{ cells: [{ blocks: tanda(id, alamat) }, { blocks: [] }] }] });
  }
  return { ...model, sections, idDokumen: id, keywords: kataKunci(id, k) };
}
