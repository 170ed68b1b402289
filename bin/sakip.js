#!/usr/bin/env node
// Entry point of the `sakip` command. Runs the compiled JavaScript in dist/ (written by `npm ci`) while it is newer
// than every TypeScript source, which saves tsx's start-up; otherwise runs the sources through tsx.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function compiledIsFresh() {
  let stamp;
  try {
    stamp = fs.statSync(path.join(root, 'dist', '.stamp')).mtimeMs;
  } catch {
    return false;
  }
  const src = path.join(root, 'src');
  return fs.readdirSync(src, { recursive: true }).every((f) => fs.statSync(path.join(src, String(f))).mtimeMs < stamp);
}

if (compiledIsFresh()) {
  await import(pathToFileURL(path.join(root, 'dist', 'cli', 'main.js')).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
