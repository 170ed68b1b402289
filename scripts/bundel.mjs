// Bundles the CLI (src/cli/main.ts) with esbuild into a few files in dist/bundel/, split at every dynamic import:
// one file to parse instead of hundreds to resolve, and the parts a command loads lazily (Excel …) stay in their
// own chunks, all CommonJS (.cjs, see keCjs: compiled with V8's code cache); main.js only requires main.cjs.
// Run by scripts/compile.mjs after tsc has written dist/ (the bundle needs it: see below).
// Pure-JavaScript libraries are bundled too (no module resolution at start-up); those in LUAR stay in node_modules.
import fs from 'node:fs';
import path from 'node:path';

/**
 * Folders of src/ whose modules are not in the split bundle. The PDF backend patches pdfmake's modules before
 * importing pdfmake (src/backends/pdf-font-cache.ts); an ESM bundle hoists the import of an external library above
 * the bundled code, which would undo that order. A dynamic import of a backend entry (BACKEND) loads its own
 * CommonJS bundle (bundelBackend), of any other module tsc's output in dist/.
 */
const TIDAK_DIBUNDEL = ['backends'];

/** Libraries loaded from node_modules: they read their own files by __dirname (pdfkit's font data), are patched
 *  through require's cache (fontkit, pdfmake: src/backends/), are native (canvas) or load only for one command. */
const LUAR = ['pdfmake', 'pdfkit', 'fontkit', '@napi-rs/canvas', 'docx', 'exceljs', 'playwright-core', 'tsx', 'esbuild'];

/** The backends' entries (src/cache/render.ts imports them), each bundled alone as CommonJS (bundelBackend). */
const BACKEND = ['pdf.ts', 'docx.ts'];

