// Parse memo of content files (src/load/yaml-source.ts): the data of every YAML file (and Markdown front matter)
// parsed before, by hash of its path and text, so a rebuild parses only edited files. One cache entry per content
// directory under the tool's fingerprint, rewritten with this build's files only; a watching process keeps it in
// memory. A missing or damaged entry parses everything again.
import crypto from 'node:crypto';
import path from 'node:path';
import type { MemoYaml } from '../load/yaml-source.ts';
import { sidikAlat } from './sidik.ts';
import type { Cache } from './simpanan.ts';

const FORMAT = 'parse';

export class MemoParse implements MemoYaml {
  private dipakai = new Map<string, string>();
  private baru = false;
  constructor(private lama = new Map<string, string>()) {}
  ambil(kunci: string): string | undefined {
    const v = this.lama.get(kunci) ?? this.dipakai.get(kunci);
    if (v !== undefined) this.dipakai.set(kunci, v);
    return v;
  }
  simpan(kunci: string, json: string): void { this.dipakai.set(kunci, json); this.baru = true; }
  /** Whether this load used other files than the memo held (so the stored entry is out of date). */
  berubah(): boolean { return this.baru || this.dipakai.size !== this.lama.size; }
  /** The memo for the next load: this load's files only. */
  berikut(): MemoParse { return new MemoParse(this.dipakai); }
  json(): string { return JSON.stringify([...this.dipakai]); }
}

const kunciParse = (konten: string) => crypto.createHash('sha256').update(`sakip-parse-1\0${sidikAlat()}\0${path.resolve(konten)}`).digest('hex');

export function bukaMemoParse(cache: Cache, konten: string): MemoParse {
  const b = cache.ambil(kunciParse(konten), FORMAT);
  if (!b) return new MemoParse();
  try {
    const isi = JSON.parse(Buffer.from(b).toString('utf8')) as unknown;
    if (Array.isArray(isi) && isi.every((e) => Array.isArray(e) && e.length === 2 && typeof e[0] === 'string' && typeof e[1] === 'string')) return new MemoParse(new Map(isi as [string, string][]));
  } catch { /* parsed again */ }
  return new MemoParse();
}

export function simpanMemoParse(cache: Cache, konten: string, m: MemoParse): void {
  if (m.berubah()) cache.simpan(kunciParse(konten), FORMAT, Buffer.from(m.json(), 'utf8'));
}
