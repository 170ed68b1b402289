// `sakip pantau`: the first build writes everything; a content edit rebuilds only the documents it changes; a broken
// file writes nothing and names file and line; fixing it builds again.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pantau, type Pantauan } from '../src/cli/pantau.ts';
import { build, type BuildResult } from '../src/pipeline.ts';
import { BASE, tempCopy } from './helpers.ts';

const konten = tempCopy(BASE);
const keluaran = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-pantau-'));
const builds: { r: BuildResult; sebab: string[] }[] = [];
const errors: unknown[] = [];
let p: Pantauan;

/** Waits until the watcher has reported `n` builds. */
async function builds_(n: number): Promise<void> {
  for (let t = 0; builds.length < n; t += 50) {
    if (t > 20_000) throw new Error(`menunggu build ke-${n}, baru ${builds.length}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
const kd = path.join(konten, 'pk/2025/01-kepala-dinas.md');
const rel = (r: BuildResult) => r.outputs.map((o) => path.relative(keluaran, o.path)).sort();

afterAll(async () => { await p?.close(); });

describe('sakip pantau', () => {
  it('builds everything first, then only the document whose content changed', async () => {
    p = pantau({ konten, keluaran, jenis: ['pk'], format: ['pdf', 'docx'], kertas: 'A4' }, (r, _d, sebab) => builds.push({ r, sebab }), (e) => errors.push(e));
    await p.ready;
    await builds_(1);
    expect(rel(builds[0].r)).toEqual(['pk/2025/01-kepala-dinas.docx', 'pk/2025/01-kepala-dinas.pdf', 'pk/2025/16-analis-perdagangan.docx', 'pk/2025/16-analis-perdagangan.pdf']);
    const analisBefore = fs.statSync(path.join(keluaran, 'pk/2025/16-analis-perdagangan.pdf')).mtimeMs;

    fs.writeFileSync(kd, fs.readFileSync(kd, 'utf8').replace('target: 98', 'target: 97'));
    await builds_(2);
    expect(builds[1].sebab).toEqual([kd]);
    expect(rel(builds[1].r)).toEqual(['pk/2025/01-kepala-dinas.docx', 'pk/2025/01-kepala-dinas.pdf']);
    expect(builds[1].r.unchanged).toBe(1);
    expect(builds[1].r.templat).toBe(1); // the other document's model kept in memory (src/cache/model.ts)
    const segar = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-pantau-segar-'));
    await build({ konten, keluaran: segar, jenis: ['pk'], format: ['pdf', 'docx'], kertas: 'A4' });
    for (const f of rel(builds[0].r)) expect(fs.readFileSync(path.join(keluaran, f)).equals(fs.readFileSync(path.join(segar, f))), f).toBe(true);
    expect(fs.statSync(path.join(keluaran, 'pk/2025/16-analis-perdagangan.pdf')).mtimeMs).toBe(analisBefore);
    expect(errors).toEqual([]);
  }, 60_000);

  it('a broken file: the error with file and line, nothing written; the fix builds again', async () => {
    const good = fs.readFileSync(kd, 'utf8');
    const pdf = path.join(keluaran, 'pk/2025/01-kepala-dinas.pdf');
    const before = fs.statSync(pdf).mtimeMs;
    fs.writeFileSync(kd, good.replace('tempat: Malili', 'tempat Malili\n  - x'));
    await builds_(3);
    expect(builds[2].r.outputs).toEqual([]);
    expect(builds[2].r.diagnostics.some((d) => d.severity === 'galat' && d.code === 'YAML_SINTAKS' && d.file.endsWith('01-kepala-dinas.md') && d.line > 1)).toBe(true);
    expect(fs.statSync(pdf).mtimeMs).toBe(before);

    fs.writeFileSync(kd, good.replace('target: 97', 'target: 96'));
    await builds_(4);
    expect(rel(builds[3].r)).toEqual(['pk/2025/01-kepala-dinas.docx', 'pk/2025/01-kepala-dinas.pdf']);
  }, 60_000);

  it('an unchanged document whose files were deleted is written again', async () => {
    fs.rmSync(path.join(keluaran, 'pk/2025/16-analis-perdagangan.pdf'));
    fs.writeFileSync(kd, fs.readFileSync(kd, 'utf8').replace('target: 96', 'target: 95'));
    await builds_(5);
    expect(rel(builds[4].r)).toEqual(['pk/2025/01-kepala-dinas.docx', 'pk/2025/01-kepala-dinas.pdf', 'pk/2025/16-analis-perdagangan.docx', 'pk/2025/16-analis-perdagangan.pdf']);
    expect(fs.existsSync(path.join(keluaran, 'pk/2025/16-analis-perdagangan.pdf'))).toBe(true);
  }, 60_000);
});
