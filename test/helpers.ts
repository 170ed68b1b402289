// Test helpers: copy a content tree to a temp dir with edits, and run the pipeline stages on it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const BASE = path.join(ROOT, 'test/fixtures/dasar');

export type Edit = { file: string; find?: string | RegExp; replace?: string; content?: string };

export function tempCopy(src: string, edits: Edit[] = []): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-'));
  fs.cpSync(src, dir, { recursive: true });
  for (const e of edits) {
    const f = path.join(dir, e.file);
    if (e.content !== undefined) { fs.mkdirSync(path.dirname(f), { recursive: true }); fs.writeFileSync(f, e.content); continue; }
    ubahBerkas(dir, e.file, e.find!, e.replace!);
  }
  return dir;
}

/** Replaces `find` in `dir`/`file` in place; an edit that changes nothing throws (the test would test nothing). */
export function ubahBerkas(dir: string, file: string, find: string | RegExp, replace: string): void {
  const f = path.join(dir, file);
  const before = fs.readFileSync(f, 'utf8');
  const after = before.replace(find, replace);
  if (after === before) throw new Error(`edit did not apply to ${file}: ${String(find)}`);
  fs.writeFileSync(f, after);
}

/** Line (1-based) of the first occurrence of `needle` in a file. */
export function lineOf(file: string, needle: string): number {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const i = lines.findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`"${needle}" not in ${file}`);
  return i + 1;
}

export function which(cmd: string): boolean {
  try { execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }); return true; } catch { return false; }
}
