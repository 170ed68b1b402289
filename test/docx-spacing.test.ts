// DOCX spacing as the PDF lays it out: nested lists (pdfmake: 4 pt under every list, nested ones included; an item's
// keep-next paragraph travels with the short list after it) and tables (2 pt above, 8 pt below).
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Block, Heading, ListBlock, Paragraph, Table } from '../src/render/model.ts';
import { joinSpacing, listSpacing, type Spaced } from '../src/backends/docx-spacing.ts';
import { renderDocx } from '../src/backends/docx.ts';
import { markupToModel } from '../src/render/markup-to-model.ts';

const p = (text: string, extra: Partial<Paragraph> = {}): Paragraph => ({ kind: 'p', runs: [{ kind: 'text', text }], ...extra });
const list = (items: Block[][]): ListBlock => ({ kind: 'list', ordered: true, items });
/** "1. Program" with its kegiatan "a." under it, as the Renstra's 4.1.2. */
const program = (n: number): Block[] => [p(`Program ${n}`, { keepNext: true, spaceAfter: 1 }), list([[p(`Kegiatan ${n}`, { spaceAfter: 2 })]])];
const inner = (l: ListBlock, k: number) => l.items[k][1] as ListBlock & Spaced;
const after = (l: ListBlock, k: number) => (inner(l, k).items[0][0] as Paragraph).spaceAfter;

describe('listSpacing', () => {
  it('a nested list followed by the next item keeps the PDF\'s space under it: its own 2 pt and the list\'s 4 pt', () => {
    const l = listSpacing(list([program(1), program(2)]));
    expect(after(l, 0)).toBe(6);
    expect(after(l, 1)).toBe(2); // the last one: the outer list's end decides (joinSpacing)
  });
  it('the short list after an item\'s keep-next paragraph travels whole with it, as in the PDF', () => {
    const l = listSpacing(list([program(1)]));
    expect(inner(l, 0).whole).toBe(true);
  });
  it('a list ending in a nested list joins the paragraph after it with 2 + 4 + 4 pt, and then ends with none', () => {
    const [l, next] = joinSpacing([list([program(1), program(2)]), p('Sesudah daftar')]);
    expect((next as Paragraph).spaceBefore).toBe(10);
    const spaced = listSpacing(l as ListBlock);
    expect(after(spaced, 1)).toBe(0);
    expect(after(spaced, 0)).toBe(6);
  });
  it('is applied once: the input is not changed', () => {
    const given = list([program(1), program(2)]);
    const copy = JSON.stringify(given);
    listSpacing(given);
    expect(JSON.stringify(given)).toBe(copy);
  });
});

const table: Table = { kind: 'table', widths: ['*'], headerRows: 0, borders: true, rows: [{ cells: [{ blocks: [p('isi')] }] }] };
const caption = p('Tabel 1.1 Judul', { keepNext: true, align: 'center', tocId: 't1' });
describe('tables: the PDF\'s 2 pt above (margin) and 8 pt below', () => {
  it('the paragraph before a table, or before the caption that becomes its first row, carries the 2 pt', () => {
    expect((joinSpacing([p('a'), table])[0] as Paragraph).spaceAfter).toBe(6);
    const [intro, cap] = joinSpacing([p('a', { spaceAfter: 10 }), caption, table]) as Paragraph[];
    expect(intro.spaceAfter).toBe(12);
    expect(cap.spaceAfter).toBeUndefined(); // folded into the table: unchanged
    const h: Heading = { kind: 'heading', level: 2, runs: [{ kind: 'text', text: 'D. Judul' }] };
    const [head, kept] = joinSpacing([h, caption, table]) as Spaced[];
    expect(head.after).toBeUndefined(); // the caption stays a paragraph under the heading: it carries them
    expect((kept as Paragraph).spaceAfter).toBe(6);
  });
  it('the DOCX puts an exact 8 pt paragraph under a table, and next to nothing when the table ends its section', async () => {
    const m = markupToModel('<document title="t"><section><table widths="*"><tr><td>a</td></tr></table><p>b</p><table widths="*"><tr><td>c</td></tr></table></section></document>');
    const xml = strFromU8(unzipSync(await renderDocx(m))['word/document.xml']);
    const after = xml.split('</w:tbl>').slice(1).map((x) => x.match(/^<w:p>.*?<\/w:p>/)?.[0] ?? '');
    expect(after[0]).toMatch(/w:line="160" w:lineRule="exact"/);
    expect(after[1]).toMatch(/w:line="10" w:lineRule="exact"/);
  });
});
