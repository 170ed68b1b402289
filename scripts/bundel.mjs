// Bundles the CLI (src/cli/main.ts) with esbuild into a few ESM files in dist/bundel/, split at every dynamic
// import: one file to parse instead of hundreds to resolve, and the parts a command loads lazily (Excel …) stay in
// their own chunks. Run by scripts/compile.mjs after tsc has written dist/ (the bundle needs it: see below).
// Pure-JavaScript libraries are bundled too (no module resolution at start-up); those in LUAR stay in node_modules.
import fs from 'node:fs';
import path from 'node:path';

/**
 * Folders of src/ whose modules are not bundled: a dynamic import of one of them loads tsc's output in dist/.
 * The PDF backend patches pdfmake's modules before importing pdfmake (src/backends/pdf-font-cache.ts); a bundle
 * hoists the import of an external library above the bundled code, which would undo that order.
 */
const TIDAK_DIBUNDEL = ['backends'];

/** Libraries loaded from node_modules: they read their own files by __dirname (pdfkit's font data), are patched
 *  through require's cache (fontkit, pdfmake: src/backends/), are native (canvas) or load only for one command. */
const LUAR = ['pdfmake', 'pdfkit', 'fontkit', '@napi-rs/canvas', 'docx', 'exceljs', 'playwright-core', 'tsx', 'esbuild'];

const luar = (src, outdir, dist) => ({
  name: 'tidak-dibundel',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, (a) => {
      const f = path.resolve(a.resolveDir, a.path);
      const rel = path.relative(src, f).split(path.sep);
      if (a.kind !== 'dynamic-import' || !TIDAK_DIBUNDEL.includes(rel[0])) return undefined;
      const js = path.join(dist, ...rel).replace(/\.ts$/, '.js');
      return { path: `./${path.relative(outdir, js).split(path.sep).join('/')}`, external: true };
    });
  },
});

/**
 * Every `import.meta.url` in a bundled module is rewritten to the URL its module has in the unbundled dist/
 * (dist/bundel/../<dir>/<name>.js), so that paths computed from it (templates/, fonts/, kerangka/, package.json,
 * the worker entry dist/pekerja-render.js, the cache fingerprints that read dist/) are the same as from tsc's
 * output, whichever chunk the module lands in. Every output file sits directly in dist/bundel/.
 */
const urlDist = (src, outdir, dist) => ({
  name: 'url-dist',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (a) => {
      const teks = await fs.promises.readFile(a.path, 'utf8');
      if (!a.path.startsWith(src + path.sep) || !teks.includes('import.meta.url')) return undefined;
      const js = path.join(dist, path.relative(src, a.path)).replace(/\.ts$/, '.js');
      const rel = path.relative(outdir, js).split(path.sep).join('/');
      return { contents: teks.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, import.meta.url).href`), loader: 'ts' };
    });
  },
});

/** Writes dist/bundel/; returns false (and removes it) when esbuild is missing or fails: the CLI then runs dist/cli/. */
export async function bundel(root, dist = path.join(root, 'dist')) {
  const src = path.join(root, 'src'), outdir = path.join(dist, 'bundel');
  fs.rmSync(outdir, { recursive: true, force: true });
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    console.log('compile: esbuild tidak terpasang; CLI memakai dist/ tanpa bundel.');
    return false;
  }
  try {
    await esbuild.build({
      absWorkingDir: root,
      entryPoints: { main: path.join(src, 'cli', 'main.ts') },
      outdir,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      external: LUAR.flatMap((p) => [p, `${p}/*`]),
      // bundled CommonJS libraries require Node's built-ins
      banner: { js: "import { createRequire as __sakipRequire } from 'node:module'; const require = __sakipRequire(import.meta.url);" },
      chunkNames: '[name]-[hash]',
      legalComments: 'none',
      logLevel: 'warning',
      plugins: [luar(src, outdir, dist), urlDist(src, outdir, dist)],
    });
    return true;
  } catch {
    fs.rmSync(outdir, { recursive: true, force: true });
    console.error('compile: bundel gagal; CLI memakai dist/ tanpa bundel.');
    return false;
  }
}
