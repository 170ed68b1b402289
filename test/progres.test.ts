// Build progress: plain lines every 10 documents or 2 seconds when stderr is not a terminal, one \r line on a
// terminal, none with --senyap; the closing stdout line unchanged; `check` says how many content files it read.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { progresTerminal } from '../src/cli/progres.ts';
import type { DocJob } from '../src/documents.ts';
import { BASE, ROOT } from './helpers.ts';

const job = (i: number): DocJob => ({ jenis: 'pk', tahun: 2025, slug: `d${i}`, template: '', view: {} });

/** Feeds `total` documents taking `ms(i)` each to a reporter; returns what it wrote. */
function jalankan(total: number, ms: (i: number) => number, isTTY: boolean): string {
  let t = 0;
  let out = '';
  const p = progresTerminal({ isTTY, columns: 60, write: (s) => { out += s; } }, () => t);
  for (let i = 0; i < total; i++) { p.dokumen!(i, total, job(i)); t += ms(i); }
  p.dokumen!(total, total);
  p.selesai();
  return out;
}

describe('progress reporter', () => {
  it('not a terminal: a line every 10 documents and at the end, with the current document and elapsed time', () => {
    const lines = jalankan(25, () => 100, false).trimEnd().split('\n');
    expect(lines).toEqual([
      'Membangun 10/25 dokumen: pk/2025/d10 (1,0 detik)',
      'Membangun 20/25 dokumen: pk/2025/d20 (2,0 detik)',
      'Membangun 25/25 dokumen: menulis berkas (2,5 detik)',
    ]);
  });
  it('not a terminal: a slow document prints a line after 2 seconds', () => {
    const lines = jalankan(3, (i) => (i === 0 ? 2500 : 10), false).trimEnd().split('\n');
    expect(lines).toEqual(['Membangun 1/3 dokumen: pk/2025/d1 (2,5 detik)', 'Membangun 3/3 dokumen: menulis berkas (2,5 detik)']);
  });
  it('a Pemda check: a line per 10 agencies checked and at the last one, naming it', () => {
    let t = 0, out = '';
    const p = progresTerminal({ isTTY: false, write: (s) => { out += s; } }, () => t);
    for (let i = 1; i <= 12; i++) { t += 500; p.instansi!(i, 12, `dinas-${i}`); }
    expect(out.trimEnd().split('\n')).toEqual(['Memeriksa 4/12 instansi: dinas-4 (2,0 detik)', 'Memeriksa 8/12 instansi: dinas-8 (4,0 detik)',
      'Memeriksa 10/12 instansi: dinas-10 (5,0 detik)', 'Memeriksa 12/12 instansi: dinas-12 (6,0 detik)']);
  });
  it('a terminal: one line rewritten with \\r, cut to the width, cleared at the end', () => {
    const out = jalankan(3, () => 100, true);
    expect(out).not.toContain('\n');
    const frames = out.split('\r').filter(Boolean);
    expect(frames[0]).toBe('Membangun 0/3 dokumen: pk/2025/d0 (0,0 detik)\x1b[K');
    expect(frames.every((f) => f.replace('\x1b[K', '').length <= 59)).toBe(true);
    expect(out.endsWith('\r\x1b[K')).toBe(true);
  });
});

describe('sakip build and check print progress', () => {
  const run = (...args: string[]) => spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'src/cli/main.ts'), ...args], { encoding: 'utf8', cwd: ROOT, timeout: 120_000 });
  const keluaran = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-progres-'));
  const args = ['build', '--konten', BASE, '--jenis', 'pk', '--format', 'pdf', '--keluaran', keluaran];

  it('build of the fixture content, stderr not a terminal: plain progress lines; stdout keeps its closing line', () => {
    const r = run(...args);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^Membangun 2\/2 dokumen: menulis berkas \(\d+,\d detik\)$/m);
    expect(r.stderr).not.toContain('\r');
    expect(r.stdout).toMatch(/^2 berkas ditulis ke .* dalam \d+,\d\d detik\.$/m);
  });
  it('--senyap prints no progress', () => {
    const r = run(...args, '--senyap');
    expect(r.status).toBe(0);
    expect(r.stderr).not.toMatch(/Membangun/);
    expect(r.stdout).toMatch(/^2 berkas ditulis ke .* dalam \d+,\d\d detik\.$/m);
  });
  it('check says how many content files it read', () => {
    const files = fs.readdirSync(BASE, { recursive: true }).map(String).filter((f) => /\.(md|ya?ml)$/.test(f) && !/readme/i.test(f));
    expect(run('check', '--konten', BASE).stdout).toMatch(new RegExp(`^${files.length} berkas konten dibaca\\.$`, 'm'));
  });
});
