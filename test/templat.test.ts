// Templates are input too: an agency's own template directory (--templat) is used as given, and a broken template
// is reported like bad content (file, line, column, code TEMPLAT, hint; nothing written).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, checkAll, type Options } from '../src/pipeline.ts';
import { docxText } from './extract.ts';
import { BASE, lineOf, ROOT } from './helpers.ts';

const L2 = 'pk/lampiran-2.hbs';
function templates(edit: (src: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-templat-'));
  fs.cpSync(path.join(ROOT, 'templates'), dir, { recursive: true });
  const f = path.join(dir, L2);
  fs.writeFileSync(f, edit(fs.readFileSync(f, 'utf8')));
  return dir;
}
const opts = (templat: string, keluaran: string): Options =>
  ({ konten: BASE, keluaran, templat, jenis: ['pk'], hanya: ['01-kepala-dinas'], format: ['docx'], kertas: 'A4' });

describe('templat', () => {
  it('a template directory of its own is used (--templat)', async () => {
    const dir = templates((s) => s.replace('<p keep-next><b>Target Kinerja</b></p>', '<p keep-next><b>Target Kinerja Tahunan</b></p>'));
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-out-'));
    const r = await build(opts(dir, out));
    expect(r.outputs).toHaveLength(1);
    expect(docxText(fs.readFileSync(r.outputs[0].path))).toContain('Target Kinerja Tahunan');
  });

  it.each([
    ['a misspelt data name', (s: string) => s.replace('{{uraian}}', '{{uraianx}}'), '{{uraianx}}', /data "uraianx" tidak ada/],
    // Handlebars places a mismatched block at its opening tag
    ['a block closed by the wrong tag', (s: string) => s.replace('{{/each}}\n</table>', '{{/if}}{{!-- salah --}}\n</table>'), '{{#each indikator}}', /blok \{\{#each\}\} ditutup dengan \{\{\/if\}\}/],
  ])('%s: TEMPLAT error at the template line, nothing written', async (_name, edit, needle, message) => {
    const dir = templates(edit);
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-out-'));
    const r = await build(opts(dir, out));
    const d = r.diagnostics.find((x) => x.code === 'TEMPLAT');
    expect(d?.severity).toBe('galat');
    expect(path.resolve(d!.file)).toBe(path.join(dir, L2));
    expect(d!.line).toBe(lineOf(path.join(dir, L2), needle));
    expect(d!.message).toMatch(message);
    expect(d!.hint).toMatch(/templat/);
    expect(r.outputs).toEqual([]);
    expect(fs.readdirSync(out)).toEqual([]);
    // `sakip check` runs the templates too, so it reports the same error
    expect(checkAll(BASE, dir).filter((x) => x.code === 'TEMPLAT')).toEqual([d]);
  });
});
