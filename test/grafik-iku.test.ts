// LKIP Grafik 3.1 (target and realisasi of every IKU on one percent axis): only the IKU measured in percent, the
// caption saying so when some are left out; chart labels group thousands. Default content (all in percent) and the
// example agency (tons, cases and scores beside percentages).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { check } from '../src/pipeline.ts';
import { computeLkip } from '../src/compute/lkip.ts';
import { ROOT } from './helpers.ts';

function lkip(konten: string, tahun: number) {
  const { content } = check(konten);
  return computeLkip(content, content.lkip.find((l) => l.front.tahun === tahun)!);
}
const satuan = (konten: string) => new Map(fs.readdirSync(path.join(konten, 'indikator')).flatMap((f) =>
  (parse(fs.readFileSync(path.join(konten, 'indikator', f), 'utf8')) as { id: string; nama: string; satuan?: string }[]).map((i) => [i.nama, i.satuan ?? ''])));

describe('Grafik 3.1', () => {
  it('the example agency: the percent IKU only, named as such; its tons labelled with grouped thousands', () => {
    const konten = path.join(ROOT, 'contoh/dinas-pangan');
    const v = lkip(konten, 2025);
    const s = satuan(konten);
    expect(v.grafikIku!.categories.length).toBeGreaterThan(0);
    for (const k of v.grafikIku!.categories) expect(s.get(k), k).toBe('%');
    expect(v.grafikIkuSebagian).toBe(true);
    const labels = Object.values(v.grafikTren).flatMap((c) => c.series.flatMap((x) => x.labels ?? []));
    expect(labels).toContain('1.200');
    expect(labels.filter((l) => /^\d{4,}/.test(l))).toEqual([]);
  });
  it('the default agency: every IKU (all in percent), the caption as before', () => {
    const v = lkip(path.join(ROOT, 'content'), 2024);
    expect(v.grafikIkuSebagian).toBe(false);
    expect(v.grafikIku!.categories.length).toBe(v.sasaran.flatMap((s) => s.iku).length);
  });
});
