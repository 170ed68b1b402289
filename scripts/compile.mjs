// Compiles src/ to dist/ (plain JavaScript, same module layout) so the CLI starts without tsx. Run by `npm ci`
// (prepare) and `npm run compile`; bin/sakip.js uses dist/ only while it is newer than every source file. The CLI
// itself then runs from the bundle in dist/bundel/ (scripts/bundel.mjs) when esbuild could write it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundel } from './bundel.mjs';
import { tulisTemplatPra } from './templat-pra.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// another directory beside dist/ (same depth, so templates/ and fonts/ resolve alike) for the tests
const dist = process.argv[2] ? path.resolve(process.argv[2]) : path.join(root, 'dist');
const tsc = path.join(root, 'node_modules', '.bin', 'tsc');
if (!fs.existsSync(tsc)) {
  console.log('compile: TypeScript tidak terpasang; CLI memakai tsx.');
  process.exit(0);
}
fs.rmSync(dist, { recursive: true, force: true });
// types are checked by `npm run typecheck` and the tests; here only the emit
const r = spawnSync(tsc, ['-p', path.join(root, 'tsconfig.build.json'), '--noCheck', '--outDir', dist], { stdio: 'inherit' });
if (r.status !== 0) {
  fs.rmSync(dist, { recursive: true, force: true });
  console.error('compile: gagal; CLI memakai tsx.');
  process.exit(0);
}
await bundel(root, dist);
try {
  await tulisTemplatPra(root, dist); // templates/ precompiled (src/render/templat-pra.ts)
} catch (e) {
  console.error(`compile: templat bawaan tidak dikompilasi (${e instanceof Error ? e.message : e}); build mengompilasinya sendiri.`);
}
fs.writeFileSync(path.join(dist, '.stamp'), `${new Date().toISOString()}\n`);
// the tool fingerprint's file digests, kept while dist/, fonts and libraries stay as they are (src/cache/sidik-catatan.ts)
try {
  (await import(pathToFileURL(path.join(dist, 'cache', 'sidik.js')).href)).catatSidik();
} catch (e) {
  console.error(`compile: sidik alat tidak dicatat (${e instanceof Error ? e.message : e}); build menghitungnya setiap kali.`);
}
