// Parse memo of content files (src/load/yaml-source.ts): the data of every YAML file (and Markdown front matter)
// parsed before, by hash of its path and text, with the positions the checks asked of it, so a rebuild parses only
// edited files. One cache entry per content directory under the tool's fingerprint, rewritten with this build's
// files only; a watching process keeps it in memory. A missing or damaged entry parses everything again.
import crypto from 'node:crypto';
import path from 'node:path';
import type { EntriYaml, MemoYaml } from '../load/yaml-source.ts';
import { sidikAlat } from './sidik.ts';
import type { Cache } from './simpanan.ts';

const FORMAT = 'parse';

export class MemoParse implements MemoYaml {
  private dipakai = new Map<string, EntriYaml>();
  private baru = false;
  constructor(private lama = new Map<string, EntriYaml>()) {}
  ambil(kunci: string): EntriYaml | undefined {
    const v = this.lama.get(kunci) ?? this.dipakai.get(kunci);
    if (v !== undefined) this.dipakai.set(kunci, v);
    return v;
  }
  simpan(kunci: string, e: EntriYaml): void { this.dipakai.set(kunci, e); this.baru = true; }
  /** Whether the stored entry is out of date: other files, or new positions asked. */
  berubah(): boolean { return this.baru || this.dipakai.size !== this.lama.size || [...this.dipakai.values()].some((e) => e.diubah); }
  /** The memo for the next load: this load's files only. */
  berikut(): MemoParse { return new MemoParse(this.dipakai); }
  json(): string {
    for (const e of this.dipakai.values()) e.diubah = false;
    return JSON.stringify([...this.dipakai].map(([k, e]) => [k, e.data, e.lokasi]));
  }
}

const kunciParse = (konten: string) => crypto.createHash('sha256').update(`sakip-parse-2\0${sidikAlat()}\0${path.resolve(konten)}`).digest('hex');
const posisi = (l: unknown) => l !== null && typeof l === 'object' && !Array.isArray(l)
  && Object.values(l).every((v) => Array.isArray(v) && v.length === 2 && v.every(Number.isInteger));

export function bukaMemoParse(cache: Cache, konten: string): MemoParse {
  const b = cache.ambil(kunciParse(konten), FORMAT);
  if (!b) return new MemoParse();
  try {
    const isi = JSON.parse(Buffer.from(b).toString('utf8')) as unknown;
    if (Array.isArray(isi) && isi.every((e) => Array.isArray(e) && e.length === 3 && typeof e[0] === 'string' && typeof e[1] === 'string' && posisi(e[2]))) {
      return new MemoParse(new Map((isi as [string, string, EntriYaml['lokasi']][]).map(([k, data, l]) => [k, { data, lokasi: Object.assign(Object.create(null) as EntriYaml['lokasi'], l) }])));
    }
  } catch { /* parsed again */ }
  return new MemoParse();
}

export function simpanMemoParse(cache: Cache, konten: string, m: MemoParse): void {
  if (m.berubah()) cache.simpan(kunciParse(konten), FORMAT, Buffer.from(m.json(), 'utf8'));
}