const luar = (src, outdir, dist) => ({
  name: 'tidak-dibundel',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, (a) => {
      const f = path.resolve(a.resolveDir, a.path);
      const rel = path.relative(src, f).split(path.sep);
      if (a.kind !== 'dynamic-import' || !TIDAK_DIBUNDEL.includes(rel[0])) return undefined;
      if (rel[0] === 'backends' && BACKEND.includes(rel[1])) return { path: `./backend-${rel[1].replace(/\.ts$/, '.cjs')}`, external: true };
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

/** How a chunk's `import()` of an ES module outside the bundle is written (src/cli/kode-v8.ts looks for it). */
export const IMPOR_ESM = 'import(/* esm */ ';
const BANNER = "import { createRequire as __sakipRequire } from 'node:module'; const require = __sakipRequire(import.meta.url);";

/**
 * Every output file rewritten from ESM to CommonJS (`.cjs`): Node 20 has no code cache for ES modules, but CommonJS
 * goes through Module.prototype._compile, where src/cli/kode-v8.ts compiles the chunks a build loads (the pipeline,
 * zod, yaml, handlebars …) with the V8 code cache of the build cache. `import()` of another chunk becomes a require;
 * of the backends (ES modules of dist/backends/) it stays; `import.meta.url` becomes the chunk's file URL; the
 * chunks require each other in the same order, one instance each. main.js: a stub requiring main.cjs.
 */
async function keCjs(esbuild, outdir) {
  const nama = fs.readdirSync(outdir).filter((f) => f.endsWith('.js'));
  const ganti = (teks) => teks.replace(/(["'])\.\/([\w-]+)\.js\1/g, (m, q, n) => (nama.includes(`${n}.js`) ? `${q}./${n}.cjs${q}` : m));
  for (const f of nama) {
    const file = path.join(outdir, f);
    let teks = fs.readFileSync(file, 'utf8');
    if (!teks.startsWith(BANNER)) throw new Error(`${f}: banner tidak ditemukan`);
    if (f === 'main.js') { // top-level await is ESM only: the exit code set when main() ends
      if (!teks.includes(TLA)) throw new Error(`${f}: "${TLA}" tidak ditemukan`);
      teks = teks.replace(TLA, 'main(process.argv.slice(2)).then((kode) => { process.exitCode = kode; });');
    }
    // esbuild's "// src/…" and "// node_modules/…" module markers kept (test/cli-bundel.test.ts reads them) as legal comments
    // `import()` of another chunk becomes a require; of an ES module outside the bundle (the backends) it stays,
    // marked IMPOR_ESM so src/cli/kode-v8.ts leaves that chunk to Node's loader (vm.Script has no import() in Node 20)
    const esm = teks.slice(BANNER.length).replace(/^\/\/ (\S+)$/gm, '//! $1')
      .replace(/\bimport\((["'])(\.\/\.\.\/)/g, '__sakipImporEsm($1$2')
      .replace(/\bimport\((["'])(\.\/[\w-]+\.c?js)\1\)/g, 'Promise.resolve().then(() => require($1$2$1))');
    const r = await esbuild.transform(esm, {
      format: 'cjs', platform: 'node', target: 'node20', loader: 'js', sourcefile: f, legalComments: 'inline',
      define: { 'import.meta.url': '__sakipImportMetaUrl' },
      banner: 'var __sakipImportMetaUrl = require("node:url").pathToFileURL(__filename).href;',
    });
    const sisa = /.{0,60}\bimport\(.{0,60}/.exec(r.code.replace(/`[^`]*`|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, '""'));
    if (sisa) throw new Error(`${f}: import() yang tidak dikenal: ${sisa[0]}`);
    fs.writeFileSync(file.replace(/\.js$/, '.cjs'), ganti(r.code.replace(/^(\s*)\/\/! /gm, '$1// ').replaceAll('__sakipImporEsm(', IMPOR_ESM)));
    fs.rmSync(file);
  }
  // bin/sakip.js imports main.js: an ES module requiring main.cjs (an import would have Node lex every chunk's exports)
  fs.writeFileSync(path.join(outdir, 'main.js'), "import { createRequire } from 'node:module';\ncreateRequire(import.meta.url)('./main.cjs');\n");
}
const TLA = 'process.exitCode = await main(process.argv.slice(2));';

/** What the one-file CommonJS bundles (backends, render worker) share: .cjs names, import.meta.url from the file. */
const cjsBundel = (root, outdir) => ({
  absWorkingDir: root, outdir, outExtension: { '.js': '.cjs' }, bundle: true, format: 'cjs', platform: 'node', target: 'node20',
  define: { 'import.meta.url': '__sakipImportMetaUrl' },
  banner: { js: 'var __sakipImportMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  legalComments: 'none', logLevel: 'warning',
});

/**
 * The backends as dist/bundel/backend-pdf.cjs and backend-docx.cjs, each one CommonJS bundle (the libraries patched
 * through require's cache or checked by their source stay in node_modules; docx then as its CommonJS build): in
 * CommonJS a library is required where the
 * source imports it, so src/backends/pdf-font-cache.ts still patches pdfkit before pdfmake loads. Compiled with
 * the V8 code cache like the chunks. The render worker's bundle (below) loads them too.
 */
async function bundelBackend(esbuild, root, src, outdir, dist) {
  await esbuild.build({
    entryPoints: Object.fromEntries(BACKEND.map((b) => [`backend-${b.replace(/\.ts$/, '')}`, path.join(src, 'backends', b)])),
    ...cjsBundel(root, outdir),
    // docx too: its patches check its functions' source text (src/backends/docx-sel.ts), which a bundle reprints
    external: ['pdfmake', 'pdfkit', 'fontkit', '@napi-rs/canvas', 'docx'].flatMap((p) => [p, `${p}/*`]),
    plugins: [urlDist(src, outdir, dist)],
  });
}

/**
 * The render worker's entry (src/pekerja-render.ts) as dist/bundel/pekerja-render.cjs, one CommonJS file that
 * src/pekerja-baru.ts starts instead of tsc's dist/pekerja-render.js: a worker started on an ES module loads Node's
 * ES module loader and resolves, reads and compiles each of its ~10 modules (issue 15: the CLI's preloading worker
 * starts on a rebuild's critical path). Its dynamic imports of the backends point at their bundles (never taken:
 * the entry loads them by backendDariBundel).
 */
async function bundelPekerja(esbuild, root, src, outdir, dist) {
  await esbuild.build({
    entryPoints: { 'pekerja-render': path.join(src, 'pekerja-render.ts') },
    ...cjsBundel(root, outdir),
    external: LUAR.flatMap((p) => [p, `${p}/*`]),
    plugins: [luar(src, outdir, dist), urlDist(src, outdir, dist)],
  });
}

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
      banner: { js: BANNER },
      chunkNames: '[name]-[hash]',
      legalComments: 'none',
      logLevel: 'warning',
      plugins: [luar(src, outdir, dist), urlDist(src, outdir, dist)],
    });
    await keCjs(esbuild, outdir);
    await bundelBackend(esbuild, root, src, outdir, dist);
    await bundelPekerja(esbuild, root, src, outdir, dist);
    return true;
  } catch (e) {
    fs.rmSync(outdir, { recursive: true, force: true });
    console.error(`compile: bundel gagal (${e instanceof Error ? e.message : e}); CLI memakai dist/ tanpa bundel.`);
    return false;
  }
}
