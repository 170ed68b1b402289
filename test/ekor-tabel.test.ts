// src/backends/pdf-signature.ts tailRows: the last rows of a table that go with the signature after it to a new
// page: TAIL_ROWS data rows, more over a row span across the cut, never a header row, and all of them where one data
// row alone would stay behind under its header (contoh PK 03 and PK 15's sub kegiatan tables did).
import { describe, expect, it } from 'vitest';
import type { Row, Table } from '../src/render/model.ts';
import { TAIL_ROWS, tailRows } from '../src/backends/pdf-signature.ts';

const row = (header = false, rowSpan?: number): Row => ({ header, cells: [{ blocks: [], rowSpan }] });
const table = (headerRows: number, data: number, spans: Record<number, number> = {}): Table =>
  ({ kind: 'table', widths: ['*'], headerRows, borders: true, rows: [...Array.from({ length: headerRows }, () => row(true)), ...Array.from({ length: data }, (_, i) => row(false, spans[i]))] }) as Table;

describe('tailRows', () => {
  it('never leaves one data row alone above the rows that go with the signature', () => {
    for (let h = 0; h <= 2; h++) for (let d = 0; d <= 12; d++) {
      const k = tailRows(table(h, d));
      expect(k).toBeLessThanOrEqual(d);
      expect(d - k, `${h} header, ${d} data`).not.toBe(1);
      expect(k).toBe(d <= TAIL_ROWS + 1 ? d : TAIL_ROWS);
    }
  });
  it('grows over a row span that crosses the cut', () => {
    // 8 data rows, rows 3..6 one span group: the last 3 would cut it, so it takes rows 3..7 (5)
    expect(tailRows(table(1, 8, { 3: 4 }))).toBe(5);
    // and where that leaves one row above, all
    expect(tailRows(table(1, 6, { 1: 3 }))).toBe(6);
  });
});
