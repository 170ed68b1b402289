// DOCX spacing of nested lists as the PDF lays them out (pdfmake: 4 pt under every list, nested ones included; an
// item's keep-next paragraph travels with the short list after it).
import { describe, expect, it } from 'vitest';
import type { Block, ListBlock, Paragraph } from '../src/render/model.ts';
import { joinSpacing, listSpacing, type Spaced } from '../src/backends/docx-spacing.ts';

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
