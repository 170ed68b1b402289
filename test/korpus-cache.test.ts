// The malformed-input corpus through `sakip check`'s build cache (src/pipeline/periksa-cache.ts), as a user editing
// one content directory: every case applied to the same directory in turn (restored between cases), one cache per
// base kept across cases. The cached check gives exactly checkAll's diagnostics (positions included), again when
// asked twice, whatever memos earlier cases left in the cache.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkAll } from '../src/pipeline.ts';
import { checkCache } from '../src/pipeline/periksa-cache.ts';
import { KASUS_BERKAS } from './fixtures/korpus/kasus-berkas.ts';
import { KASUS_LAIN } from './fixtures/korpus/kasus-lain.ts';
import { KASUS_NILAI } from './fixtures/korpus/kasus-nilai.ts';
import { KASUS_TEMPLAT } from './fixtures/korpus/kasus-templat.ts';
import { KASUS_YAML } from './fixtures/korpus/kasus-yaml.ts';
import { terapkan, type Kasus } from './fixtures/korpus/ubah.ts';
import { BASE, ROOT } from './helpers.ts';

const DASAR = { dasar: BASE, konten: path.join(ROOT, 'content'), contoh: path.join(ROOT, 'contoh/dinas-pangan') };
const akar = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-korpus-cache-'));
afterAll(() => fs.rmSync(akar, { recursive: true, force: true }));

/** The base's one content directory (and templates copy), restored to the base before each case. */
function siapkan(k: Kasus): { konten: string; templat?: string; cache: string } {
  const dasar = k.dasar ?? 'dasar';
  const konten = path.join(akar, dasar, 'konten');
  fs.rmSync(konten, { recursive: true, force: true });
  fs.cpSync(DASAR[dasar], konten, { recursive: true });
  terapkan(konten, k.ubah ?? []);
  let templat: string | undefined;
  if (k.templat) {
    templat = path.join(akar, dasar, 'templat');
    fs.rmSync(templat, { recursive: true, force: true });
    fs.cpSync(path.join(ROOT, 'templates'), templat, { recursive: true });
    terapkan(templat, k.templat);
  }
  return { konten, templat, cache: path.join(akar, dasar, 'cache') };
}

const SEMUA = [...KASUS_YAML, ...KASUS_BERKAS, ...KASUS_NILAI, ...KASUS_TEMPLAT, ...KASUS_LAIN];

describe('korpus melalui cache pemeriksaan', () => {
  for (const k of SEMUA) {
    it(k.nama, () => {
      const { konten, templat, cache } = siapkan(k);
      const penuh = checkAll(konten, templat);
      expect(checkCache(konten, templat, cache).diagnostics).toEqual(penuh);
      const lagi = checkCache(konten, templat, cache);
      expect(lagi.diagnostics).toEqual(penuh);
      // stored only without errors (as a build), then answered whole
      expect(lagi.tetap).toBe(!penuh.some((d) => d.severity === 'galat'));
    });
  }
});
