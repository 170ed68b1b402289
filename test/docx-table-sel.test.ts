// docx-table.ts builds a cell of one paragraph from one copy of it (alignment, header boldness and the cell's zero
// space after at once) in a context shared by the table's cells: the same bytes as each cell through cellBlocks +
// cellContent in a context of its own, on the example agency's documents.
import { describe, it } from 'vitest';
import { pasang } from '../src/backends/docx-table.ts';
import { docxSamaDenganAsli } from './helpers-docx.ts';

describe('one-paragraph table cells', () => {
  it('give byte-identical DOCX with and without the shortcut', async () => {
    await docxSamaDenganAsli(pasang);
  }, 180_000);
});
