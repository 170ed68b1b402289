import { describe, expect, it } from 'vitest';
import { markupToModel } from '../src/render/markup-to-model.ts';
import { parseMarkup } from '../src/render/markup-parse.ts';
import type { Table } from '../src/render/model.ts';

const doc = (body: string) => markupToModel(`<document title="t"><section page="F4" orientation="landscape">${body}</section></document>`);

describe('markup -> model', () => {
  it('decodes Handlebars entities exactly', () => {
    const m = doc('<p>A &amp; B &lt;c&gt; &#x27;d&#x27; &#x3D; &quot;e&quot; &#x60;</p>');
    expect(m.sections[0].blocks[0]).toMatchObject({ kind: 'p', runs: [{ kind: 'text', text: 'A & B <c> \'d\' = "e" `' }] });
  });
  it('keeps section paper and orientation', () => {
    expect(doc('<p>x</p>').sections[0]).toMatchObject({ page: 'F4', orientation: 'landscape' });
  });
  it('collapses template whitespace and keeps inline styles', () => {
    const m = doc('<p>\n  Satu   <b>dua <i>tiga</i></b>\n</p>');
    expect(m.sections[0].blocks[0]).toMatchObject({ runs: [{ text: 'Satu ' }, { text: 'dua ', bold: true }, { text: 'tiga', bold: true, italics: true }] });
  });
  it('builds tables with header rows, spans and widths', () => {
    const t = doc('<table widths="24,*"><thead><tr><th colspan="2">H</th></tr></thead><tr><td rowspan="2">1</td><td>a</td></tr><tr><td>b</td></tr></table>')
      .sections[0].blocks[0] as Table;
    expect(t.headerRows).toBe(1);
    expect(t.widths).toEqual([24, '*']);
    expect(t.rows[1].cells[0]).toMatchObject({ rowSpan: 2 });
    expect(t.rows[2].cells).toHaveLength(1);
  });
  it('turns page fields into field runs', () => {
    const m = markupToModel('<document><section><footer><p>Halaman <page-number/> dari <page-count/></p></footer><p>x</p></section></document>');
    expect(m.sections[0].footer[0]).toMatchObject({ runs: [{ text: 'Halaman ' }, { kind: 'field', field: 'page' }, { text: ' dari ' }, { kind: 'field', field: 'pages' }] });
  });
  it('rejects unknown elements and unbalanced tags', () => {
    expect(() => doc('<blink>x</blink>')).toThrow(/tidak dikenal/);
    expect(() => parseMarkup('<p><b>x</p>')).toThrow(/tidak cocok/);
  });
});
