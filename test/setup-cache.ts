// Run before every test file (vitest setupFiles): the file gets its own XDG cache directory, so a CLI build spawned
// without --cache (the user's ~/.cache/sakip) neither reads entries another file (or another run) left there nor
// races a file running at the same time on the other fork. Children inherit it through process.env.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

const asli = process.env.XDG_CACHE_HOME;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-xdg-'));
process.env.XDG_CACHE_HOME = dir;

afterAll(() => {
  if (asli === undefined) delete process.env.XDG_CACHE_HOME;
  else process.env.XDG_CACHE_HOME = asli;
  fs.rmSync(dir, { recursive: true, force: true });
});
